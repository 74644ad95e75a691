import { Module, type DynamicModule, type ForwardReference, type Type } from '@nestjs/common';
import type { ServiceEnv } from '@mab/config';
import type { BackendServiceName } from '@mab/contracts';
import type { ServiceDefinition } from './bootstrap-service';
import { DiagnosticsModule } from './diagnostics.module';
import { ServiceRuntimeModule } from './service-runtime.module';

type ModuleImport = Type<unknown> | DynamicModule | Promise<DynamicModule> | ForwardReference;

export interface BackendServiceSpec<E extends ServiceEnv> {
  service: BackendServiceName;
  envSchema: new () => E;
  migrations: Function[];
  /**
   * The service's feature modules (`<feature>/<feature>.module.ts`). Each registers its own entities with
   * `TypeOrmModule.forFeature([...])`; the service's DataSource loads them from there.
   */
  features?: ModuleImport[] | ((env: E) => ModuleImport[]);
}

/** A service behind the gateway: runtime (db, broker, health, metrics), diagnostics handlers, its features. */
export function defineBackendService<E extends ServiceEnv>(spec: BackendServiceSpec<E>): ServiceDefinition<E> {
  return {
    service: spec.service,
    envSchema: spec.envSchema,
    migrations: spec.migrations,
    createModule(env, { instanceId, logger }) {
      @Module({})
      class ServiceAppModule {}
      return {
        module: ServiceAppModule,
        imports: [
          ServiceRuntimeModule.forService({
            service: spec.service,
            env,
            instanceId,
            logger,
            migrations: spec.migrations,
          }),
          DiagnosticsModule.forService(spec.service, instanceId),
          ...(typeof spec.features === 'function' ? spec.features(env) : (spec.features ?? [])),
        ],
      };
    },
  };
}
