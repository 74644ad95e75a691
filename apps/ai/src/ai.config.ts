import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { AiEnv } from './ai.env';

export const AI_ENV = Symbol('AI_ENV');

/** The service's validated environment, injectable as AI_ENV by every feature. */
@Global()
@Module({})
export class AiConfigModule {
  static forRoot(env: AiEnv): DynamicModule {
    return { module: AiConfigModule, providers: [{ provide: AI_ENV, useValue: env }], exports: [AI_ENV] };
  }
}
