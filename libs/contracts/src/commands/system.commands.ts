import { defineCommand, type CommandContract } from '../registry';
import { BACKEND_SERVICES, type ServiceName } from '../service-names';

export class PingRequest {}

export interface PingReply {
  service: ServiceName;
  instance_id: string;
  database: 'up' | 'down';
  uptime_seconds: number;
}

/** `<service>.system.ping`: answered by every backend service; the gateway's readiness asks each one. */
export const PING_COMMANDS = Object.fromEntries(
  BACKEND_SERVICES.map((service) => [
    service,
    defineCommand<PingRequest, PingReply>(
      `${service}.system.ping`,
      service,
      PingRequest,
      `Liveness over the broker: ${service} answers with its instance id and database state.`,
    ),
  ]),
) as Record<Exclude<ServiceName, 'gateway'>, CommandContract<PingRequest, PingReply>>;
