import { IsIn, IsUUID } from 'class-validator';
import { defineEvent, defineSubscription, type EventContract } from '../registry';
import { BACKEND_SERVICES, SERVICE_NAMES, type BackendServiceName, type ServiceName } from '../service-names';

export class ProbeEmittedV1 {
  @IsUUID()
  probe_id: string;

  @IsIn(SERVICE_NAMES)
  emitted_by: ServiceName;
}

/** `<service>.probe.emitted.v1`: a diagnostic fact every other backend service consumes (see probe commands). */
export const PROBE_EMITTED_EVENTS = Object.fromEntries(
  BACKEND_SERVICES.map((service) => [
    service,
    defineEvent({
      name: `${service}.probe.emitted.v1`,
      producer: service,
      payload: ProbeEmittedV1,
      description: `Diagnostic probe emitted by ${service} through its outbox; consumed by every other backend service.`,
    }),
  ]),
) as Record<BackendServiceName, EventContract<ProbeEmittedV1>>;

/** Routing pattern matching every service's probe event. */
export const PROBE_EMITTED_PATTERN = '*.probe.emitted.v1';

for (const service of BACKEND_SERVICES) {
  defineSubscription(service, PROBE_EMITTED_PATTERN, 'records bus probes in its inbox (diagnostics)');
}
