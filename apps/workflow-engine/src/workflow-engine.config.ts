import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { WorkflowEngineEnv } from './workflow-engine.env';

export const ENGINE_ENV = Symbol('ENGINE_ENV');

/** The service's validated environment, injectable as ENGINE_ENV by every feature. */
@Global()
@Module({})
export class WorkflowEngineConfigModule {
  static forRoot(env: WorkflowEngineEnv): DynamicModule {
    return {
      module: WorkflowEngineConfigModule,
      providers: [{ provide: ENGINE_ENV, useValue: env }],
      exports: [ENGINE_ENV],
    };
  }
}
