import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import { COMMAND_NAME_PATTERN, EVENT_NAME_PATTERN } from './envelope';
import type { ServiceName } from './service-names';

export type ContractClass<T = object> = new () => T;

export interface EventContract<T extends object = object> {
  readonly kind: 'event';
  readonly name: string;
  readonly producer: ServiceName;
  readonly payload: ContractClass<T>;
  readonly description: string;
}

/**
 * Who a command is for. `workspace`: it acts on one workspace's data, so it needs the workspace id the gateway
 * authenticated (its handler's context has a non-null `workspaceId`; a message without one is refused).
 * `platform`: diagnostics and catalogues that belong to no workspace.
 */
export type CommandScope = 'workspace' | 'platform';

/** A command whose handler returns nothing (the gateway answers 204). */
export type NoReply = 'none';

export interface CommandContract<
  TReq extends object = object,
  TRes = unknown,
  TScope extends CommandScope = CommandScope,
  TMutation extends boolean = boolean,
> {
  readonly kind: 'command';
  readonly name: string;
  readonly service: ServiceName;
  readonly request: ContractClass<TReq>;
  /** The reply's view class (documented in OpenAPI), or 'none'. */
  readonly reply: ContractClass<TRes> | NoReply;
  readonly scope: TScope;
  /**
   * Changes state: the handler runs in a transaction together with a command-inbox row that stores its reply, so a
   * command redelivered after a lost ack is answered from the stored reply instead of running twice.
   */
  readonly mutation: TMutation;
  readonly description: string;
}

/** Any command contract, whatever its types (for registries and routing). */
export type AnyCommandContract = CommandContract<any, any, CommandScope, boolean>;

export type RequestOf<C> = C extends CommandContract<infer R, unknown, CommandScope, boolean> ? R : never;
export type ReplyOf<C> = C extends CommandContract<any, infer R, CommandScope, boolean> ? R : never;

export interface CommandDefinition<TReq extends object, TRes, TScope extends CommandScope, TMutation extends boolean> {
  /** `<service>.<entity>.<verb>`, e.g. `template.site.create`. */
  name: string;
  service: ServiceName;
  request: ContractClass<TReq>;
  reply: ContractClass<TRes> | NoReply;
  scope: TScope;
  mutation: TMutation;
  description: string;
}

const events = new Map<string, EventContract>();
const commands = new Map<string, AnyCommandContract>();
const subscriptions = new Map<ServiceName, Map<string, string>>();

export interface EventDefinition<T extends object> {
  /** `<service>.<entity>.<event>.v<N>`, a fact in the past tense; the routing key. */
  name: string;
  producer: ServiceName;
  payload: ContractClass<T>;
  description: string;
}

/** Declares a versioned event; the name is the routing key. Names are unique across the platform. */
export function defineEvent<T extends object>(definition: EventDefinition<T>): EventContract<T> {
  const { name, producer } = definition;
  if (!EVENT_NAME_PATTERN.test(name)) throw new Error(`event name "${name}" is not <service>.<entity>.<event>.v<N>`);
  if (!name.startsWith(`${producer}.`)) throw new Error(`event "${name}" must start with its producer "${producer}."`);
  if (events.has(name)) throw new Error(`event "${name}" is defined twice`);
  const contract: EventContract<T> = { kind: 'event', ...definition };
  events.set(name, contract as EventContract);
  return contract;
}

/**
 * Declares a request/reply command. The request class validates the payload (and, used as the gateway's `@Body()`
 * or `@Query()`, the HTTP request); the reply class documents the answer; scope and mutation shape the handler's
 * context (see `@OnCommand`).
 */
export function defineCommand<
  TReq extends object,
  TRes = void,
  const TScope extends CommandScope = CommandScope,
  const TMutation extends boolean = boolean,
>(definition: CommandDefinition<TReq, TRes, TScope, TMutation>): CommandContract<TReq, TRes, TScope, TMutation> {
  const { name, service } = definition;
  if (!COMMAND_NAME_PATTERN.test(name)) throw new Error(`command name "${name}" is not <service>.<entity>.<verb>`);
  if (!name.startsWith(`${service}.`)) throw new Error(`command "${name}" must start with its service "${service}."`);
  if (commands.has(name)) throw new Error(`command "${name}" is defined twice`);
  const contract: CommandContract<TReq, TRes, TScope, TMutation> = { kind: 'command', ...definition };
  commands.set(name, contract as AnyCommandContract);
  return contract;
}

/**
 * Declares that `service` consumes events matching `pattern` (AMQP topic syntax). The table of subscriptions is data
 * every service shares: producers declare the consumers' queues and bindings before they publish, so an event is
 * never dropped because its consumer has not started yet; a consumer refuses to boot with a handler whose pattern is
 * not declared here.
 */
export function defineSubscription(service: ServiceName, pattern: string, description: string): void {
  if (!/^([a-z0-9_-]+|\*|#)(\.([a-z0-9_-]+|\*|#))*$/.test(pattern))
    throw new Error(`bad subscription pattern "${pattern}"`);
  const own = subscriptions.get(service) ?? new Map<string, string>();
  if (own.has(pattern)) throw new Error(`subscription of ${service} to "${pattern}" is defined twice`);
  own.set(pattern, description);
  subscriptions.set(service, own);
}

export function subscriptionsOf(service: string): string[] {
  return [...(subscriptions.get(service as ServiceName)?.keys() ?? [])];
}

export function allSubscriptions(): { service: ServiceName; pattern: string; description: string }[] {
  return [...subscriptions.entries()]
    .flatMap(([service, patterns]) =>
      [...patterns.entries()].map(([pattern, description]) => ({ service, pattern, description })),
    )
    .sort((a, b) => a.service.localeCompare(b.service) || a.pattern.localeCompare(b.pattern));
}

export function findEventContract(name: string): EventContract | undefined {
  return events.get(name);
}

export function findCommandContract(name: string): AnyCommandContract | undefined {
  return commands.get(name);
}

export function allEventContracts(): EventContract[] {
  return [...events.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export function allCommandContracts(): AnyCommandContract[] {
  return [...commands.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export interface ValidationProblem {
  field: string;
  constraints: string[];
}

/** class-validator's nested errors as a flat list of `{field, constraints}` (dotted paths for nested fields). */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): ValidationProblem[] {
  return errors.flatMap((e) => {
    const field = parent ? `${parent}.${e.property}` : e.property;
    const own = e.constraints ? [{ field, constraints: Object.values(e.constraints) }] : [];
    return [...own, ...flattenValidationErrors(e.children ?? [], field)];
  });
}

export type ValidationOutcome<T> = { ok: true; value: T } | { ok: false; problems: ValidationProblem[] };

/**
 * Turns a received plain object into a validated contract instance. Unknown properties are stripped (a tolerant
 * reader: a producer may add optional fields within a version) unless `forbidUnknown` is set.
 */
export async function validateContract<T extends object>(
  cls: ContractClass<T>,
  plain: unknown,
  forbidUnknown = false,
): Promise<ValidationOutcome<T>> {
  if (plain === null || typeof plain !== 'object' || Array.isArray(plain)) {
    return { ok: false, problems: [{ field: '', constraints: ['must be a JSON object'] }] };
  }
  const instance = plainToInstance(cls, plain);
  const errors = await validate(instance, {
    whitelist: true,
    forbidNonWhitelisted: forbidUnknown,
    forbidUnknownValues: false,
  });
  return errors.length === 0 ? { ok: true, value: instance } : { ok: false, problems: flattenValidationErrors(errors) };
}
