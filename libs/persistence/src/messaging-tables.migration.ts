import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The outbox and inbox tables every service needs, in the schema the migration runs in. Each service's first
 * migration calls these, so the tables exist before any feature table does.
 */
export async function createMessagingTables(queryRunner: QueryRunner, schema: string): Promise<void> {
  const s = `"${schema}"`;
  await queryRunner.query(`
    CREATE TABLE ${s}."outbox" (
      "sequence"   bigserial PRIMARY KEY,
      "id"         varchar(200) NOT NULL UNIQUE,
      "name"       varchar(200) NOT NULL,
      "envelope"   jsonb NOT NULL,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "sent_at"    timestamptz,
      "attempts"   int NOT NULL DEFAULT 0,
      "last_error" text
    )`);
  await queryRunner.query(`CREATE INDEX "outbox_pending_idx" ON ${s}."outbox" ("sequence") WHERE "sent_at" IS NULL`);
  await queryRunner.query(`CREATE INDEX "outbox_sent_at_idx" ON ${s}."outbox" ("sent_at") WHERE "sent_at" IS NOT NULL`);
  await queryRunner.query(`
    CREATE TABLE ${s}."inbox" (
      "consumer"   varchar(200) NOT NULL,
      "message_id" varchar(200) NOT NULL,
      "name"       varchar(200) NOT NULL,
      "handled_at" timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY ("consumer", "message_id")
    )`);
  await queryRunner.query(`CREATE INDEX "inbox_handled_at_idx" ON ${s}."inbox" ("handled_at")`);
}

export async function dropMessagingTables(queryRunner: QueryRunner, schema: string): Promise<void> {
  await queryRunner.query(`DROP TABLE IF EXISTS "${schema}"."inbox"`);
  await queryRunner.query(`DROP TABLE IF EXISTS "${schema}"."outbox"`);
}

/**
 * The first migration of every service: its outbox and inbox. A factory because the six services need the same
 * tables in six schemas; TypeORM keys applied migrations by name inside each schema's own migrations table.
 */
export function messagingTablesMigration(schema: string): new () => MigrationInterface {
  return class MessagingTables1763769600000 implements MigrationInterface {
    name = 'MessagingTables1763769600000';

    async up(queryRunner: QueryRunner): Promise<void> {
      await createMessagingTables(queryRunner, schema);
    }

    async down(queryRunner: QueryRunner): Promise<void> {
      await dropMessagingTables(queryRunner, schema);
    }
  };
}

/**
 * Second messaging migration of every service: the command inbox (replies of state-changing commands, so a
 * redelivered command is answered again instead of run again).
 */
export function commandInboxMigration(schema: string): new () => MigrationInterface {
  return class CommandInbox1763769600001 implements MigrationInterface {
    name = 'CommandInbox1763769600001';

    async up(queryRunner: QueryRunner): Promise<void> {
      await queryRunner.query(`
        CREATE TABLE "${schema}"."command_inbox" (
          "message_id" varchar(200) PRIMARY KEY,
          "name"       varchar(200) NOT NULL,
          "reply"      jsonb,
          "handled_at" timestamptz NOT NULL DEFAULT now()
        )`);
      await queryRunner.query(
        `CREATE INDEX "command_inbox_handled_at_idx" ON "${schema}"."command_inbox" ("handled_at")`,
      );
    }

    async down(queryRunner: QueryRunner): Promise<void> {
      await queryRunner.query(`DROP TABLE IF EXISTS "${schema}"."command_inbox"`);
    }
  };
}

/** The messaging migrations every service starts its list with. */
export function messagingMigrations(schema: string): Function[] {
  return [messagingTablesMigration(schema), commandInboxMigration(schema)];
}
