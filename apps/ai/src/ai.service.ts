import { defineBackendService } from '@mab/runtime';
import { AiEnv } from './ai.env';
import { AI_MIGRATIONS } from './migrations';

/** The ai service: workflow suggestions and generation, copy, insights. Feature modules are added to `imports` as they land. */
export const aiService = defineBackendService({
  service: 'ai',
  envSchema: AiEnv,
  migrations: AI_MIGRATIONS,
  entities: [],
  imports: () => [],
});
