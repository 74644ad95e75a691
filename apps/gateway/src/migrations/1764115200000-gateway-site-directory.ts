import { quotedSchema } from '@mab/persistence';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The gateway's read model of sites (from `template.site.*` events) that public serving and ingestion answer
 * from, and the receipts of visitor events by their client id (a beacon the browser retries counts once).
 * Slug and domain are not unique here: events of two sites can arrive in either order while one hands a name to
 * the other; the template service's own indexes keep them unique, lookups take the latest holder.
 */
export class GatewaySiteDirectory1764115200000 implements MigrationInterface {
  name = 'GatewaySiteDirectory1764115200000';

  async up(q: QueryRunner): Promise<void> {
    const s = quotedSchema(q);
    await q.query(`
      CREATE TABLE ${s}."site_directory" (
        "site_id" uuid PRIMARY KEY,
        "workspace_id" uuid NOT NULL,
        "revision" integer NOT NULL,
        "public_slug" varchar(63),
        "custom_domain" varchar(253),
        "published_version" integer,
        "pages" text[],
        "component_ids" uuid[],
        "deleted" boolean NOT NULL DEFAULT false,
        "updated_at" timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX "site_directory_slug_idx" ON ${s}."site_directory" ("public_slug") WHERE "public_slug" IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX "site_directory_domain_idx" ON ${s}."site_directory" (lower("custom_domain")) WHERE "custom_domain" IS NOT NULL`,
    );
    // Replicas catch up from it by time (a broadcast missed while reconnecting).
    await q.query(`CREATE INDEX "site_directory_updated_idx" ON ${s}."site_directory" ("updated_at")`);
    await q.query(`
      CREATE TABLE ${s}."site_event_receipts" (
        "site_id" uuid NOT NULL,
        "event_id" uuid NOT NULL,
        "received_at" timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY ("site_id", "event_id")
      )`);
    await q.query(`CREATE INDEX "site_event_receipts_received_idx" ON ${s}."site_event_receipts" ("received_at")`);
  }

  async down(q: QueryRunner): Promise<void> {
    const s = quotedSchema(q);
    await q.query(`DROP TABLE IF EXISTS ${s}."site_event_receipts"`);
    await q.query(`DROP TABLE IF EXISTS ${s}."site_directory"`);
  }
}
