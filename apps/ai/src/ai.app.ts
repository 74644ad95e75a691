import { defineBackendService } from '@mab/runtime';
import { AiEnv } from './ai.env';
import { AI_MIGRATIONS } from './migrations';

/** The ai service: workflow suggestions and generation, copy, insights. Its feature modules (`<feature>/<feature>.module.ts`) join `features` as they land. */
export const aiApp = defineBackendService({
  service: 'ai',
  envSchema: AiEnv,
  migrations: AI_MIGRATIONS,
  features: [],
});
