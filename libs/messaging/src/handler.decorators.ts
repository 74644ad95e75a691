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

export interface CommandHandlerOptions {
  /**
   * Run the handler in a database transaction together with a command-inbox row that stores its reply: a command
   * redelivered after a lost ack (a reconnect) is answered from the stored reply and has no second effect. Use it
   * for every command that changes state, and write through `context.manager`.
   */
  transactional?: boolean;
}

/** Marks a provider method as the request/reply handler of one command (validated against its contract). */
export const OnCommand = (name: string, options: CommandHandlerOptions = {}) =>
  SetMetadata(COMMAND_HANDLER_METADATA, { name, transactional: options.transactional ?? false });

export interface EventContext {
  envelope: MessageEnvelope;
  /** The transaction the inbox row was written in. */
  manager: EntityManager;
  /** 1 for the first delivery. */
  attempt: number;
}

export interface CommandContext {
  envelope: MessageEnvelope;
  /** The command's transaction, for handlers declared `transactional` (undefined otherwise). */
  manager?: EntityManager;
  workspaceId: string | null;
  userId: string | null;
  /** The caller's role in the workspace (set by the gateway); services may refine authorization with it. */
  role: string | null;
}
