import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, Req } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsObject, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { createHmac, randomUUID } from 'node:crypto';
import type { Request } from 'express';
import { SITE_EVENT_RECEIVED, SITE_EVENT_TYPES, type SiteEventType } from '@mab/contracts';
import { EventPublisher } from '@mab/messaging';
import { DataSource } from 'typeorm';
import { GATEWAY_ENV } from '../gateway.tokens';
import type { GatewayEnv } from '../gateway.env';
import { ApiError } from '../http/api-error';
import { Public } from '../identity/principal';
import { RateLimitGroup } from '../rate-limit/rate-limit-group';

export class PublicEventDto {
  @ApiProperty({ enum: SITE_EVENT_TYPES, example: 'form_submission' })
  @IsIn(SITE_EVENT_TYPES)
  type: SiteEventType;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  component_id?: string;

  @ApiPropertyOptional({ example: 'v_9f2c1a' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  visitor_id?: string;

  @ApiPropertyOptional({
    example: { form_data: { email: 'visitor@example.com', name: 'Vi Sitor', message: 'Hello' }, page: '/contact' },
    description: 'Free-form; a form_submission carries the form fields in data.form_data',
  })
  @IsOptional()
  @IsObject()
  data?: Record<string, unknown>;
}

export class AcceptedEventView {
  @ApiProperty({ format: 'uuid' }) event_id: string;
}

/**
 * What published sites post: no login, rate limited per IP and site, small bodies only. The event is written to
 * the gateway's outbox and acknowledged with 202; services pick it up from the broker.
 */
@ApiTags('public')
@Controller('api/public/sites')
export class PublicEventsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: EventPublisher,
    @Inject(GATEWAY_ENV) env: GatewayEnv,
  ) {
    // A key of its own, derived one-way from the gateway secret: the hash reveals nothing about the JWT key.
    this.ipHashKey = createHmac('sha256', env.JWT_SECRET).update('ip-hash-key/v1').digest();
  }

  private readonly ipHashKey: Buffer;

  @Post(':site_id/events')
  @HttpCode(202)
  @Public()
  @RateLimitGroup('ingest')
  @ApiOperation({ summary: 'Report a visitor event from a published site (page view, component view/interaction, form submission)' })
  @ApiAcceptedResponse({ type: AcceptedEventView })
  async ingest(
    @Param('site_id', new ParseUUIDPipe({ exceptionFactory: () => ApiError.notFound('site') })) siteId: string,
    @Body() dto: PublicEventDto,
    @Req() req: Request,
  ) {
    if (dto.type === 'form_submission' && typeof dto.data?.form_data !== 'object') {
      throw new ApiError(400, 'validation_failed', 'a form_submission carries the form fields in data.form_data', [
        { field: 'data.form_data', constraints: ['form_data must be an object'] },
      ]);
    }
    const eventId = randomUUID();
    await this.dataSource.transaction((manager) =>
      this.publisher.publish(
        manager,
        SITE_EVENT_RECEIVED,
        {
          event_id: eventId,
          site_id: siteId,
          type: dto.type,
          component_id: dto.component_id ?? null,
          visitor_id: dto.visitor_id ?? null,
          data: dto.data ?? {},
          ip_hash: createHmac('sha256', this.ipHashKey).update(req.ip ?? '').digest('hex').slice(0, 32),
          user_agent: req.headers['user-agent']?.slice(0, 500) ?? null,
          referrer: (req.headers.referer as string | undefined)?.slice(0, 2000) ?? null,
          received_at: new Date().toISOString(),
        },
        { eventId, workspaceId: null, userId: null },
      ),
    );
    return { event_id: eventId };
  }
}
