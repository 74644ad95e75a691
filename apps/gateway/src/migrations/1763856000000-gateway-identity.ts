import { quotedSchema } from '@mab/persistence';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Users, workspaces, memberships, refresh-token families and API keys. */
export class GatewayIdentity1763856000000 implements MigrationInterface {
  name = 'GatewayIdentity1763856000000';

  async up(q: QueryRunner): Promise<void> {
    const s = quotedSchema(q);
    await q.query(`
      CREATE TABLE ${s}."users" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "email" varchar(320) NOT NULL UNIQUE,
        "name" varchar(200),
        "password_hash" text NOT NULL,
        "token_version" int NOT NULL DEFAULT 0,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE ${s}."workspaces" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "name" varchar(200) NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE ${s}."memberships" (
        "workspace_id" uuid NOT NULL REFERENCES ${s}."workspaces"("id") ON DELETE CASCADE,
        "user_id" uuid NOT NULL REFERENCES ${s}."users"("id") ON DELETE CASCADE,
        "role" varchar(20) NOT NULL CHECK ("role" IN ('viewer', 'member', 'admin', 'owner')),
        "created_at" timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY ("workspace_id", "user_id")
      )`);
    await q.query(`CREATE INDEX "memberships_user_idx" ON ${s}."memberships" ("user_id")`);
    await q.query(`
      CREATE TABLE ${s}."refresh_tokens" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "family_id" uuid NOT NULL,
        "user_id" uuid NOT NULL REFERENCES ${s}."users"("id") ON DELETE CASCADE,
        "workspace_id" uuid NOT NULL REFERENCES ${s}."workspaces"("id") ON DELETE CASCADE,
        "token_hash" char(64) NOT NULL UNIQUE,
        "expires_at" timestamptz NOT NULL,
        "rotated_at" timestamptz,
        "revoked_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX "refresh_tokens_family_idx" ON ${s}."refresh_tokens" ("family_id")`);
    await q.query(`CREATE INDEX "refresh_tokens_user_idx" ON ${s}."refresh_tokens" ("user_id")`);
    await q.query(`
      CREATE TABLE ${s}."api_keys" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "workspace_id" uuid NOT NULL REFERENCES ${s}."workspaces"("id") ON DELETE CASCADE,
        "name" varchar(200) NOT NULL,
        "role" varchar(20) NOT NULL CHECK ("role" IN ('viewer', 'member', 'admin')),
        "prefix" varchar(32) NOT NULL,
        "key_hash" char(64) NOT NULL UNIQUE,
        "created_by" uuid NOT NULL,
        "last_used_at" timestamptz,
        "revoked_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX "api_keys_workspace_idx" ON ${s}."api_keys" ("workspace_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    const s = quotedSchema(q);
    for (const t of ['api_keys', 'refresh_tokens', 'memberships', 'workspaces', 'users']) {
      await q.query(`DROP TABLE IF EXISTS ${s}."${t}"`);
    }
  }
}
