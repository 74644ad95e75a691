import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { IdParam } from '../http/id-param';
import { Public } from '../identity/principal';
import { RateLimitGroup } from '../rate-limit/rate-limit-group';
import { AcceptedEventView, PublicEventDto } from './public-events.dto';
import { RecordSiteEventUseCase } from './usecases/record-site-event.usecase';

/** What published sites post: no login, rate limited per IP and site, small bodies only. */
@ApiTags('public')
@Controller('api/public/sites')
export class PublicEventsController {
  constructor(private readonly recordSiteEvent: RecordSiteEventUseCase) {}

  @Post(':site_id/events')
  @HttpCode(202)
  @Public()
  @RateLimitGroup('ingest')
  @ApiOperation({
    summary: 'Report a visitor event from a published site (page view, component view/interaction, form submission)',
  })
  @ApiAcceptedResponse({ type: AcceptedEventView })
  ingest(@IdParam('site_id', 'site') siteId: string, @Body() event: PublicEventDto, @Req() req: Request) {
    return this.recordSiteEvent.execute({
      siteId,
      event,
      clientIp: req.ip ?? '',
      userAgent: req.headers['user-agent'],
      referrer: req.headers.referer,
    });
  }
}
