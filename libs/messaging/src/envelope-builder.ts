import { randomUUID } from 'node:crypto';
import type { MessageEnvelope, ServiceName } from '@mab/contracts';
import { currentContext, currentCorrelationId } from '@mab/observability';

export interface EnvelopeIdentity {
  /** A stable id makes a publish idempotent (same id → one outbox row); a new uuid otherwise. */
  id?: string;
  /** Default: the workspace of the current request or message context. */
  workspaceId?: string | null;
  userId?: string | null;
}

/**
 * The one place a message envelope is made, for events (outbox) and commands (request/reply) alike: the correlation
 * id, the causing message and the authenticated identity come from the current context, so every message a request
 * or a handler causes carries them without the caller passing them along.
 */
export function buildEnvelope<T>(
  source: ServiceName,
  name: string,
  payload: T,
  identity: EnvelopeIdentity = {},
): MessageEnvelope<T> {
  const ctx = currentContext();
  return {
    id: identity.id ?? randomUUID(),
    name,
    occurred_at: new Date().toISOString(),
    correlation_id: currentCorrelationId(),
    causation_id: ctx?.causationId ?? null,
    workspace_id: identity.workspaceId !== undefined ? identity.workspaceId : (ctx?.workspaceId ?? null),
    user_id: identity.userId !== undefined ? identity.userId : (ctx?.userId ?? null),
    actor_role: ctx?.role ?? null,
    source,
    payload,
  };
}
