import { quotedSchema } from '@mab/persistence';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Workflows with their versions, executions and their steps.
 *
 * - A workflow row carries what triggers look up (type, key, active) so an incoming event finds its workflows by
 *   index; its definition lives in `workflow_versions`, one immutable row per version (graph without secrets, the
 *   secrets sealed apart).
 * - An execution is pinned to a version. Its `dedupe_key` (the trigger event's id) is unique per workflow: a
 *   redelivered event starts one execution, never two.
 * - Each step is a row, keyed by node and loop scope. Its status moves blocked (waiting for its inputs) → pending
 *   (due at `due_at`) → running (leased until `lease_until`) → succeeded / failed / skipped / cancelled, or waiting
 *   (a timer, a child execution). Pending and waiting rows are the engine's work queue, claimed with
 *   `FOR UPDATE SKIP LOCKED` by any replica; an expired lease is work whose worker died.
 */
export class WorkflowEngineCore1764806400000 implements MigrationInterface {
  name = 'WorkflowEngineCore1764806400000';

  async up(q: QueryRunner): Promise<void> {
    const s = quotedSchema(q);
    await q.query(`
      CREATE TABLE ${s}."workflows" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "workspace_id" uuid NOT NULL,
        "site_id" uuid,
        "name" varchar(200) NOT NULL,
        "description" text,
        "active" boolean NOT NULL DEFAULT false,
        "version" integer NOT NULL DEFAULT 1,
        "trigger_type" varchar(30) NOT NULL,
        "trigger_key" varchar(200),
        "component_ids" uuid[] NOT NULL DEFAULT '{}',
        "settings" jsonb NOT NULL DEFAULT '{}',
        "webhook_token" varchar(64) NOT NULL UNIQUE,
        "created_by" uuid,
        "created_at" timestamptz(3) NOT NULL DEFAULT now(),
        "updated_at" timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX "workflows_created_idx" ON ${s}."workflows" ("workspace_id", "created_at" DESC, "id" DESC)`,
    );
    // What every trigger looks up: the active workflows of a workspace listening to a component or an event.
    await q.query(
      `CREATE INDEX "workflows_trigger_idx" ON ${s}."workflows" ("workspace_id", "trigger_type", "trigger_key") WHERE "active"`,
    );
    await q.query(`CREATE INDEX "workflows_components_idx" ON ${s}."workflows" USING gin ("component_ids")`);

    await q.query(`
      CREATE TABLE ${s}."workflow_versions" (
        "workflow_id" uuid NOT NULL REFERENCES ${s}."workflows" ("id") ON DELETE CASCADE,
        "version" integer NOT NULL,
        "workspace_id" uuid NOT NULL,
        "graph" jsonb NOT NULL,
        "secrets" text,
        "note" varchar(300),
        "created_by" uuid,
        "created_at" timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY ("workflow_id", "version")
      )`);

    await q.query(`
      CREATE TABLE ${s}."executions" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "workspace_id" uuid NOT NULL,
        "workflow_id" uuid NOT NULL REFERENCES ${s}."workflows" ("id") ON DELETE CASCADE,
        "version" integer NOT NULL,
        "status" varchar(12) NOT NULL
          CHECK ("status" IN ('queued', 'running', 'waiting', 'completed', 'failed', 'cancelled')),
        "mode" varchar(10) NOT NULL DEFAULT 'trigger' CHECK ("mode" IN ('trigger', 'manual', 'rerun', 'child')),
        "trigger_type" varchar(30) NOT NULL,
        "trigger_data" jsonb NOT NULL DEFAULT '{}',
        "dedupe_key" varchar(250),
        "parent_execution_id" uuid,
        "parent_step_key" varchar(300),
        "depth" integer NOT NULL DEFAULT 0,
        "open_steps" integer NOT NULL DEFAULT 0,
        "error" jsonb,
        "timeout_at" timestamptz(3),
        "started_at" timestamptz(3) NOT NULL DEFAULT now(),
        "finished_at" timestamptz(3),
        "duration_ms" integer,
        "updated_at" timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE UNIQUE INDEX "executions_dedupe_key" ON ${s}."executions" ("workflow_id", "dedupe_key") WHERE "dedupe_key" IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX "executions_workflow_idx" ON ${s}."executions" ("workspace_id", "workflow_id", "started_at" DESC, "id" DESC)`,
    );
    await q.query(
      `CREATE INDEX "executions_workspace_idx" ON ${s}."executions" ("workspace_id", "started_at" DESC, "id" DESC)`,
    );
    // The sweeper's reads: executions past their timeout, and finished ones old enough to prune.
    await q.query(
      `CREATE INDEX "executions_timeout_idx" ON ${s}."executions" ("timeout_at") WHERE "status" IN ('queued', 'running', 'waiting')`,
    );
    await q.query(
      `CREATE INDEX "executions_finished_idx" ON ${s}."executions" ("finished_at") WHERE "finished_at" IS NOT NULL`,
    );
    // A workflow's concurrency limit counts its unfinished executions.
    await q.query(
      `CREATE INDEX "executions_open_idx" ON ${s}."executions" ("workflow_id", "started_at") WHERE "status" IN ('queued', 'running', 'waiting')`,
    );
    await q.query(
      `CREATE INDEX "executions_parent_idx" ON ${s}."executions" ("parent_execution_id") WHERE "parent_execution_id" IS NOT NULL`,
    );

    await q.query(`
      CREATE TABLE ${s}."execution_steps" (
        "execution_id" uuid NOT NULL REFERENCES ${s}."executions" ("id") ON DELETE CASCADE,
        "step_key" varchar(300) NOT NULL,
        "seq" bigint GENERATED ALWAYS AS IDENTITY,
        "workspace_id" uuid NOT NULL,
        "node_id" varchar(64) NOT NULL,
        "node_type" varchar(60) NOT NULL,
        "scope" varchar(250) NOT NULL DEFAULT '',
        "status" varchar(12) NOT NULL CHECK ("status" IN
          ('blocked', 'pending', 'running', 'waiting', 'succeeded', 'failed', 'skipped', 'cancelled')),
        "inputs_expected" integer NOT NULL DEFAULT 0,
        "inputs_resolved" integer NOT NULL DEFAULT 0,
        "inputs" jsonb NOT NULL DEFAULT '[]',
        "attempts" integer NOT NULL DEFAULT 0,
        "input" jsonb,
        "output" jsonb,
        "outputs_taken" text[],
        "error" jsonb,
        "state" jsonb,
        "due_at" timestamptz(3),
        "lease_until" timestamptz(3),
        "worker" varchar(100),
        "started_at" timestamptz(3),
        "finished_at" timestamptz(3),
        "duration_ms" integer,
        "created_at" timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY ("execution_id", "step_key")
      )`);
    // The work queue: due steps, oldest first, across every workspace (the engine's replicas share it).
    await q.query(
      `CREATE INDEX "execution_steps_due_idx" ON ${s}."execution_steps" ("due_at") WHERE "status" IN ('pending', 'waiting')`,
    );
    await q.query(
      `CREATE INDEX "execution_steps_lease_idx" ON ${s}."execution_steps" ("lease_until") WHERE "status" = 'running'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    const s = quotedSchema(q);
    for (const table of ['execution_steps', 'executions', 'workflow_versions', 'workflows']) {
      await q.query(`DROP TABLE IF EXISTS ${s}."${table}"`);
    }
  }
}
