import { ApiProperty } from '@nestjs/swagger';
import { defineCommand, type CommandContract } from '../registry';
import { BACKEND_SERVICES, SERVICE_NAMES, type BackendServiceName, type ServiceName } from '../service-names';

export class PingRequest {}

export class PingReply {
  @ApiProperty({ enum: SERVICE_NAMES }) service: ServiceName;
  @ApiProperty() instance_id: string;
  @ApiProperty({ enum: ['up', 'down'] }) database: 'up' | 'down';
  @ApiProperty({ type: 'integer' }) uptime_seconds: number;
}

/** `<service>.system.ping`: answered by every backend service; the gateway's readiness asks each one. */
export const PING_COMMANDS = Object.fromEntries(
  BACKEND_SERVICES.map((service) => [
    service,
    defineCommand({
      name: `${service}.system.ping`,
      service,
      request: PingRequest,
      reply: PingReply,
      scope: 'platform',
      mutation: false,
      description: `Liveness over the broker: ${service} answers with its instance id and database state.`,
    }),
  ]),
) as Record<BackendServiceName, CommandContract<PingRequest, PingReply, 'platform', false>>;
