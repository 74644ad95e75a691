import { WebSocket } from 'ws';
import { waitFor } from './wait-for';

export interface LiveFrame {
  event: string;
  data: any;
}

export interface LiveSocketClient {
  socket: WebSocket;
  /** Every frame received, in order. */
  frames: LiveFrame[];
  /** Resolves when the socket is open, or with the HTTP status and body the upgrade was refused with. */
  opened: Promise<{ ok: true } | { ok: false; status: number; body: any }>;
  /** Resolves with the close code and reason, whoever closed. */
  closed: Promise<{ code: number; reason: string }>;
  /** Pings (WebSocket ping frames) the server sent. */
  pings: () => number;
  send(event: string, data?: unknown): void;
  /** Waits for the first frame (from `after` on) that satisfies `match`. */
  next(match: (frame: LiveFrame) => boolean, options?: { after?: number; what?: string }): Promise<LiveFrame>;
  close(): void;
}

/**
 * A real WebSocket client (the `ws` library) on the gateway's `/api/ws`, collecting `{event, data}` frames. With
 * `autoPong: false` it stops answering pings, as a vanished peer would.
 */
export function openLiveSocket(
  url: string,
  options: { headers?: Record<string, string>; autoPong?: boolean } = {},
): LiveSocketClient {
  const socket = new WebSocket(url, { headers: options.headers, autoPong: options.autoPong ?? true });
  const frames: LiveFrame[] = [];
  let pings = 0;
  socket.on('message', (data) => frames.push(JSON.parse(String(data)) as LiveFrame));
  socket.on('ping', () => (pings += 1));
  const opened = new Promise<{ ok: true } | { ok: false; status: number; body: any }>((resolve) => {
    socket.once('open', () => resolve({ ok: true }));
    socket.once('unexpected-response', (_req, res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk));
      res.on('end', () => {
        let body: unknown = text;
        try {
          body = JSON.parse(text);
        } catch {
          // not JSON: kept as text for the assertion to show
        }
        resolve({ ok: false, status: res.statusCode ?? 0, body });
      });
    });
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.once('close', (code, reason) => resolve({ code, reason: String(reason) })),
  );
  socket.on('error', () => undefined);
  return {
    socket,
    frames,
    opened,
    closed,
    pings: () => pings,
    send: (event, data) => socket.send(JSON.stringify({ event, data })),
    next: (match, { after = 0, what = 'a live frame' } = {}) =>
      waitFor(() => frames.slice(after).find(match) ?? null, { what, intervalMs: 20 }),
    close: () => socket.close(),
  };
}
