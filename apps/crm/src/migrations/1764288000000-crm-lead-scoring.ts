import { quotedSchema } from '@mab/persistence';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Lead scoring: rules, decay settings, thresholds and the change log every score is the sum of. The log's unique
 * indexes are what make scoring safe to retry and to run on several replicas: a once-only rule can award a contact
 * one row, a decay period can take points once.
 */
export class CrmLeadScoring1764288000000 implements MigrationInterface {
  name = 'CrmLeadScoring1764288000000';

  async up(q: QueryRunner): Promise<void> {
    const s = quotedSchema(q);

    await q.query(`
      CREATE TABLE ${s}."score_rules" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "workspace_id" uuid NOT NULL,
        "name" varchar(120) NOT NULL,
        "activity_type" varchar(40) NOT NULL,
        "conditions" jsonb NOT NULL DEFAULT '[]',
        "points" integer NOT NULL CHECK ("points" <> 0 AND "points" BETWEEN -1000 AND 1000),
        "frequency" varchar(12) NOT NULL CHECK ("frequency" IN ('once', 'repeatable')),
        "cap" integer CHECK ("cap" > 0),
        "active" boolean NOT NULL DEFAULT true,
        "created_at" timestamptz(3) NOT NULL DEFAULT now(),
        "updated_at" timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX "score_rules_created_idx" ON ${s}."score_rules" ("workspace_id", "created_at" DESC, "id" DESC)`,
    );
    // What the scorer reads for every activity recorded on a contact.
    await q.query(
      `CREATE INDEX "score_rules_active_type_idx" ON ${s}."score_rules" ("workspace_id", "activity_type") WHERE "active"`,
    );

    // Decay, one row per workspace (absent: defaults, decay off).
    await q.query(`
      CREATE TABLE ${s}."score_settings" (
        "workspace_id" uuid PRIMARY KEY,
        "enabled" boolean NOT NULL DEFAULT false,
        "points" integer NOT NULL CHECK ("points" > 0),
        "after_days" integer NOT NULL CHECK ("after_days" > 0),
        "every_days" integer NOT NULL CHECK ("every_days" > 0),
        "floor" integer NOT NULL DEFAULT 0,
        "updated_at" timestamptz(3) NOT NULL DEFAULT now()
      )`);
    // The decay job's only cross-workspace read: the workspaces it has work in.
    await q.query(
      `CREATE INDEX "score_settings_enabled_idx" ON ${s}."score_settings" ("workspace_id") WHERE "enabled"`,
    );

    await q.query(`
      CREATE TABLE ${s}."score_thresholds" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "workspace_id" uuid NOT NULL,
        "name" varchar(100) NOT NULL,
        "score" integer NOT NULL,
        "tag_to_add" varchar(50),
        "created_at" timestamptz(3) NOT NULL DEFAULT now(),
        "updated_at" timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE UNIQUE INDEX "score_thresholds_name_key" ON ${s}."score_thresholds" ("workspace_id", lower("name"))`,
    );
    await q.query(`CREATE INDEX "score_thresholds_score_idx" ON ${s}."score_thresholds" ("workspace_id", "score")`);

    // The log. A contact's score is the sum of its rows' points (recompute relies on it); rules and activities
    // may be deleted without their history going (no foreign key on them), the contact's deletion takes its log.
    await q.query(`
      CREATE TABLE ${s}."score_changes" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "seq" bigint GENERATED ALWAYS AS IDENTITY,
        "workspace_id" uuid NOT NULL,
        "contact_id" uuid NOT NULL REFERENCES ${s}."contacts" ("id") ON DELETE CASCADE,
        "kind" varchar(10) NOT NULL CHECK ("kind" IN ('rule', 'adjust', 'decay')),
        "rule_id" uuid,
        "once" boolean NOT NULL DEFAULT false,
        "points" integer NOT NULL,
        "reason" varchar(300) NOT NULL,
        "activity_id" uuid,
        "period_key" varchar(80),
        "score_after" integer NOT NULL,
        "created_at" timestamptz(3) NOT NULL DEFAULT now()
      )`);
    // Newest first per contact; rows of one transaction share created_at, seq keeps their order.
    await q.query(
      `CREATE INDEX "score_changes_contact_idx" ON ${s}."score_changes" ("workspace_id", "contact_id", "created_at" DESC, "seq" DESC)`,
    );
    // A once-only rule awards a contact one row, whatever races or retries happen.
    await q.query(
      `CREATE UNIQUE INDEX "score_changes_once_key" ON ${s}."score_changes" ("workspace_id", "rule_id", "contact_id") WHERE "once"`,
    );
    // Caps sum a rule's rows for a contact.
    await q.query(
      `CREATE INDEX "score_changes_rule_idx" ON ${s}."score_changes" ("workspace_id", "rule_id", "contact_id") WHERE "rule_id" IS NOT NULL`,
    );
    // One decay per contact and period, whichever replica gets there first.
    await q.query(
      `CREATE UNIQUE INDEX "score_changes_period_key" ON ${s}."score_changes" ("workspace_id", "contact_id", "period_key") WHERE "period_key" IS NOT NULL`,
    );

    // The decay job's search: contacts inactive since before a date (never active: since their creation).
    await q.query(
      `CREATE INDEX "contacts_inactive_since_idx" ON ${s}."contacts" ("workspace_id", (coalesce("last_activity_at", "created_at")))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    const s = quotedSchema(q);
    await q.query(`DROP INDEX IF EXISTS ${s}."contacts_inactive_since_idx"`);
    for (const table of ['score_changes', 'score_thresholds', 'score_settings', 'score_rules']) {
      await q.query(`DROP TABLE IF EXISTS ${s}."${table}"`);
    }
  }
}
