import { quotedSchema } from '@mab/persistence';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The analytics schema: the sites and components it reports on (copied from the template service's events), the
 * raw facts of published sites' events (one row per event id), and the rollups every dashboard read uses:
 * counts per minute and per hour (UTC) by site and dimension, visitors per hour, and heat-map cells per day.
 */
export class AnalyticsFactsAndRollups1765152000000 implements MigrationInterface {
  name = 'AnalyticsFactsAndRollups1765152000000';

  async up(q: QueryRunner): Promise<void> {
    const s = quotedSchema(q);
    await q.query(`
      CREATE TABLE ${s}."sites" (
        "workspace_id" uuid NOT NULL,
        "site_id" uuid NOT NULL,
        "deleted" boolean NOT NULL DEFAULT false,
        PRIMARY KEY ("workspace_id", "site_id")
      )`);
    await q.query(`
      CREATE TABLE ${s}."components" (
        "workspace_id" uuid NOT NULL,
        "component_id" uuid NOT NULL,
        "site_id" uuid NOT NULL,
        "type" varchar(40) NOT NULL,
        "deleted" boolean NOT NULL DEFAULT false,
        PRIMARY KEY ("workspace_id", "component_id")
      )`);
    await q.query(`CREATE INDEX "components_site_idx" ON ${s}."components" ("workspace_id", "site_id")`);
    await q.query(`
      CREATE TABLE ${s}."site_facts" (
        "workspace_id" uuid NOT NULL,
        "event_id" uuid NOT NULL,
        "site_id" uuid NOT NULL,
        "type" varchar(30) NOT NULL,
        "component_id" uuid,
        "visitor_id" varchar(200) NOT NULL,
        "page" varchar(64),
        "referrer_host" varchar(255),
        "utm_source" varchar(200),
        "device" varchar(10),
        "x" real,
        "y" real,
        "occurred_at" timestamptz(3) NOT NULL,
        "received_at" timestamptz(3) NOT NULL,
        PRIMARY KEY ("workspace_id", "event_id")
      )`);
    await q.query(`CREATE INDEX "site_facts_received_idx" ON ${s}."site_facts" ("received_at")`);
    await q.query(`CREATE INDEX "site_facts_site_idx" ON ${s}."site_facts" ("workspace_id", "site_id", "occurred_at")`);
    await q.query(`
      CREATE TABLE ${s}."site_counts" (
        "workspace_id" uuid NOT NULL,
        "site_id" uuid NOT NULL,
        "granularity" varchar(6) NOT NULL,
        "bucket" timestamptz NOT NULL,
        "dimension" varchar(12) NOT NULL,
        "key" varchar(255) NOT NULL,
        "page_views" integer NOT NULL DEFAULT 0,
        "component_views" integer NOT NULL DEFAULT 0,
        "interactions" integer NOT NULL DEFAULT 0,
        "submissions" integer NOT NULL DEFAULT 0,
        PRIMARY KEY ("workspace_id", "site_id", "dimension", "granularity", "bucket", "key")
      )`);
    await q.query(`
      CREATE TABLE ${s}."visitor_hours" (
        "workspace_id" uuid NOT NULL,
        "site_id" uuid NOT NULL,
        "hour" timestamptz NOT NULL,
        "visitor_id" varchar(200) NOT NULL,
        "converted" boolean NOT NULL DEFAULT false,
        PRIMARY KEY ("workspace_id", "site_id", "hour", "visitor_id")
      )`);
    await q.query(`
      CREATE TABLE ${s}."heatmap_cells" (
        "workspace_id" uuid NOT NULL,
        "component_id" uuid NOT NULL,
        "day" date NOT NULL,
        "cell_x" smallint NOT NULL,
        "cell_y" smallint NOT NULL,
        "count" integer NOT NULL DEFAULT 0,
        PRIMARY KEY ("workspace_id", "component_id", "day", "cell_y", "cell_x")
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    const s = quotedSchema(q);
    for (const table of ['heatmap_cells', 'visitor_hours', 'site_counts', 'site_facts', 'components', 'sites'])
      await q.query(`DROP TABLE IF EXISTS ${s}."${table}"`);
  }
}
