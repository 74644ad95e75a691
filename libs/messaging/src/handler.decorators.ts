import { SetMetadata } from '@nestjs/common';
import type { MessageEnvelope } from '@mab/contracts';
import type { EntityManager } from 'typeorm';

export const EVENT_HANDLER_METADATA = 'mab:event-handler';
export const COMMAND_HANDLER_METADATA = 'mab:command-handler';

export interface EventHandlerMetadata {
  /** Topic pattern over event names, e.g. `crm.contact.created.v1` or `*.probe.emitted.v1`. */
  pattern: string;
  /** Inbox key of this handler; defaults to `Class.method`. Change it and old messages count as unhandled. */
  consumer?: string;
}

/**
 * Marks a provider method as the handler of events matching `pattern`. The method runs inside a database
 * transaction that also records the message in the inbox: it must do its writes through `context.manager`
 * (and publish follow-up events with EventPublisher on that manager) so that all of it commits, or none of it.
 */
export const OnEvent = (pattern: string, options: { consumer?: string } = {}) =>
  SetMetadata(EVENT_HANDLER_METADATA, { pattern, consumer: options.consumer } satisfies EventHandlerMetadata);

/** Marks a provider method as the request/reply handler of one command (validated against its contract). */
export const OnCommand = (name: string) => SetMetadata(COMMAND_HANDLER_METADATA, { name });

export interface EventContext {
  envelope: MessageEnvelope;
  /** The transaction the inbox row was written in. */
  manager: EntityManager;
  /** 1 for the first delivery. */
  attempt: number;
}

export interface CommandContext {
  envelope: MessageEnvelope;
  workspaceId: string | null;
  userId: string | null;
  /** The caller's role in the workspace (set by the gateway); services may refine authorization with it. */
  role: string | null;
}
