import { quotedSchema } from '@mab/persistence';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Funnels: their definitions, and the index their reports walk: a visitor's facts on a site in time order, so
 * finding the next step after an entry is one index probe per visitor and step. Facts also keep the page's
 * `utm_campaign`, rolled up like the source.
 */
export class AnalyticsFunnelsAndCampaigns1765324800000 implements MigrationInterface {
  name = 'AnalyticsFunnelsAndCampaigns1765324800000';

  async up(q: QueryRunner): Promise<void> {
    const s = quotedSchema(q);
    await q.query(`
      CREATE TABLE ${s}."funnels" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "workspace_id" uuid NOT NULL,
        "site_id" uuid NOT NULL,
        "name" varchar(100) NOT NULL,
        "steps" jsonb NOT NULL,
        "window_hours" integer NOT NULL,
        "created_at" timestamptz(3) NOT NULL DEFAULT now(),
        "updated_at" timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY ("workspace_id", "id")
      )`);
    await q.query(`CREATE INDEX "funnels_site_idx" ON ${s}."funnels" ("workspace_id", "site_id")`);
    await q.query(`ALTER TABLE ${s}."site_facts" ADD COLUMN "utm_campaign" varchar(200)`);
    await q.query(
      `CREATE INDEX "site_facts_visitor_idx" ON ${s}."site_facts"
         ("workspace_id", "site_id", "visitor_id", "occurred_at", "event_id")`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    const s = quotedSchema(q);
    await q.query(`DROP INDEX ${s}."site_facts_visitor_idx"`);
    await q.query(`ALTER TABLE ${s}."site_facts" DROP COLUMN "utm_campaign"`);
    await q.query(`DROP TABLE ${s}."funnels"`);
  }
}
