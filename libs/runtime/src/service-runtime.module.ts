import { Module, type DynamicModule, type Provider } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { TypeOrmModule } from '@nestjs/typeorm';
import { redactUrlCredentials, ServiceEnv } from '@mab/config';
import type { ServiceName } from '@mab/contracts';
import { MessagingModule } from '@mab/messaging';
import { ObservabilityModule } from '@mab/observability';
import { migrateServiceSchema, schemaNameFor, serviceDataSourceOptions } from '@mab/persistence';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { HealthController } from './health.controller';

export interface ServiceRuntimeOptions {
  service: ServiceName;
  env: ServiceEnv;
  instanceId: string;
  logger: Logger;
  migrations: Function[];
  /** Extra providers for readiness (EXTRA_READINESS_CHECKS). */
  providers?: Provider[];
  poolSize?: number;
}

/** Builds the MessagingOptions of a service from its validated environment. */
export function messagingOptionsFromEnv(service: ServiceName, env: ServiceEnv, instanceId: string) {
  return {
    service,
    instanceId,
    url: env.AMQP_URL,
    prefix: env.AMQP_PREFIX,
    prefetch: env.AMQP_PREFETCH,
    retryDelaysMs: env.RETRY_DELAYS_MS,
    maxAttempts: env.MAX_DELIVERY_ATTEMPTS,
    requestTimeoutMs: env.REQUEST_TIMEOUT_MS,
    outbox: { enabled: true, pollMs: env.OUTBOX_POLL_MS, batchSize: env.OUTBOX_BATCH_SIZE },
  };
}

/**
 * Everything a service process needs besides its features: JSON logs and metrics, its own schema (migrated at boot
 * in development), the broker with outbox and inbox, and liveness/readiness endpoints.
 */
@Module({})
export class ServiceRuntimeModule {
  static forService(options: ServiceRuntimeOptions): DynamicModule {
    const schema = schemaNameFor(options.service);
    return {
      module: ServiceRuntimeModule,
      global: true,
      imports: [
        ObservabilityModule.forRoot({
          service: options.service,
          instanceId: options.instanceId,
          logger: options.logger,
        }),
        TypeOrmModule.forRootAsync({
          useFactory: () => ({
            ...serviceDataSourceOptions({
              schema,
              url: options.env.DATABASE_URL,
              entities: [],
              migrations: options.migrations,
              poolSize: options.poolSize ?? options.env.DB_POOL_SIZE,
              applicationName: `${options.service}:${options.instanceId}`,
            }),
            // Feature modules bring their entities with TypeOrmModule.forFeature(): no central list to keep.
            autoLoadEntities: true,
          }),
          dataSourceFactory: async (dsOptions) => {
            const dataSource = new DataSource(dsOptions!);
            try {
              await dataSource.initialize();
            } catch (err) {
              throw new Error(
                `cannot connect to PostgreSQL (${redactUrlCredentials(options.env.DATABASE_URL)}): ${(err as Error).message}. ` +
                  'Start it (pg_ctlcluster <version> main start, or `docker compose -f docker/docker-compose.yml up -d postgres`) or set DATABASE_URL.',
              );
            }
            if (options.env.MIGRATIONS_RUN) {
              const applied = await migrateServiceSchema(dataSource);
              if (applied.length)
                options.logger.info(
                  { migrations: applied },
                  `applied ${applied.length} migration(s) to schema ${schema}`,
                );
            }
            return dataSource;
          },
        }),
        MessagingModule.forRoot(messagingOptionsFromEnv(options.service, options.env, options.instanceId)),
        TerminusModule,
      ],
      controllers: [HealthController],
      providers: options.providers ?? [],
      exports: options.providers ?? [],
    };
  }
}
