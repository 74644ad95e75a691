import { SetMetadata } from '@nestjs/common';
import type {
  AnyCommandContract,
  CommandScope,
  EventContract,
  MessageEnvelope,
  ReplyOf,
  RequestOf,
  Role,
} from '@mab/contracts';
import type { EntityManager } from 'typeorm';

export const EVENT_HANDLER_METADATA = 'mab:event-handler';
export const COMMAND_HANDLER_METADATA = 'mab:command-handler';

export interface EventHandlerMetadata {
  /** Topic pattern over event names, e.g. `crm.contact.created.v1` or `*.probe.emitted.v1`. */
  pattern: string;
  /** Inbox key of this handler; defaults to `Class.method`. Change it and old messages count as unhandled. */
  consumer?: string;
  /** A method of the same provider asked before the handler's transaction; false skips the message (see options). */
  when?: string;
}

export interface EventContext {
  envelope: MessageEnvelope;
  /** The transaction the inbox row was written in. */
  manager: EntityManager;
  /** 1 for the first delivery. */
  attempt: number;
}

type MaybePromise<T> = T | Promise<T>;

export interface EventHandlerOptions {
  consumer?: string;
  /**
   * The name of a method of the same provider, `(eventName, envelope) => boolean`, asked before anything else
   * (the payload is not validated yet: read it defensively): a message it refuses is acknowledged with no
   * transaction and no inbox row. For a handler that cares about few of the messages its pattern brings (workflows
   * listening to chosen events, triggers that ignore page views), so the others cost nothing.
   */
  when?: string;
}

/**
 * Marks a provider method as the handler of an event (typed by its contract) or of every event matching a topic
 * pattern. The method runs inside a database transaction that also records the message in the inbox: it must do
 * its writes through `context.manager` (and publish follow-up events with EventPublisher on that manager) so that
 * all of it commits, or none of it.
 */
export function OnEvent<T extends object>(
  contract: EventContract<T>,
  options?: EventHandlerOptions,
): <M extends (payload: T, context: EventContext) => MaybePromise<void>>(
  target: object,
  key: string | symbol,
  descriptor: TypedPropertyDescriptor<M>,
) => void;
export function OnEvent(pattern: string, options?: EventHandlerOptions): MethodDecorator;
export function OnEvent(patternOrContract: string | EventContract, options: EventHandlerOptions = {}) {
  const pattern = typeof patternOrContract === 'string' ? patternOrContract : patternOrContract.name;
  return SetMetadata(EVENT_HANDLER_METADATA, {
    pattern,
    consumer: options.consumer,
    when: options.when,
  } satisfies EventHandlerMetadata);
}

type ScopeContext<S extends CommandScope> = [S] extends ['workspace']
  ? { workspaceId: string }
  : { workspaceId: string | null };

type TransactionContext<M extends boolean> = [M] extends [true]
  ? { manager: EntityManager }
  : [M] extends [false]
    ? { manager?: undefined }
    : { manager?: EntityManager };

/**
 * What a command handler receives besides the payload, shaped by its contract (`CommandContext<typeof CONTRACT>`,
 * the contract is required so no handler settles for a vaguer context): a workspace-scoped command always has its
 * workspace id (the consumer refuses one without), a command that changes state always has the transaction its
 * command-inbox row lives in.
 */
export type CommandContext<C extends AnyCommandContract> = {
  envelope: MessageEnvelope;
  userId: string | null;
  /** The caller's role in the workspace (set by the gateway); services may refine authorization with it. */
  role: Role | null;
} & ScopeContext<C['scope']> &
  TransactionContext<C['mutation']>;

/** The signature a handler of contract `C` must have: its request in, its reply (or a promise of it) out. */
export type CommandHandler<C extends AnyCommandContract> = (
  payload: RequestOf<C>,
  context: CommandContext<C>,
) => MaybePromise<ReplyOf<C>>;

/**
 * Marks a provider method as the request/reply handler of one command. The payload is validated against the
 * contract's request class before the method runs; the compiler checks the method's payload, context and reply
 * types against the contract. Commands declared `mutation: true` run in a transaction with a command-inbox row that
 * stores the reply (a redelivered command is answered again, not run again): write through `context.manager`.
 */
export function OnCommand<C extends AnyCommandContract>(contract: C) {
  return <M extends CommandHandler<C>>(
    target: object,
    key: string | symbol,
    descriptor: TypedPropertyDescriptor<M>,
  ): void => {
    SetMetadata(COMMAND_HANDLER_METADATA, contract)(target, key, descriptor);
  };
}
