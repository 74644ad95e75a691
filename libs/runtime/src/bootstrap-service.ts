import 'reflect-metadata';
import type { INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger as NestPinoLogger } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { InvalidEnvironmentError, ServiceEnv, validateEnv } from '@mab/config';
import type { ServiceName } from '@mab/contracts';
import { createRootLogger } from '@mab/observability';
import { runMigrationsOnce, schemaNameFor, serviceDataSourceOptions } from '@mab/persistence';
import type { Logger } from 'pino';

export interface ServiceDefinition<E extends ServiceEnv> {
  service: ServiceName;
  envSchema: new () => E;
  /** Builds the root module from the validated environment. */
  createModule(
    env: E,
    context: { instanceId: string; logger: Logger },
  ): Type<unknown> | import('@nestjs/common').DynamicModule;
  migrations: Function[];
  /** App-level setup after creation (global pipes, filters, swagger...). */
  configure?(app: INestApplication, env: E): void | Promise<void>;
}

export interface StartedService {
  app: INestApplication;
  url: string;
  instanceId: string;
}

/** Creates and starts one service: validated env, JSON logger, graceful shutdown, HTTP for health and metrics. */
export async function startService<E extends ServiceEnv>(
  definition: ServiceDefinition<E>,
  env: E,
  overrides: { logger?: Logger; instanceId?: string; shutdownHooks?: boolean } = {},
): Promise<StartedService> {
  const instanceId = overrides.instanceId ?? env.SERVICE_INSTANCE_ID ?? `${hostname()}-${randomUUID().slice(0, 8)}`;
  const logger =
    overrides.logger ?? createRootLogger({ service: definition.service, instanceId, level: env.LOG_LEVEL });
  const module = definition.createModule(env, { instanceId, logger });
  const app = await NestFactory.create(module as Type<unknown>, { bufferLogs: true, abortOnError: false });
  app.useLogger(app.get(NestPinoLogger));
  app.flushLogs();
  if (overrides.shutdownHooks !== false) app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  try {
    await definition.configure?.(app, env);
    await app.listen(env.PORT, env.HOST);
  } catch (err) {
    // A boot that fails half-way (broker unreachable, a handler without a subscription) must not leave
    // connections and timers behind.
    await app.close().catch(() => undefined);
    throw err;
  }
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  logger.info({ url }, `${definition.service} ready`);
  return { app, url, instanceId };
}

/**
 * The `main.ts` of every app: `node main.js` starts the service, `node main.js migrate` applies its migrations and
 * exits (the Kubernetes migration Job). Bad environment or unreachable dependencies exit 1 with a clear message.
 */
export function runServiceMain<E extends ServiceEnv>(definition: ServiceDefinition<E>): void {
  const run = async () => {
    const env = validateEnv(definition.service, definition.envSchema);
    if (process.argv[2] === 'migrate') {
      const applied = await runMigrationsOnce(
        serviceDataSourceOptions({
          schema: schemaNameFor(definition.service),
          url: env.DATABASE_URL,
          // Migrations are SQL: the migration command needs no entities.
          entities: [],
          migrations: definition.migrations,
          // Two connections: one holds the migration advisory lock while TypeORM runs the migrations on another.
          poolSize: 2,
        }),
      );
      process.stdout.write(
        JSON.stringify({ service: definition.service, msg: 'migrations applied', migrations: applied }) + '\n',
      );
      return;
    }
    await startService(definition, env);
  };
  run().catch((err: Error) => {
    const message =
      err instanceof InvalidEnvironmentError ? err.message : `[${definition.service}] failed to start: ${err.message}`;
    process.stderr.write(message + '\n');
    process.exit(1);
  });
}
