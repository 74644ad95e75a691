import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { CrmEnv } from './crm.env';

export const CRM_ENV = Symbol('CRM_ENV');

/** The service's validated environment, injectable as CRM_ENV by every feature. */
@Global()
@Module({})
export class CrmConfigModule {
  static forRoot(env: CrmEnv): DynamicModule {
    return { module: CrmConfigModule, providers: [{ provide: CRM_ENV, useValue: env }], exports: [CRM_ENV] };
  }
}
