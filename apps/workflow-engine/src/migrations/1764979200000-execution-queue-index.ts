import { quotedSchema } from '@mab/persistence';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every execution that ends looks for a queued one of its workflow to start (concurrency limits): an index of the
 * queued ones alone answers that at once, however many are running.
 */
export class ExecutionQueueIndex1764979200000 implements MigrationInterface {
  name = 'ExecutionQueueIndex1764979200000';

  async up(q: QueryRunner): Promise<void> {
    const s = quotedSchema(q);
    await q.query(
      `CREATE INDEX "executions_queued_idx" ON ${s}."executions" ("workflow_id", "started_at") WHERE "status" = 'queued'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS ${quotedSchema(q)}."executions_queued_idx"`);
  }
}
