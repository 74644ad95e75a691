import { quotedSchema } from '@mab/persistence';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Schedule triggers: an active schedule workflow keeps the time of its next slot; every engine replica looks for
 * due ones (SKIP LOCKED) and fires each slot once (the slot is the execution's dedupe key).
 */
export class WorkflowSchedules1764892800000 implements MigrationInterface {
  name = 'WorkflowSchedules1764892800000';

  async up(q: QueryRunner): Promise<void> {
    const s = quotedSchema(q);
    await q.query(`ALTER TABLE ${s}."workflows" ADD COLUMN "schedule_next_at" timestamptz(3)`);
    await q.query(
      `CREATE INDEX "workflows_schedule_due_idx" ON ${s}."workflows" ("schedule_next_at") WHERE "active" AND "schedule_next_at" IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    const s = quotedSchema(q);
    await q.query(`DROP INDEX IF EXISTS ${s}."workflows_schedule_due_idx"`);
    await q.query(`ALTER TABLE ${s}."workflows" DROP COLUMN IF EXISTS "schedule_next_at"`);
  }
}
