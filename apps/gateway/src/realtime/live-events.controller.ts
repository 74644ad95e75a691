import { Controller, Sse, type MessageEvent } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { filter, interval, map, merge, takeUntil, type Observable } from 'rxjs';
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
  @ApiOperation({
    summary: 'Live events of the active workspace (text/event-stream)',
    description:
      'The same events also come over a WebSocket at `/api/ws` (authenticate the upgrade with `Authorization: Bearer`, ' +
      '`X-API-Key` or `?access_token=`; a refused upgrade answers the error body with 401 or 429). Frames are JSON ' +
      '`{event, data}`: the server sends `ready`, each domain event under its name with `{id, name, occurred_at, ' +
      'payload}`, `heartbeat`, `subscribed`, `pong` and `error`; the client may send `subscribe` / `unsubscribe` with ' +
      '`{topics: ["execution:<id>", "workflow:<id>", "site:<id>", "component:<id>", "contact:<id>"]}` (none: every ' +
      'event of the workspace) and `ping`. Close codes: 1001 shutdown, 4001 token expired, 4003 access lost, 4008 ' +
      'too slow a reader.',
  })
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
    const heartbeat = interval(this.hub.env.LIVE_HEARTBEAT_SECONDS * 1000).pipe(
      map(() => ({ type: 'heartbeat', data: { at: new Date().toISOString() } })),
    );
    // The stream ends by the rules every live connection follows (LiveEventsHub.endings).
    return merge(events, heartbeat).pipe(takeUntil(this.hub.endings(principal)));
  }
}
