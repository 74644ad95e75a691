import { quotedSchema } from '@mab/persistence';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Workflow and email analytics: one row per execution and per send (their current state, so a redelivered or
 * repeated event changes nothing twice), and hourly rollups per workflow (counts and a log-scale histogram of
 * completed durations, for the p95) and per email template and workflow (sends, deliveries, unique and total opens,
 * machine opens apart, clicks, bounces, unsubscribes).
 */
export class AnalyticsWorkflowsAndEmail1765238400000 implements MigrationInterface {
  name = 'AnalyticsWorkflowsAndEmail1765238400000';

  async up(q: QueryRunner): Promise<void> {
    const s = quotedSchema(q);
    await q.query(`
      CREATE TABLE ${s}."execution_facts" (
        "workspace_id" uuid NOT NULL,
        "execution_id" uuid NOT NULL,
        "workflow_id" uuid NOT NULL,
        "started_at" timestamptz(3) NOT NULL,
        "status" varchar(12) NOT NULL DEFAULT 'running',
        "finished_at" timestamptz(3),
        "duration_ms" integer,
        PRIMARY KEY ("workspace_id", "execution_id")
      )`);
    await q.query(`
      CREATE TABLE ${s}."workflow_hours" (
        "workspace_id" uuid NOT NULL,
        "workflow_id" uuid NOT NULL,
        "hour" timestamptz NOT NULL,
        "started" integer NOT NULL DEFAULT 0,
        "completed" integer NOT NULL DEFAULT 0,
        "failed" integer NOT NULL DEFAULT 0,
        "duration_sum_ms" bigint NOT NULL DEFAULT 0,
        "durations" integer[] NOT NULL DEFAULT '{}',
        PRIMARY KEY ("workspace_id", "workflow_id", "hour")
      )`);
    await q.query(`
      CREATE TABLE ${s}."email_facts" (
        "workspace_id" uuid NOT NULL,
        "send_id" uuid NOT NULL,
        "template" varchar(80),
        "workflow_id" uuid,
        "delivered" boolean NOT NULL DEFAULT false,
        "opened" boolean NOT NULL DEFAULT false,
        "clicked" boolean NOT NULL DEFAULT false,
        "bounced" boolean NOT NULL DEFAULT false,
        "unsubscribed" boolean NOT NULL DEFAULT false,
        "sent_at" timestamptz(3),
        PRIMARY KEY ("workspace_id", "send_id")
      )`);
    await q.query(`
      CREATE TABLE ${s}."email_hours" (
        "workspace_id" uuid NOT NULL,
        "dimension" varchar(10) NOT NULL,
        "key" varchar(80) NOT NULL,
        "hour" timestamptz NOT NULL,
        "sent" integer NOT NULL DEFAULT 0,
        "delivered" integer NOT NULL DEFAULT 0,
        "unique_opens" integer NOT NULL DEFAULT 0,
        "total_opens" integer NOT NULL DEFAULT 0,
        "machine_opens" integer NOT NULL DEFAULT 0,
        "unique_clicks" integer NOT NULL DEFAULT 0,
        "total_clicks" integer NOT NULL DEFAULT 0,
        "bounced" integer NOT NULL DEFAULT 0,
        "unsubscribed" integer NOT NULL DEFAULT 0,
        PRIMARY KEY ("workspace_id", "dimension", "key", "hour")
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    const s = quotedSchema(q);
    for (const table of ['email_hours', 'email_facts', 'workflow_hours', 'execution_facts'])
      await q.query(`DROP TABLE IF EXISTS ${s}."${table}"`);
  }
}
