import { IsIn, IsUUID } from 'class-validator';
import { defineCommand, type CommandContract } from '../registry';
import { BACKEND_SERVICES, SERVICE_NAMES, type ServiceName } from '../service-names';

export class EmitProbeRequest {
  @IsUUID()
  probe_id: string;
}

export interface EmitProbeReply {
  probe_id: string;
  event_id: string;
}

export class ProbeStatusRequest {
  @IsUUID()
  probe_id: string;

  @IsIn(SERVICE_NAMES)
  from_service: ServiceName;
}

export interface ProbeStatusReply {
  probe_id: string;
  received: boolean;
  handled_at: string | null;
}

type Backend = Exclude<ServiceName, 'gateway'>;

/**
 * Bus probes: an operator (or the end-to-end tests) asks one service to emit a probe event through its outbox, then
 * asks the others whether their inbox has it. It proves outbox, relay, exchange, queues and inbox in one round.
 */
export const EMIT_PROBE_COMMANDS = Object.fromEntries(
  BACKEND_SERVICES.map((service) => [
    service,
    defineCommand<EmitProbeRequest, EmitProbeReply>(
      `${service}.probe.emit`,
      service,
      EmitProbeRequest,
      `Makes ${service} publish a ${service}.probe.emitted.v1 event through its transactional outbox.`,
    ),
  ]),
) as Record<Backend, CommandContract<EmitProbeRequest, EmitProbeReply>>;

export const PROBE_STATUS_COMMANDS = Object.fromEntries(
  BACKEND_SERVICES.map((service) => [
    service,
    defineCommand<ProbeStatusRequest, ProbeStatusReply>(
      `${service}.probe.status`,
      service,
      ProbeStatusRequest,
      `Tells whether ${service} has handled a given probe event (looked up in its inbox).`,
    ),
  ]),
) as Record<Backend, CommandContract<ProbeStatusRequest, ProbeStatusReply>>;
