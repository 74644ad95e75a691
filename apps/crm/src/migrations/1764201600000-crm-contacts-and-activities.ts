import { quotedSchema } from '@mab/persistence';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Contacts, custom field definitions, the activity timeline, known visitors and the results of idempotent commands.
 * Every list filter of contacts has an index that starts with the workspace: btree for the sorts (keyset pages),
 * GIN (btree_gin) for tags and custom field equality, trigram GIN for `q` on email and name. Planned to stay fast
 * at a million contacts a workspace (docs/architecture.md, "CRM core"; the plans measured so far are in the issue notes).
 */
export class CrmContactsAndActivities1764201600000 implements MigrationInterface {
  name = 'CrmContactsAndActivities1764201600000';

  async up(q: QueryRunner): Promise<void> {
    const s = quotedSchema(q);
    // Trusted extensions (PostgreSQL 13+): a database owner may create them; they live in public, shared.
    await q.query('CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public');
    await q.query('CREATE EXTENSION IF NOT EXISTS btree_gin WITH SCHEMA public');

    await q.query(`
      CREATE TABLE ${s}."contacts" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "workspace_id" uuid NOT NULL,
        "email" varchar(320) NOT NULL CHECK ("email" = lower("email")),
        "name" varchar(200),
        "first_name" varchar(100),
        "last_name" varchar(100),
        "phone" varchar(40),
        "source_component" uuid,
        "source_workflow" uuid,
        "tags" text[] NOT NULL DEFAULT '{}',
        "custom_fields" jsonb NOT NULL DEFAULT '{}',
        "lead_score" integer NOT NULL DEFAULT 0,
        "status" varchar(20) NOT NULL DEFAULT 'active'
          CHECK ("status" IN ('active', 'unsubscribed', 'bounced', 'archived')),
        "created_at" timestamptz(3) NOT NULL DEFAULT now(),
        "updated_at" timestamptz(3) NOT NULL DEFAULT now(),
        "last_activity_at" timestamptz(3)
      )`);
    await q.query(`CREATE UNIQUE INDEX "contacts_workspace_email_key" ON ${s}."contacts" ("workspace_id", "email")`);
    for (const [name, columns] of [
      ['created', '"created_at" DESC, "id" DESC'],
      ['updated', '"updated_at" DESC, "id" DESC'],
      ['score', '"lead_score" DESC, "id" DESC'],
      ['status_created', '"status", "created_at" DESC, "id" DESC'],
    ]) {
      await q.query(`CREATE INDEX "contacts_${name}_idx" ON ${s}."contacts" ("workspace_id", ${columns})`);
    }
    await q.query(`CREATE INDEX "contacts_tags_idx" ON ${s}."contacts" USING gin ("workspace_id", "tags")`);
    await q.query(
      `CREATE INDEX "contacts_custom_fields_idx" ON ${s}."contacts" USING gin ("workspace_id", "custom_fields" jsonb_path_ops)`,
    );
    await q.query(
      `CREATE INDEX "contacts_search_idx" ON ${s}."contacts"
         USING gin ("workspace_id", "email" public.gin_trgm_ops, (coalesce("name", '')) public.gin_trgm_ops)`,
    );

    await q.query(`
      CREATE TABLE ${s}."custom_field_definitions" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "workspace_id" uuid NOT NULL,
        "key" varchar(40) NOT NULL,
        "label" varchar(100) NOT NULL,
        "type" varchar(20) NOT NULL CHECK ("type" IN ('text', 'number', 'date', 'boolean', 'select')),
        "options" text[],
        "description" varchar(300),
        "created_at" timestamptz(3) NOT NULL DEFAULT now(),
        "updated_at" timestamptz(3) NOT NULL DEFAULT now(),
        UNIQUE ("workspace_id", "key")
      )`);

    // The timeline. An anonymous visitor's page views wait here (contact_id null) until the visitor submits a form.
    await q.query(`
      CREATE TABLE ${s}."activities" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "workspace_id" uuid NOT NULL,
        "contact_id" uuid REFERENCES ${s}."contacts" ("id") ON DELETE CASCADE,
        "visitor_id" varchar(200),
        "type" varchar(40) NOT NULL,
        "occurred_at" timestamptz(3) NOT NULL,
        "data" jsonb NOT NULL DEFAULT '{}',
        "site_id" uuid,
        "component_id" uuid,
        "workflow_id" uuid,
        "dedupe_key" varchar(250),
        "created_at" timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX "activities_timeline_idx" ON ${s}."activities" ("workspace_id", "contact_id", "occurred_at" DESC, "id" DESC)`,
    );
    await q.query(
      `CREATE INDEX "activities_anonymous_idx" ON ${s}."activities" ("workspace_id", "visitor_id") WHERE "contact_id" IS NULL`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "activities_dedupe_key" ON ${s}."activities" ("workspace_id", "dedupe_key") WHERE "dedupe_key" IS NOT NULL`,
    );

    // Which contact a site's visitor turned out to be (their later page views join the timeline directly).
    await q.query(`
      CREATE TABLE ${s}."known_visitors" (
        "workspace_id" uuid NOT NULL,
        "visitor_id" varchar(200) NOT NULL,
        "contact_id" uuid NOT NULL REFERENCES ${s}."contacts" ("id") ON DELETE CASCADE,
        "identified_at" timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY ("workspace_id", "visitor_id")
      )`);

    // Idempotent commands from workflows: the first result of a key, answered again for a retry.
    await q.query(`
      CREATE TABLE ${s}."command_results" (
        "workspace_id" uuid NOT NULL,
        "command" varchar(100) NOT NULL,
        "idempotency_key" varchar(200) NOT NULL,
        "result" jsonb NOT NULL,
        "created_at" timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY ("workspace_id", "command", "idempotency_key")
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    const s = quotedSchema(q);
    for (const table of ['command_results', 'known_visitors', 'activities', 'custom_field_definitions', 'contacts']) {
      await q.query(`DROP TABLE IF EXISTS ${s}."${table}"`);
    }
  }
}
