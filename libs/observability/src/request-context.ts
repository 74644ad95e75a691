import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/**
 * What travels with a unit of work, from the HTTP request through every message it causes and every log line on the
 * way: the correlation id, plus the authenticated identity once the gateway knows it.
 */
export interface RequestContext {
  correlationId: string;
  causationId?: string;
  workspaceId?: string | null;
  userId?: string | null;
  /** The caller's role in the workspace, once authenticated. */
  role?: string | null;
}

const storage = new AsyncLocalStorage<RequestContext>();

export function runWithContext<T>(context: RequestContext, fn: () => T): T {
  return storage.run(context, fn);
}

export function currentContext(): RequestContext | undefined {
  return storage.getStore();
}

/** The current correlation id, or a new one for work that starts here (a timer, a relay batch). */
export function currentCorrelationId(): string {
  return storage.getStore()?.correlationId ?? randomUUID();
}

/** Accepts a caller's correlation id only when it is a sane token; otherwise starts a new one. */
export function sanitizeCorrelationId(value: unknown): string {
  return typeof value === 'string' && /^[A-Za-z0-9._:-]{1,128}$/.test(value) ? value : randomUUID();
}
