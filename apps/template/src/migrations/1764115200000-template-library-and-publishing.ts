import { quotedSchema } from '@mab/persistence';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The template library, smart components, their workflow connections, site versions (published HTML and saved
 * states) and what publishing needs on a site: its customizations, pages, custom domain and public slug.
 */
export class TemplateLibraryAndPublishing1764115200000 implements MigrationInterface {
  name = 'TemplateLibraryAndPublishing1764115200000';

  async up(q: QueryRunner): Promise<void> {
    const s = quotedSchema(q);
    // One row per version of a template; a site keeps a copy of its components, so a new version never changes it.
    // The search vector weighs the name above tags and industry, above the description ("a name match first").
    await q.query(`
      CREATE TABLE ${s}."templates" (
        "id" uuid PRIMARY KEY,
        "slug" varchar(63) NOT NULL,
        "version" integer NOT NULL CHECK ("version" > 0),
        "is_current" boolean NOT NULL,
        "name" varchar(120) NOT NULL,
        "category" varchar(40) NOT NULL,
        "industry" varchar(120) NOT NULL,
        "tags" text[] NOT NULL,
        "tags_text" text NOT NULL,
        "description" text NOT NULL,
        "thumbnail_svg" text NOT NULL,
        "primary_color" varchar(7) NOT NULL,
        "customization_keys" text[] NOT NULL,
        "definition" jsonb NOT NULL,
        "content_hash" char(64) NOT NULL,
        "page_count" integer NOT NULL,
        "component_count" integer NOT NULL,
        "created_at" timestamptz(3) NOT NULL DEFAULT now(),
        "search" tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('english'::regconfig, "name"), 'A') ||
          setweight(to_tsvector('english'::regconfig, "tags_text" || ' ' || "industry"), 'B') ||
          setweight(to_tsvector('english'::regconfig, "description"), 'C')
        ) STORED,
        UNIQUE ("slug", "version")
      )`);
    await q.query(`CREATE UNIQUE INDEX "templates_current_slug_key" ON ${s}."templates" ("slug") WHERE "is_current"`);
    await q.query(
      `CREATE INDEX "templates_current_category_idx" ON ${s}."templates" ("category", "name") WHERE "is_current"`,
    );
    await q.query(`CREATE INDEX "templates_search_idx" ON ${s}."templates" USING gin ("search")`);

    await q.query(`
      ALTER TABLE ${s}."sites"
        ADD COLUMN "template_version" integer,
        ADD COLUMN "customizations" jsonb NOT NULL DEFAULT '{}',
        ADD COLUMN "pages" jsonb NOT NULL DEFAULT '[{"path": "/", "title": "Home"}]',
        ADD COLUMN "custom_domain" varchar(253),
        ADD COLUMN "public_slug" varchar(63),
        ADD COLUMN "published_version" integer,
        ADD COLUMN "published_pages" text[],
        ADD COLUMN "published_component_ids" uuid[],
        ADD COLUMN "revision" integer NOT NULL DEFAULT 1`);
    // A domain serves one site, whatever the workspace and the letter case; a public slug (/s/{slug}/) likewise.
    await q.query(
      `CREATE UNIQUE INDEX "sites_custom_domain_key" ON ${s}."sites" (lower("custom_domain")) WHERE "custom_domain" IS NOT NULL`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "sites_public_slug_key" ON ${s}."sites" ("public_slug") WHERE "public_slug" IS NOT NULL`,
    );

    await q.query(`
      CREATE TABLE ${s}."components" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "workspace_id" uuid NOT NULL,
        "site_id" uuid NOT NULL REFERENCES ${s}."sites" ("id") ON DELETE CASCADE,
        "page" varchar(64) NOT NULL,
        "type" varchar(40) NOT NULL,
        "config" jsonb NOT NULL,
        "position" integer NOT NULL CHECK ("position" >= 0),
        "customization_keys" text[] NOT NULL DEFAULT '{}',
        "created_at" timestamptz(3) NOT NULL DEFAULT now(),
        "updated_at" timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX "components_site_page_idx" ON ${s}."components" ("workspace_id", "site_id", "page", "position", "id")`,
    );
    await q.query(
      `CREATE INDEX "components_workspace_created_idx" ON ${s}."components" ("workspace_id", "created_at" DESC, "id" DESC)`,
    );

    // Kept from the workflow engine's events. A disconnection is a row with connected = false, so a late
    // "connected" of an older workflow version cannot resurrect it (the version decides).
    await q.query(`
      CREATE TABLE ${s}."component_workflows" (
        "workspace_id" uuid NOT NULL,
        "component_id" uuid NOT NULL REFERENCES ${s}."components" ("id") ON DELETE CASCADE,
        "workflow_id" uuid NOT NULL,
        "workflow_name" varchar(200) NOT NULL,
        "workflow_version" integer NOT NULL,
        "active" boolean NOT NULL,
        "connected" boolean NOT NULL,
        "updated_at" timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY ("component_id", "workflow_id")
      )`);
    await q.query(
      `CREATE INDEX "component_workflows_workspace_idx" ON ${s}."component_workflows" ("workspace_id", "component_id") WHERE "connected"`,
    );

    // Every publish is an immutable version with its rendered pages; a snapshot saves the editable state before
    // something replaces it (instantiating a template into the site, restoring a version).
    await q.query(`
      CREATE TABLE ${s}."site_versions" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "workspace_id" uuid NOT NULL,
        "site_id" uuid NOT NULL REFERENCES ${s}."sites" ("id") ON DELETE CASCADE,
        "number" integer NOT NULL CHECK ("number" > 0),
        "kind" varchar(20) NOT NULL CHECK ("kind" IN ('publish', 'snapshot')),
        "reason" varchar(200) NOT NULL,
        "state" jsonb NOT NULL,
        "pages_html" jsonb,
        "created_by" uuid,
        "created_at" timestamptz(3) NOT NULL DEFAULT now(),
        UNIQUE ("site_id", "number")
      )`);
    await q.query(
      `CREATE INDEX "site_versions_list_idx" ON ${s}."site_versions" ("workspace_id", "site_id", "number" DESC)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    const s = quotedSchema(q);
    await q.query(`DROP TABLE IF EXISTS ${s}."site_versions"`);
    await q.query(`DROP TABLE IF EXISTS ${s}."component_workflows"`);
    await q.query(`DROP TABLE IF EXISTS ${s}."components"`);
    await q.query(`DROP TABLE IF EXISTS ${s}."templates"`);
    await q.query(`
      ALTER TABLE ${s}."sites"
        DROP COLUMN "template_version", DROP COLUMN "customizations", DROP COLUMN "pages",
        DROP COLUMN "custom_domain", DROP COLUMN "public_slug", DROP COLUMN "published_version",
        DROP COLUMN "published_pages", DROP COLUMN "published_component_ids",
        DROP COLUMN "revision"`);
  }
}
