import { quotedSchema } from '@mab/persistence';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A workflow's sends over a window (crm.email.stats, read by the ai service's workflow advice). */
export class CrmEmailSendsByWorkflow1765065600000 implements MigrationInterface {
  name = 'CrmEmailSendsByWorkflow1765065600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX "email_sends_workflow_idx" ON ${quotedSchema(q)}."email_sends" ("workspace_id", "workflow_id", "created_at") WHERE "workflow_id" IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS ${quotedSchema(q)}."email_sends_workflow_idx"`);
  }
}
