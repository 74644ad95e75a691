import { quotedSchema } from '@mab/persistence';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Email: the workspace's sender settings, its templates, every send (with its idempotency key, its rendered
 * content and its delivery state; queued sends are claimed by the dispatcher) and the suppression list (by a hash
 * of the address, so an erased contact stays suppressed without its address being kept).
 */
export class CrmEmail1764374400000 implements MigrationInterface {
  name = 'CrmEmail1764374400000';

  async up(q: QueryRunner): Promise<void> {
    const s = quotedSchema(q);
    await q.query(`
      CREATE TABLE ${s}."email_settings" (
        "workspace_id" uuid PRIMARY KEY,
        "from_email" varchar(320),
        "from_name" varchar(100),
        "reply_to" varchar(320),
        "postal_address" varchar(300),
        "updated_at" timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE ${s}."email_templates" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "workspace_id" uuid NOT NULL,
        "key" varchar(80),
        "name" varchar(120) NOT NULL,
        "subject" text NOT NULL,
        "html" text NOT NULL,
        "text" text,
        "category" varchar(20) NOT NULL DEFAULT 'marketing' CHECK ("category" IN ('marketing', 'transactional')),
        "created_at" timestamptz(3) NOT NULL DEFAULT now(),
        "updated_at" timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE UNIQUE INDEX "email_templates_key" ON ${s}."email_templates" ("workspace_id", "key") WHERE "key" IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX "email_templates_list_idx" ON ${s}."email_templates" ("workspace_id", "created_at" DESC, "id" DESC)`,
    );
    await q.query(`
      CREATE TABLE ${s}."email_sends" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "workspace_id" uuid NOT NULL,
        "contact_id" uuid REFERENCES ${s}."contacts" ("id") ON DELETE SET NULL,
        "to_email" varchar(320),
        "to_name" varchar(200),
        "template" varchar(80),
        "category" varchar(20) NOT NULL,
        "status" varchar(20) NOT NULL,
        "status_reason" varchar(300),
        "subject" text NOT NULL,
        "html" text,
        "text" text,
        "headers" jsonb NOT NULL DEFAULT '{}',
        "idempotency_key" varchar(200),
        "workflow_id" uuid,
        "provider" varchar(20),
        "provider_message_id" varchar(200),
        "attempts" integer NOT NULL DEFAULT 0,
        "next_attempt_at" timestamptz(3),
        "open_count" integer NOT NULL DEFAULT 0,
        "click_count" integer NOT NULL DEFAULT 0,
        "created_at" timestamptz(3) NOT NULL DEFAULT now(),
        "sent_at" timestamptz(3),
        "updated_at" timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE UNIQUE INDEX "email_sends_idempotency_key" ON ${s}."email_sends" ("workspace_id", "idempotency_key") WHERE "idempotency_key" IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX "email_sends_list_idx" ON ${s}."email_sends" ("workspace_id", "created_at" DESC, "id" DESC)`,
    );
    await q.query(
      `CREATE INDEX "email_sends_contact_idx" ON ${s}."email_sends" ("workspace_id", "contact_id", "created_at" DESC, "id" DESC)`,
    );
    // The dispatcher's queue: only queued rows, by when they may go.
    await q.query(
      `CREATE INDEX "email_sends_queue_idx" ON ${s}."email_sends" ("next_attempt_at") WHERE "status" = 'queued'`,
    );
    await q.query(`
      CREATE TABLE ${s}."suppressions" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "workspace_id" uuid NOT NULL,
        "email_hash" char(64) NOT NULL,
        "email" varchar(320),
        "reason" varchar(20) NOT NULL,
        "note" varchar(300),
        "created_at" timestamptz(3) NOT NULL DEFAULT now(),
        UNIQUE ("workspace_id", "email_hash")
      )`);
    await q.query(
      `CREATE INDEX "suppressions_list_idx" ON ${s}."suppressions" ("workspace_id", "created_at" DESC, "id" DESC)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    const s = quotedSchema(q);
    for (const table of ['suppressions', 'email_sends', 'email_templates', 'email_settings']) {
      await q.query(`DROP TABLE IF EXISTS ${s}."${table}"`);
    }
  }
}
