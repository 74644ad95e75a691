import { quotedSchema } from '@mab/persistence';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The SendGrid Event Webhook's memory of the events it has applied (SendGrid delivers at least once and retries
 * a batch that was not answered 2xx, so every event is keyed by its `sg_event_id`), and an index of sends by
 * recipient address, which GDPR export and erasure and the soft-bounce count look sends up by.
 */
export class CrmEmailWebhook1764547200000 implements MigrationInterface {
  name = 'CrmEmailWebhook1764547200000';

  async up(q: QueryRunner): Promise<void> {
    const s = quotedSchema(q);
    await q.query(`
      CREATE TABLE ${s}."email_webhook_events" (
        "workspace_id" uuid NOT NULL,
        "sg_event_id" varchar(100) NOT NULL,
        "event" varchar(30) NOT NULL,
        "received_at" timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY ("workspace_id", "sg_event_id")
      )`);
    // Pruning deletes the oldest rows first (SendGrid stops retrying after 24 hours; rows are kept for days).
    await q.query(`CREATE INDEX "email_webhook_events_received_idx" ON ${s}."email_webhook_events" ("received_at")`);
    await q.query(
      `CREATE INDEX "email_sends_to_email_idx" ON ${s}."email_sends" ("workspace_id", "to_email") WHERE "to_email" IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    const s = quotedSchema(q);
    await q.query(`DROP INDEX IF EXISTS ${s}."email_sends_to_email_idx"`);
    await q.query(`DROP TABLE IF EXISTS ${s}."email_webhook_events"`);
  }
}
