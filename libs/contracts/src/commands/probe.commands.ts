import { ApiProperty } from '@nestjs/swagger';
import { OneOf, Uuid } from '../fields';
import { defineCommand, type CommandContract } from '../registry';
import { BACKEND_SERVICES, SERVICE_NAMES, type BackendServiceName, type ServiceName } from '../service-names';

export class EmitProbeRequest {
  @Uuid()
  probe_id: string;
}

export class EmitProbeReply {
  @ApiProperty({ format: 'uuid' }) probe_id: string;
  @ApiProperty({ format: 'uuid' }) event_id: string;
}

export class ProbeStatusRequest {
  @Uuid()
  probe_id: string;

  @OneOf(SERVICE_NAMES)
  from_service: ServiceName;
}

export class ProbeStatusReply {
  @ApiProperty({ format: 'uuid' }) probe_id: string;
  @ApiProperty() received: boolean;
  @ApiProperty({ type: String, nullable: true }) handled_at: string | null;
}

/**
 * Bus probes: an operator (or the end-to-end tests) asks one service to emit a probe event through its outbox, then
 * asks the others whether their inbox has it. It proves outbox, relay, exchange, queues and inbox in one round.
 */
export const EMIT_PROBE_COMMANDS = Object.fromEntries(
  BACKEND_SERVICES.map((service) => [
    service,
    defineCommand({
      name: `${service}.probe.emit`,
      service,
      request: EmitProbeRequest,
      reply: EmitProbeReply,
      scope: 'platform',
      mutation: true,
      description: `Makes ${service} publish a ${service}.probe.emitted.v1 event through its transactional outbox.`,
    }),
  ]),
) as Record<BackendServiceName, CommandContract<EmitProbeRequest, EmitProbeReply, 'platform', true>>;

export const PROBE_STATUS_COMMANDS = Object.fromEntries(
  BACKEND_SERVICES.map((service) => [
    service,
    defineCommand({
      name: `${service}.probe.status`,
      service,
      request: ProbeStatusRequest,
      reply: ProbeStatusReply,
      scope: 'platform',
      mutation: false,
      description: `Tells whether ${service} has handled a given probe event (looked up in its inbox).`,
    }),
  ]),
) as Record<BackendServiceName, CommandContract<ProbeStatusRequest, ProbeStatusReply, 'platform', false>>;
