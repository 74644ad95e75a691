import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { TemplateEnv } from './template.env';

export const TEMPLATE_ENV = Symbol('TEMPLATE_ENV');

/** The service's validated environment, injectable as TEMPLATE_ENV by every feature. */
@Global()
@Module({})
export class TemplateConfigModule {
  static forRoot(env: TemplateEnv): DynamicModule {
    return {
      module: TemplateConfigModule,
      providers: [{ provide: TEMPLATE_ENV, useValue: env }],
      exports: [TEMPLATE_ENV],
    };
  }
}
