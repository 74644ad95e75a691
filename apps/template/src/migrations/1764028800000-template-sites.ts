import { quotedSchema } from '@mab/persistence';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Sites: slug unique per workspace; the list index serves "newest first" keyset pages of one workspace. */
export class TemplateSites1764028800000 implements MigrationInterface {
  name = 'TemplateSites1764028800000';

  async up(q: QueryRunner): Promise<void> {
    const s = quotedSchema(q);
    await q.query(`
      CREATE TABLE ${s}."sites" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "workspace_id" uuid NOT NULL,
        "name" varchar(120) NOT NULL,
        "slug" varchar(63) NOT NULL,
        "status" varchar(20) NOT NULL DEFAULT 'draft' CHECK ("status" IN ('draft', 'published')),
        "template_id" uuid,
        "seo_title" varchar(120),
        "seo_description" varchar(320),
        "og_image_url" varchar(2048),
        "published_at" timestamptz(3),
        "created_by" uuid,
        "created_at" timestamptz(3) NOT NULL DEFAULT now(),
        "updated_at" timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX "sites_workspace_slug_key" ON ${s}."sites" ("workspace_id", "slug")`);
    await q.query(
      `CREATE INDEX "sites_workspace_created_idx" ON ${s}."sites" ("workspace_id", "created_at" DESC, "id" DESC)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS ${quotedSchema(q)}."sites"`);
  }
}
