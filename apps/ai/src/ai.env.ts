import { ServiceEnv } from '@mab/config';

/** Environment of the ai service (workflow suggestions and generation, copy, insights). */
export class AiEnv extends ServiceEnv {
  override PORT = 3004;
}
