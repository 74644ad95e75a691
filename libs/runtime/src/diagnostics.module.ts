import { Injectable, Module, type DynamicModule } from '@nestjs/common';
import {
  EMIT_PROBE_COMMANDS,
  PING_COMMANDS,
  PROBE_EMITTED_EVENTS,
  PROBE_EMITTED_PATTERN,
  PROBE_STATUS_COMMANDS,
  type BackendServiceName,
  type EmitProbeReply,
  type EmitProbeRequest,
  type PingReply,
  type ProbeEmittedV1,
  type ProbeStatusReply,
  type ProbeStatusRequest,
} from '@mab/contracts';
import { EventPublisher, OnCommand, OnEvent, type CommandContext, type EventContext } from '@mab/messaging';
import { InboxMessage } from '@mab/persistence';
import { DataSource } from 'typeorm';

/** The consumer name probe receipts are recorded under in the inbox. */
export const PROBE_CONSUMER = 'diagnostics.probe';

/**
 * Ping and bus-probe handlers every backend service carries. A class per service because handler names are
 * per service (`crm.system.ping`); the behaviour is the same everywhere.
 */
function diagnosticsHandlersFor(service: BackendServiceName, instanceId: string) {
  const startedAt = Date.now();

  @Injectable()
  class DiagnosticsHandlers {
    constructor(
      private readonly dataSource: DataSource,
      private readonly publisher: EventPublisher,
    ) {}

    @OnCommand(PING_COMMANDS[service])
    async ping(): Promise<PingReply> {
      const database = await this.dataSource.query('SELECT 1').then(
        () => 'up' as const,
        () => 'down' as const,
      );
      return {
        service,
        instance_id: instanceId,
        database,
        uptime_seconds: Math.round((Date.now() - startedAt) / 1000),
      };
    }

    @OnCommand(EMIT_PROBE_COMMANDS[service])
    async emitProbe(
      request: EmitProbeRequest,
      context: CommandContext<(typeof EMIT_PROBE_COMMANDS)[typeof service]>,
    ): Promise<EmitProbeReply> {
      // The probe id is the event id: emitting the same probe twice writes one outbox row.
      const envelope = await this.publisher.publish(
        context.manager,
        PROBE_EMITTED_EVENTS[service],
        { probe_id: request.probe_id, emitted_by: service },
        { eventId: request.probe_id },
      );
      return { probe_id: request.probe_id, event_id: envelope.id };
    }

    @OnCommand(PROBE_STATUS_COMMANDS[service])
    async probeStatus(request: ProbeStatusRequest): Promise<ProbeStatusReply> {
      const row = await this.dataSource.getRepository(InboxMessage).findOne({
        where: {
          consumer: PROBE_CONSUMER,
          messageId: request.probe_id,
          name: `${request.from_service}.probe.emitted.v1`,
        },
      });
      return { probe_id: request.probe_id, received: !!row, handled_at: row?.handledAt.toISOString() ?? null };
    }

    /** The inbox row written around this call is the receipt; nothing else to do. */
    @OnEvent(PROBE_EMITTED_PATTERN, { consumer: PROBE_CONSUMER })
    async onProbe(_event: ProbeEmittedV1, _context: EventContext): Promise<void> {}
  }

  return DiagnosticsHandlers;
}

@Module({})
export class DiagnosticsModule {
  static forService(service: BackendServiceName, instanceId: string): DynamicModule {
    return { module: DiagnosticsModule, providers: [diagnosticsHandlersFor(service, instanceId)] };
  }
}
