import { Module } from '@nestjs/common';
import { ServiceRuntimeModule, type ServiceDefinition } from '@mab/runtime';
import { GatewayEnv } from './gateway.env';
import { backendReadinessChecks } from './health/backend-readiness';
import { GATEWAY_MIGRATIONS } from './migrations';

/** The gateway: the only public HTTP surface; it routes requests to services over the broker. */
export const gatewayService: ServiceDefinition<GatewayEnv> = {
  service: 'gateway',
  envSchema: GatewayEnv,
  migrations: GATEWAY_MIGRATIONS,
  entities: [],
  createModule(env, { instanceId, logger }) {
    @Module({})
    class GatewayAppModule {}
    return {
      module: GatewayAppModule,
      imports: [
        ServiceRuntimeModule.forService({
          service: 'gateway',
          env,
          instanceId,
          logger,
          migrations: GATEWAY_MIGRATIONS,
          providers: [backendReadinessChecks(env.READINESS_PING_TIMEOUT_MS)],
        }),
      ],
    };
  },
};
