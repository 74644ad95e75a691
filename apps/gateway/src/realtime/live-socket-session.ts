import type { MessageEnvelope } from '@mab/contracts';
import { filter, interval, type Subscription } from 'rxjs';
import type { RawData, WebSocket } from 'ws';
import { errorBody } from '../http/api-error';
import type { Principal } from '../identity/principal';
import type { LiveEnding, LiveEventsHub } from './live-events.hub';
import { LIVE_TOPICS_MAX, parseTopic, topicsOf } from './live-topics';

/**
 * Close codes a client acts on: 1001 when the gateway stops (reconnect to another instance), 4001 when the access
 * token expired (reconnect with a fresh one), 4003 when access to the workspace was lost (do not reconnect), 4008
 * when the client reads too slowly to keep up (reconnect, then catch up through the REST API).
 */
export const LIVE_SOCKET_CLOSE: Record<LiveEnding | 'slow_consumer', number> = {
  shutdown: 1001,
  token_expired: 4001,
  access_lost: 4003,
  slow_consumer: 4008,
};

/** A client further behind than this (bytes queued in the socket) is dropped rather than buffered without end. */
export const LIVE_SOCKET_MAX_BUFFERED_BYTES = 1024 * 1024;

interface ClientMessage {
  event?: unknown;
  data?: { topics?: unknown } | null;
}

/**
 * One open /api/ws connection: the workspace's events (all of them, or only the subscribed topics), a heartbeat
 * that also drops a peer that stopped answering pings, and the end by the same rules as the SSE stream.
 *
 * Frames are JSON `{event, data}` both ways, as Nest's ws adapter frames them. The client sends `subscribe` and
 * `unsubscribe` with `{topics: ["execution:<id>", ...]}`, and `ping`; the server sends `ready`, `subscribed`, each
 * domain event under its name with `{id, name, occurred_at, payload}` (the SSE stream's data), `heartbeat`, `pong`,
 * and `error` with the API's error body.
 */
export class LiveSocketSession {
  private topics = new Set<string>();
  private readonly subscriptions: Subscription[] = [];
  private answeredPing = true;

  constructor(
    private readonly socket: WebSocket,
    readonly principal: Principal,
    private readonly hub: LiveEventsHub,
  ) {}

  start(): void {
    const { socket, principal, hub } = this;
    socket.on('message', (data, isBinary) => this.onMessage(data, isBinary));
    socket.on('pong', () => (this.answeredPing = true));
    this.subscriptions.push(
      hub.events
        .pipe(filter((e) => e.workspace_id === principal.workspaceId && this.wants(e)))
        .subscribe((e) =>
          this.send(e.name, { id: e.id, name: e.name, occurred_at: e.occurred_at, payload: e.payload }),
        ),
      interval(hub.env.LIVE_HEARTBEAT_SECONDS * 1000).subscribe(() => this.heartbeat()),
      hub.endings(principal).subscribe((reason) => this.close(LIVE_SOCKET_CLOSE[reason], reason)),
    );
    this.send('ready', {
      workspace_id: principal.workspaceId,
      topics: [],
      heartbeat_seconds: hub.env.LIVE_HEARTBEAT_SECONDS,
      expires_at: principal.expiresAt ? new Date(principal.expiresAt).toISOString() : null,
    });
  }

  stop(): void {
    for (const s of this.subscriptions.splice(0)) s.unsubscribe();
  }

  private wants(envelope: MessageEnvelope): boolean {
    if (this.topics.size === 0) return true;
    return topicsOf(envelope).some((t) => this.topics.has(t));
  }

  private heartbeat(): void {
    // No pong since the last ping: the peer is gone without a close (a laptop lid, a dropped network).
    if (!this.answeredPing) return void this.socket.terminate();
    this.answeredPing = false;
    this.socket.ping();
    this.send('heartbeat', { at: new Date().toISOString() });
  }

  private onMessage(data: RawData, isBinary: boolean): void {
    let message: ClientMessage;
    try {
      if (isBinary) throw new Error('binary');
      message = JSON.parse(String(data)) as ClientMessage;
      if (typeof message !== 'object' || message === null || Array.isArray(message)) throw new Error('shape');
    } catch {
      return this.fail('bad_message', 'a message is a JSON object {"event": ..., "data": ...} sent as text');
    }
    switch (message.event) {
      case 'ping':
        return this.send('pong', { at: new Date().toISOString() });
      case 'subscribe':
      case 'unsubscribe': {
        const raw = message.data?.topics;
        if (!Array.isArray(raw) || raw.length === 0 || raw.length > LIVE_TOPICS_MAX)
          return this.fail('validation_failed', `data.topics must be a list of 1 to ${LIVE_TOPICS_MAX} topics`);
        const parsed = raw.map(parseTopic);
        const bad = raw.filter((_, i) => parsed[i] === null);
        if (bad.length)
          return this.fail(
            'invalid_topic',
            'a topic is <kind>:<uuid>, kind one of execution, workflow, site, component, contact',
            bad.slice(0, 10).map((topic) => ({ topic: String(topic).slice(0, 80) })),
          );
        const next = new Set(this.topics);
        for (const topic of parsed as string[]) {
          if (message.event === 'subscribe') next.add(topic);
          else next.delete(topic);
        }
        if (next.size > LIVE_TOPICS_MAX)
          return this.fail('too_many_topics', `a connection follows at most ${LIVE_TOPICS_MAX} topics`);
        this.topics = next;
        return this.send('subscribed', { topics: [...this.topics] });
      }
      default:
        return this.fail('unknown_event', 'event must be subscribe, unsubscribe or ping');
    }
  }

  private fail(code: string, message: string, details: unknown[] = []): void {
    this.send('error', errorBody(400, code, message, details));
  }

  private send(event: string, data: unknown): void {
    if (this.socket.readyState !== this.socket.OPEN) return;
    if (this.socket.bufferedAmount > LIVE_SOCKET_MAX_BUFFERED_BYTES)
      return this.close(LIVE_SOCKET_CLOSE.slow_consumer, 'slow_consumer');
    this.socket.send(JSON.stringify({ event, data }));
  }

  private close(code: number, reason: string): void {
    this.stop();
    if (this.socket.readyState === this.socket.OPEN || this.socket.readyState === this.socket.CONNECTING)
      this.socket.close(code, reason);
  }
}
