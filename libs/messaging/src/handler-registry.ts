import { Injectable } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { findCommandContract, subscriptionsOf, type AnyCommandContract, type MessageEnvelope } from '@mab/contracts';
import { COMMAND_HANDLER_METADATA, EVENT_HANDLER_METADATA, type EventHandlerMetadata } from './handler.decorators';
import { topicMatches } from './topology';

export interface EventHandlerRef {
  pattern: string;
  /** The handler's inbox key. */
  consumer: string;
  /** False: this handler skips the event (no transaction, no inbox row). */
  accepts(envelope: MessageEnvelope): boolean;
  invoke(payload: object, context: object): Promise<unknown>;
}

export interface CommandHandlerRef {
  contract: AnyCommandContract;
  invoke(payload: object, context: object): Promise<unknown>;
}

/**
 * The application's @OnEvent and @OnCommand methods, found once at bootstrap among every provider. Refuses what
 * cannot work: a command without a contract, two handlers for one command, an event pattern no subscription in
 * @mab/contracts declares (producers would not create its queue binding, so events would be lost).
 */
@Injectable()
export class HandlerRegistry {
  private eventHandlers: EventHandlerRef[] = [];
  private readonly commandHandlers = new Map<string, CommandHandlerRef>();
  private discovered = false;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  get eventPatterns(): string[] {
    return [...new Set(this.eventHandlers.map((h) => h.pattern))];
  }

  get commandNames(): string[] {
    return [...this.commandHandlers.keys()];
  }

  eventHandlersFor(envelope: MessageEnvelope): EventHandlerRef[] {
    return this.eventHandlers.filter((h) => topicMatches(h.pattern, envelope.name) && h.accepts(envelope));
  }

  commandHandler(name: string): CommandHandlerRef | undefined {
    return this.commandHandlers.get(name);
  }

  /** Collects handlers from every provider (once). */
  discover(): void {
    if (this.discovered) return;
    this.discovered = true;
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object' || !wrapper.isDependencyTreeStatic()) continue;
      const prototype = Object.getPrototypeOf(instance);
      for (const method of this.scanner.getAllMethodNames(prototype)) {
        const fn = prototype[method] as (...args: unknown[]) => unknown;
        const invoke = async (payload: object, context: object) => fn.call(instance, payload, context);
        const event = this.reflector.get<EventHandlerMetadata>(EVENT_HANDLER_METADATA, fn);
        if (event) {
          const when = event.when
            ? (instance[event.when] as ((name: string, envelope: MessageEnvelope) => boolean) | undefined)
            : undefined;
          if (event.when && typeof when !== 'function')
            throw new Error(`${instance.constructor.name}.${method}: when names no method "${event.when}"`);
          this.eventHandlers.push({
            pattern: event.pattern,
            consumer: event.consumer ?? `${instance.constructor.name}.${method}`,
            accepts: when ? (envelope) => when.call(instance, envelope.name, envelope) : () => true,
            invoke,
          });
        }
        const contract = this.reflector.get<AnyCommandContract>(COMMAND_HANDLER_METADATA, fn);
        if (contract) this.addCommandHandler(contract, invoke);
      }
    }
  }

  /** Throws unless every handled event pattern is declared as a subscription of `service`. */
  assertSubscriptionsDeclared(service: string): void {
    const declared = subscriptionsOf(service);
    const undeclared = this.eventPatterns.filter((p) => !declared.includes(p));
    if (undeclared.length) {
      throw new Error(
        `${service} handles ${undeclared.join(', ')} but @mab/contracts declares no such subscription; ` +
          'add defineSubscription() so producers create the queue binding before they publish',
      );
    }
  }

  private addCommandHandler(contract: AnyCommandContract, invoke: CommandHandlerRef['invoke']): void {
    // The registry is the source of truth: a contract object that was never defined (or defined twice) is a bug.
    if (findCommandContract(contract.name) !== contract) {
      throw new Error(`@OnCommand(${contract.name}) has no contract registered in @mab/contracts`);
    }
    if (this.commandHandlers.has(contract.name)) throw new Error(`two handlers for command ${contract.name}`);
    this.commandHandlers.set(contract.name, { contract, invoke });
  }
}
