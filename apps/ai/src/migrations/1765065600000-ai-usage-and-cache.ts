import { quotedSchema } from '@mab/persistence';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The ai schema: a ledger of Claude calls (tokens and cost per workspace, read for the monthly budget and the
 * per-minute limit) and a cache of answers to identical requests.
 */
export class AiUsageAndCache1765065600000 implements MigrationInterface {
  name = 'AiUsageAndCache1765065600000';

  async up(q: QueryRunner): Promise<void> {
    const s = quotedSchema(q);
    await q.query(`
      CREATE TABLE ${s}."claude_calls" (
        "id" bigserial PRIMARY KEY,
        "workspace_id" uuid NOT NULL,
        "feature" varchar(40) NOT NULL,
        "model" varchar(100) NOT NULL,
        "outcome" varchar(20) NOT NULL,
        "input_tokens" integer NOT NULL DEFAULT 0,
        "output_tokens" integer NOT NULL DEFAULT 0,
        "cost_usd" numeric(14, 6) NOT NULL DEFAULT 0,
        "duration_ms" integer NOT NULL DEFAULT 0,
        "error" varchar(300),
        "created_at" timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX "claude_calls_workspace_idx" ON ${s}."claude_calls" ("workspace_id", "created_at")`);
    await q.query(`
      CREATE TABLE ${s}."answer_cache" (
        "workspace_id" uuid NOT NULL,
        "key" char(64) NOT NULL,
        "feature" varchar(40) NOT NULL,
        "answer" jsonb NOT NULL,
        "expires_at" timestamptz(3) NOT NULL,
        "created_at" timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY ("workspace_id", "key")
      )`);
    await q.query(`CREATE INDEX "answer_cache_expiry_idx" ON ${s}."answer_cache" ("expires_at")`);
  }

  async down(q: QueryRunner): Promise<void> {
    const s = quotedSchema(q);
    await q.query(`DROP TABLE IF EXISTS ${s}."answer_cache"`);
    await q.query(`DROP TABLE IF EXISTS ${s}."claude_calls"`);
  }
}
