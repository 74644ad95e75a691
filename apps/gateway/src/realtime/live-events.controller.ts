import { Controller, Sse, type MessageEvent } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { filter, from, interval, map, merge, NEVER, switchMap, takeUntil, timer, type Observable } from 'rxjs';
import { CurrentPrincipal, type Principal } from '../identity/principal';
import { NoRateLimit } from '../rate-limit/rate-limit-group';
import { LiveEventsHub } from './live-events.hub';

@ApiTags('live')
@ApiBearerAuth()
@Controller('api/live')
export class LiveEventsController {
  constructor(private readonly hub: LiveEventsHub) {}

  /**
   * Server-sent events of the caller's workspace (execution progress, new contacts, ...). Authenticate with the
   * Authorization header, or `?access_token=` for browsers' EventSource, which cannot send headers.
   */
  @Sse()
  @NoRateLimit()
  @ApiOperation({ summary: 'Live events of the active workspace (text/event-stream)' })
  @ApiOkResponse({ description: 'event: <event name>, data: {id, name, occurred_at, payload}' })
  stream(@CurrentPrincipal() principal: Principal): Observable<MessageEvent> {
    const events = this.hub.events.pipe(
      filter((e) => e.workspace_id === principal.workspaceId),
      map((e) => ({
        id: e.id,
        type: e.name,
        data: { id: e.id, name: e.name, occurred_at: e.occurred_at, payload: e.payload },
      })),
    );
    // A comment-free heartbeat keeps proxies from closing an idle stream.
    const heartbeat = interval(25_000).pipe(map(() => ({ type: 'heartbeat', data: { at: new Date().toISOString() } })));
    // The stream ends when the access token expires (the client reconnects with a fresh one), when the user loses
    // access to the workspace, or when the gateway shuts down.
    const expired = principal.expiresAt ? timer(Math.max(0, principal.expiresAt - Date.now())) : NEVER;
    const revoked = interval(this.hub.env.LIVE_RECHECK_SECONDS * 1000).pipe(
      switchMap(() => from(this.hub.stillAllowed(principal).catch(() => true))),
      filter((allowed) => !allowed),
    );
    return merge(events, heartbeat).pipe(takeUntil(merge(this.hub.closing, expired, revoked)));
  }
}
