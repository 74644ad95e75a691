import { quotedSchema } from '@mab/persistence';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Invitations to join a workspace; at most one pending per workspace and email. */
export class GatewayInvitations1763942400000 implements MigrationInterface {
  name = 'GatewayInvitations1763942400000';

  async up(q: QueryRunner): Promise<void> {
    const s = quotedSchema(q);
    await q.query(`
      CREATE TABLE ${s}."invitations" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "workspace_id" uuid NOT NULL REFERENCES ${s}."workspaces"("id") ON DELETE CASCADE,
        "email" varchar(320) NOT NULL,
        "role" varchar(20) NOT NULL CHECK ("role" IN ('viewer', 'member', 'admin', 'owner')),
        "token_hash" char(64) NOT NULL UNIQUE,
        "invited_by" uuid NOT NULL,
        "expires_at" timestamptz NOT NULL,
        "accepted_at" timestamptz,
        "revoked_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE UNIQUE INDEX "invitations_pending_uq" ON ${s}."invitations" ("workspace_id", "email")
       WHERE "accepted_at" IS NULL AND "revoked_at" IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS ${quotedSchema(q)}."invitations"`);
  }
}
