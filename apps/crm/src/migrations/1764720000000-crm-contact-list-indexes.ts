import { quotedSchema } from '@mab/persistence';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Contact lists at a million rows (docs/architecture.md, "Contact lists at a million rows"): the tag index also holds
 * the status, so `?tag=vip&status=active` is answered by one exact bitmap instead of a heap visit per tagged contact
 * to check its status; the plain tag filter still uses it (a multi-column GIN index serves any of its columns).
 * And anonymous page views are pruned by age (CRM_ANONYMOUS_HISTORY_DAYS): an index finds the old ones.
 */
export class CrmContactListIndexes1764720000000 implements MigrationInterface {
  name = 'CrmContactListIndexes1764720000000';

  async up(q: QueryRunner): Promise<void> {
    const s = quotedSchema(q);
    await q.query(
      `CREATE INDEX "contacts_status_tags_idx" ON ${s}."contacts" USING gin ("workspace_id", "status", "tags")`,
    );
    await q.query(`DROP INDEX ${s}."contacts_tags_idx"`);
    await q.query(
      `CREATE INDEX "activities_anonymous_age_idx" ON ${s}."activities" ("occurred_at") WHERE "contact_id" IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    const s = quotedSchema(q);
    await q.query(`DROP INDEX IF EXISTS ${s}."activities_anonymous_age_idx"`);
    await q.query(`CREATE INDEX "contacts_tags_idx" ON ${s}."contacts" USING gin ("workspace_id", "tags")`);
    await q.query(`DROP INDEX IF EXISTS ${s}."contacts_status_tags_idx"`);
  }
}
