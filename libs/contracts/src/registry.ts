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

export interface CommandContract<TReq extends object = object, TRes = unknown> {
  readonly kind: 'command';
  readonly name: string;
  readonly service: ServiceName;
  readonly request: ContractClass<TReq>;
  readonly description: string;
  /** Phantom type of the reply, for typed clients. */
  readonly __reply?: TRes;
}

const events = new Map<string, EventContract>();
const commands = new Map<string, CommandContract>();
const subscriptions = new Map<ServiceName, Map<string, string>>();

/** Declares a versioned event; the name is the routing key. Names are unique across the platform. */
export function defineEvent<T extends object>(
  name: string,
  producer: ServiceName,
  payload: ContractClass<T>,
  description: string,
): EventContract<T> {
  if (!EVENT_NAME_PATTERN.test(name)) throw new Error(`event name "${name}" is not <service>.<entity>.<event>.v<N>`);
  if (!name.startsWith(`${producer}.`)) throw new Error(`event "${name}" must start with its producer "${producer}."`);
  if (events.has(name)) throw new Error(`event "${name}" is defined twice`);
  const contract: EventContract<T> = { kind: 'event', name, producer, payload, description };
  events.set(name, contract as EventContract);
  return contract;
}

/** Declares a request/reply command handled by `service`. */
export function defineCommand<TReq extends object, TRes>(
  name: string,
  service: ServiceName,
  request: ContractClass<TReq>,
  description: string,
): CommandContract<TReq, TRes> {
  if (!COMMAND_NAME_PATTERN.test(name)) throw new Error(`command name "${name}" is not <service>.<entity>.<verb>`);
  if (!name.startsWith(`${service}.`)) throw new Error(`command "${name}" must start with its service "${service}."`);
  if (commands.has(name)) throw new Error(`command "${name}" is defined twice`);
  const contract: CommandContract<TReq, TRes> = { kind: 'command', name, service, request, description };
  commands.set(name, contract as CommandContract);
  return contract;
}

/**
 * Declares that `service` consumes events matching `pattern` (AMQP topic syntax). The table of subscriptions is data
 * every service shares: producers declare the consumers' queues and bindings before they publish, so an event is
 * never dropped because its consumer has not started yet; a consumer refuses to boot with a handler whose pattern is
 * not declared here.
 */
export function defineSubscription(service: ServiceName, pattern: string, description: string): void {
  if (!/^([a-z0-9-]+|\*|#)(\.([a-z0-9-]+|\*|#))*$/.test(pattern)) throw new Error(`bad subscription pattern "${pattern}"`);
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
    .flatMap(([service, patterns]) => [...patterns.entries()].map(([pattern, description]) => ({ service, pattern, description })))
    .sort((a, b) => a.service.localeCompare(b.service) || a.pattern.localeCompare(b.pattern));
}

export function findEventContract(name: string): EventContract | undefined {
  return events.get(name);
}

export function findCommandContract(name: string): CommandContract | undefined {
  return commands.get(name);
}

export function allEventContracts(): EventContract[] {
  return [...events.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export function allCommandContracts(): CommandContract[] {
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
  const errors = await validate(instance, { whitelist: true, forbidNonWhitelisted: forbidUnknown, forbidUnknownValues: false });
  return errors.length === 0 ? { ok: true, value: instance } : { ok: false, problems: flattenValidationErrors(errors) };
}
