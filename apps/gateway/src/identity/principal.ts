import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { Role } from '@mab/contracts';

/** Who is calling: a signed-in user in their active workspace, or an API key of a workspace. */
export interface Principal {
  kind: 'user' | 'api_key';
  /** The user, or for an API key the user who created it. */
  userId: string;
  workspaceId: string;
  role: Role;
  apiKeyId?: string;
  /** When the access token expires (ms since epoch), for long-lived connections. */
  expiresAt?: number;
}

export const PUBLIC_ROUTE = 'mab:public-route';
export const REQUIRED_ROLE = 'mab:required-role';

/** No authentication (register, login, public ingestion, health). */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/**
 * The least role a route needs. Without it, reads (GET) need `viewer` and writes need `member`, so a route
 * that forgets to say is never open to viewers for writing.
 */
export const RequireRole = (role: Role) => SetMetadata(REQUIRED_ROLE, role);

/** Only users may call it (not API keys): sessions, workspace switching, password changes. */
export const USERS_ONLY = 'mab:users-only';
export const UsersOnly = () => SetMetadata(USERS_ONLY, true);

export const CurrentPrincipal = createParamDecorator((_: unknown, ctx: ExecutionContext): Principal => {
  return ctx.switchToHttp().getRequest().principal;
});
