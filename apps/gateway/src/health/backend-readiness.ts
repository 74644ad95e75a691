import type { Provider } from '@nestjs/common';
import { HealthIndicatorService, type HealthIndicatorFunction } from '@nestjs/terminus';
import { BACKEND_SERVICES, PING_COMMANDS } from '@mab/contracts';
import { ServiceClient } from '@mab/messaging';
import { EXTRA_READINESS_CHECKS } from '@mab/runtime';

/**
 * The gateway is ready when every backend service answers a ping over the broker and reports its database up:
 * the platform, not just this process, can serve a request.
 */
export function backendReadinessChecks(timeoutMs: number): Provider {
  return {
    provide: EXTRA_READINESS_CHECKS,
    inject: [ServiceClient, HealthIndicatorService],
    useFactory: (client: ServiceClient, health: HealthIndicatorService): HealthIndicatorFunction[] =>
      BACKEND_SERVICES.map((service) => async () => {
        const indicator = health.check(service);
        try {
          const reply = await client.request(PING_COMMANDS[service], {}, { timeoutMs });
          return reply.database === 'up'
            ? indicator.up({ instance: reply.instance_id })
            : indicator.down({ message: 'database down', instance: reply.instance_id });
        } catch (err) {
          return indicator.down({ message: (err as Error).message });
        }
      }),
  };
}
