import { Module, type DynamicModule, type INestApplication, type Provider } from '@nestjs/common';
import { ServiceEnv as ServiceEnvClass, validateEnv, type ServiceEnv } from '@mab/config';
import type { ServiceName } from '@mab/contracts';
import { messagingMigrations, schemaNameFor } from '@mab/persistence';
import { ServiceRuntimeModule, startService, type ServiceDefinition, type StartedService } from '@mab/runtime';
import pino, { type Logger } from 'pino';
import { TEST_AMQP_URL } from './test-broker';

/** Short retry delays keep retry tests quick; they still grow (attempt 2 waits less than attempt 3). */
export const TEST_RETRY_DELAYS_MS = [100, 200, 400];

/** A validated environment for one service in a test: its own database and broker prefix, port chosen by the OS. */
export function testEnv<E extends ServiceEnv>(
  schema: new () => E,
  service: string,
  { databaseUrl, prefix, ...overrides }: { databaseUrl: string; prefix: string } & Record<string, string | undefined>,
): E {
  return validateEnv(service, schema, {
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: databaseUrl,
    AMQP_URL: TEST_AMQP_URL,
    AMQP_PREFIX: prefix,
    RETRY_DELAYS_MS: TEST_RETRY_DELAYS_MS.join(','),
    MAX_DELIVERY_ATTEMPTS: '3',
    REQUEST_TIMEOUT_MS: '5000',
    OUTBOX_POLL_MS: '50',
    DB_POOL_SIZE: '4',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'fatal',
    ...overrides,
  });
}

/** A logger that writes JSON lines to stderr at the test log level (fatal, i.e. quiet, unless TEST_LOG_LEVEL says otherwise). */
export function testLogger(service: string): Logger {
  return pino({ level: process.env.TEST_LOG_LEVEL ?? 'fatal', base: { service } }, pino.destination(2));
}

/** Starts a service in-process on a free port; the caller closes `app`. */
export function startTestService<E extends ServiceEnv>(
  definition: ServiceDefinition<E>,
  env: E,
): Promise<StartedService> {
  return startService(definition, env, { logger: testLogger(definition.service), shutdownHooks: false });
}

/**
 * A bare service process for messaging tests: the runtime (schema with outbox/inbox, broker, health) plus the
 * given providers (test handlers). `service` picks whose queues and schema it uses.
 */
export async function startRuntimeTestApp(options: {
  service: ServiceName;
  databaseUrl: string;
  prefix: string;
  providers?: Provider[];
  imports?: DynamicModule[];
  env?: Record<string, string>;
}): Promise<INestApplication> {
  const env = testEnv(ServiceEnvClass, options.service, {
    databaseUrl: options.databaseUrl,
    prefix: options.prefix,
    ...options.env,
  });
  const instanceId = `${options.service}-${Math.random().toString(36).slice(2, 8)}`;
  @Module({})
  class RuntimeTestModule {}
  const { app } = await startService(
    {
      service: options.service,
      envSchema: ServiceEnvClass,
      migrations: messagingMigrations(schemaNameFor(options.service)),
      createModule: (e, ctx) => ({
        module: RuntimeTestModule,
        imports: [
          ServiceRuntimeModule.forService({
            service: options.service,
            env: e,
            instanceId: ctx.instanceId,
            logger: ctx.logger,
            migrations: messagingMigrations(schemaNameFor(options.service)),
          }),
          ...(options.imports ?? []),
        ],
        providers: options.providers ?? [],
      }),
    },
    env,
    { logger: testLogger(options.service), shutdownHooks: false, instanceId },
  );
  return app;
}
