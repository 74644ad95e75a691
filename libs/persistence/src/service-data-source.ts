import {
  DataSource,
  type DataSourceOptions,
  type EntityManager,
  type EntitySchema,
  type MixedList,
  type QueryRunner,
} from 'typeorm';
import { MESSAGING_ENTITIES } from './messaging-tables.entities';

export interface ServiceDataSourceConfig {
  /** The service's own schema; every table it owns lives there and nowhere else. */
  schema: string;
  url: string;
  entities: MixedList<Function | string | EntitySchema>;
  migrations: Function[];
  poolSize?: number;
  applicationName?: string;
}

/** Postgres schema name for a service name (`workflow-engine` → `workflow_engine`). */
export function schemaNameFor(service: string): string {
  return service.replace(/-/g, '_');
}

/**
 * One DataSource per service schema: never synchronize, migrations only; the migrations table lives in the schema
 * too, so services share a database without sharing a single table.
 */
export function serviceDataSourceOptions(config: ServiceDataSourceConfig): DataSourceOptions {
  if (!/^[a-z_][a-z0-9_]*$/.test(config.schema)) throw new Error(`invalid schema name "${config.schema}"`);
  return {
    type: 'postgres',
    url: config.url,
    schema: config.schema,
    synchronize: false,
    migrationsRun: false,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    entities: [...MESSAGING_ENTITIES, ...(config.entities as Function[])],
    migrations: config.migrations,
    applicationName: config.applicationName ?? config.schema,
    extra: {
      max: config.poolSize ?? 10,
      // Fail a query stuck on a lock instead of hanging a request forever.
      statement_timeout: 30_000,
      connectionTimeoutMillis: 5_000,
    },
  };
}

/** Creates the schema (the migrations table lives in it) and applies pending migrations. Safe to run concurrently. */
export async function migrateServiceSchema(dataSource: DataSource): Promise<string[]> {
  const schema = (dataSource.options as { schema?: string }).schema;
  if (!schema) throw new Error('DataSource has no schema');
  // Replicas starting together would race to create the schema and apply the same migration; an advisory lock
  // keyed on the schema makes the first one do it and the rest find nothing pending.
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock(hashtext($1))', [`migrate:${schema}`]);
    await runner.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock(hashtext($1))', [`migrate:${schema}`]).catch(() => undefined);
    await runner.release();
  }
}

/** Standalone migration run (Kubernetes Job, `npm run migrate`): connect, migrate, disconnect. */
export async function runMigrationsOnce(options: DataSourceOptions): Promise<string[]> {
  const dataSource = new DataSource(options);
  await dataSource.initialize();
  try {
    return await migrateServiceSchema(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

/** `"schema"."table"` of an entity in the DataSource it is used with, for the few raw queries we write. */
export function quotedTablePath(source: DataSource | EntityManager, entity: Function): string {
  const dataSource = source instanceof DataSource ? source : source.connection;
  return dataSource
    .getMetadata(entity)
    .tablePath.split('.')
    .map((part) => `"${part}"`)
    .join('.');
}

/**
 * `"schema"` of the service a migration or raw query runs for (its DataSource's schema), so SQL never spells a
 * schema name out: `CREATE TABLE ${quotedSchema(queryRunner)}."sites" (...)`.
 */
export function quotedSchema(source: DataSource | EntityManager | QueryRunner): string {
  const dataSource = source instanceof DataSource ? source : source.connection;
  const schema = (dataSource.options as { schema?: string }).schema;
  if (!schema || !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`the DataSource has no usable schema (${schema})`);
  return `"${schema}"`;
}
