import { Controller, Get, Param, ParseEnumPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import {
  BACKEND_SERVICES,
  PING_COMMANDS,
  PageOf,
  PingReply,
  SERVICE_NAMES,
  type BackendServiceName,
  type Page,
} from '@mab/contracts';
import { ServiceClient } from '@mab/messaging';
import { ApiError } from '../http/api-error';

export class ServiceStatusView {
  @ApiProperty({ enum: SERVICE_NAMES }) service: string;
  @ApiProperty({ enum: ['up', 'down'] }) status: 'up' | 'down';
  @ApiProperty({ required: false }) instance_id?: string;
  @ApiProperty({ required: false, enum: ['up', 'down'] }) database?: 'up' | 'down';
  @ApiProperty({ required: false, type: 'integer' }) uptime_seconds?: number;
  @ApiProperty({ required: false, description: 'Why it is down (ServiceUnavailableError, RequestTimeoutError)' })
  reason?: string;
}

const ServiceStatusPage = PageOf(ServiceStatusView);

/** Where a newcomer sees routing at work: the gateway asks a service over the broker and relays the answer. */
@ApiTags('system')
@ApiBearerAuth()
@Controller('api/system/services')
export class SystemController {
  constructor(private readonly client: ServiceClient) {}

  @Get()
  @ApiOperation({ summary: 'Every backend service, pinged over the broker' })
  @ApiOkResponse({ type: ServiceStatusPage })
  async list(): Promise<Page<ServiceStatusView>> {
    const items = await Promise.all(
      BACKEND_SERVICES.map(async (service) => {
        try {
          return {
            ...(await this.client.request(PING_COMMANDS[service], {}, { timeoutMs: 2_000 })),
            status: 'up' as const,
          };
        } catch (err) {
          return { service, status: 'down' as const, reason: (err as Error).name };
        }
      }),
    );
    return { items, total: items.length, next_cursor: null };
  }

  @Get(':service/ping')
  @ApiOperation({ summary: 'Ping one service (503 when no instance runs, 504 when it does not answer in time)' })
  @ApiOkResponse({ type: PingReply })
  ping(
    @Param(
      'service',
      new ParseEnumPipe(Object.fromEntries(BACKEND_SERVICES.map((s) => [s, s])), {
        exceptionFactory: () => ApiError.notFound('service'),
      }),
    )
    service: BackendServiceName,
  ) {
    return this.client.request(PING_COMMANDS[service], {});
  }
}
