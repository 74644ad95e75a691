import { quotedSchema } from '@mab/persistence';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { registerSketchSql, sketchRegisterSql } from '../site-facts/visitor-sketch';

/**
 * Funnels: their definitions, and the index their reports walk: a visitor's facts on a site in time order, so
 * finding the next step after an entry is one index probe per visitor and step. Facts also keep the page's
 * `utm_campaign`, rolled up like the source. Each site and hour gets its exact visitors and a HyperLogLog sketch of
 * them (site-facts/visitor-sketch.ts), so a long window's distinct visitors are merged, not counted row by row.
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
    await q.query(`
      CREATE TABLE ${s}."visitor_sketches" (
        "workspace_id" uuid NOT NULL,
        "site_id" uuid NOT NULL,
        "hour" timestamptz NOT NULL,
        "visitors" integer NOT NULL DEFAULT 0,
        "converted" integer NOT NULL DEFAULT 0,
        "visitor_sketch" bit(32768) NOT NULL,
        "converted_sketch" bit(32768),
        PRIMARY KEY ("workspace_id", "site_id", "hour")
      ) WITH (fillfactor = 70)`);
    // Rollup rows are updated in place all day: room on their page lets PostgreSQL do it without new index entries
    // (HOT updates: none of their indexed columns change).
    for (const table of ['site_counts', 'workflow_hours', 'email_hours'])
      await q.query(`ALTER TABLE ${s}."${table}" SET (fillfactor = 70)`);
    // Day rows of every dimension, from the hour rows already kept (new facts add to both from now on).
    await q.query(`
      INSERT INTO ${s}."site_counts" ("workspace_id", "site_id", "dimension", "granularity", "bucket", "key",
        "page_views", "component_views", "interactions", "submissions")
      SELECT "workspace_id", "site_id", "dimension", 'day', date_trunc('day', "bucket", 'UTC'), "key",
             sum("page_views"), sum("component_views"), sum("interactions"), sum("submissions")
        FROM ${s}."site_counts" WHERE "granularity" = 'hour' GROUP BY 1, 2, 3, 5, 6`);
    // Closed local days' sketches, merged from their hours on the first report that needs them, with the exact
    // counts they were merged at (a day whose hours' counts moved since is merged again).
    await q.query(`
      CREATE TABLE ${s}."visitor_day_sketches" (
        "workspace_id" uuid NOT NULL,
        "site_id" uuid NOT NULL,
        "tz" varchar(64) NOT NULL,
        "day" date NOT NULL,
        "visitors" integer NOT NULL,
        "converted" integer NOT NULL,
        "visitor_sketch" bit(32768) NOT NULL,
        "converted_sketch" bit(32768),
        "visitor_levels" integer[] NOT NULL,
        "converted_levels" integer[] NOT NULL,
        PRIMARY KEY ("workspace_id", "site_id", "tz", "day")
      )`);
    // Filled from the visitor-hours already kept (they hold every visitor id of every hour, past fact retention).
    await q.query(`
      INSERT INTO ${s}."visitor_sketches"
        ("workspace_id", "site_id", "hour", "visitors", "converted", "visitor_sketch", "converted_sketch")
      SELECT f.workspace_id, f.site_id, f.hour, count(*), count(*) FILTER (WHERE f.converted),
             bit_or(${registerSketchSql('r.idx', 'r.rho')}),
             bit_or(${registerSketchSql('r.idx', 'CASE WHEN f.converted THEN r.rho END')})
        FROM ${s}."visitor_hours" f CROSS JOIN LATERAL (${sketchRegisterSql('f.visitor_id')}) r
       GROUP BY 1, 2, 3`);
    await q.query(
      `CREATE INDEX "site_facts_visitor_idx" ON ${s}."site_facts"
         ("workspace_id", "site_id", "visitor_id", "occurred_at", "event_id")`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    const s = quotedSchema(q);
    await q.query(`DROP INDEX ${s}."site_facts_visitor_idx"`);
    await q.query(`DROP TABLE ${s}."visitor_day_sketches"`);
    await q.query(`DROP TABLE ${s}."visitor_sketches"`);
    await q.query(`ALTER TABLE ${s}."site_facts" DROP COLUMN "utm_campaign"`);
    await q.query(`DROP TABLE ${s}."funnels"`);
  }
}
