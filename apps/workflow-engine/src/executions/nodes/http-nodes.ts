import { Injectable } from '@nestjs/common';
import { OutboundFailure, OutboundHttp } from '../outbound/outbound-http';
import { StepFailure, done, type NodeOutcome, type NodeRun } from './node-outcome';

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_MAX_BYTES = 1_000_000;

function retryAfterMs(header: string | undefined): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

/**
 * Outbound calls: `http_request` (any public URL, with auth, a deadline and a size cap) and `notify` (Slack and
 * Discord incoming webhooks). Each request carries `Idempotency-Key: <execution id>:<step key>`, the same on every
 * attempt, for receivers that honour it; 5xx, 429 (after its Retry-After) and network failures are retried.
 */
@Injectable()
export class HttpNodes {
  constructor(private readonly http: OutboundHttp) {}

  static handles(type: string): boolean {
    return type === 'http_request' || type === 'notify';
  }

  async run(run: NodeRun): Promise<NodeOutcome> {
    const key = `${run.executionId}:${run.stepKey}`;
    const c = run.config;
    if (run.node.type === 'notify') {
      const title = typeof c.title === 'string' && c.title ? c.title : null;
      const message = String(c.text ?? '');
      const payload =
        c.channel === 'discord'
          ? { content: title ? `**${title}**\n${message}` : message, allowed_mentions: { parse: [] } }
          : { text: title ? `*${title}*\n${message}` : message };
      if (run.simulate) return done({ simulated: true, would_post: { channel: c.channel, payload } });
      const response = await this.send(
        {
          method: 'POST',
          url: String(c.webhook_url),
          headers: { 'content-type': 'application/json', 'idempotency-key': key },
          body: JSON.stringify(payload),
        },
        DEFAULT_TIMEOUT_MS,
        64_000,
        true,
        run.config.timeout_ms,
      );
      return done({ status: response.status });
    }

    const method = String(c.method ?? 'GET').toUpperCase();
    const url = new URL(String(c.url));
    for (const [name, value] of Object.entries((c.query as Record<string, unknown>) ?? {}))
      url.searchParams.set(name, String(value ?? ''));
    const headers: Record<string, string> = { 'idempotency-key': key };
    for (const [name, value] of Object.entries((c.headers as Record<string, unknown>) ?? {}))
      headers[name.toLowerCase()] = String(value ?? '');
    const auth = (c.auth as Record<string, unknown> | undefined) ?? { type: 'none' };
    if (auth.type === 'basic')
      headers.authorization = `Basic ${Buffer.from(`${String(auth.username)}:${String(auth.password)}`).toString('base64')}`;
    if (auth.type === 'bearer') headers.authorization = `Bearer ${String(auth.token)}`;
    if (auth.type === 'header') headers[String(auth.header_name).toLowerCase()] = String(auth.header_value);
    let body: string | undefined;
    if (c.body !== undefined && c.body !== null && method !== 'GET' && method !== 'HEAD') {
      if (typeof c.body === 'string') body = c.body;
      else {
        body = JSON.stringify(c.body);
        headers['content-type'] ??= 'application/json';
      }
    }
    if (run.simulate) {
      const shown = { ...headers };
      if (shown.authorization) shown.authorization = '(set)';
      return done({
        simulated: true,
        would_request: { method, url: url.toString(), headers: shown, body: c.body ?? null },
      });
    }
    const response = await this.send(
      { method, url: url.toString(), headers, body },
      DEFAULT_TIMEOUT_MS,
      typeof c.response_max_bytes === 'number' ? c.response_max_bytes : DEFAULT_MAX_BYTES,
      c.follow_redirects !== false,
      run.config.timeout_ms,
      c.fail_on_status !== false,
    );
    let parsed: unknown = response.body;
    if (/json/i.test(response.headers['content-type'] ?? '')) {
      try {
        parsed = JSON.parse(response.body);
      } catch {
        // not JSON after all: kept as text
      }
    }
    return done({ status: response.status, headers: response.headers, body: parsed, url: response.url });
  }

  private async send(
    request: { method: string; url: string; headers: Record<string, string>; body?: string },
    defaultTimeout: number,
    maxBytes: number,
    followRedirects: boolean,
    timeoutSetting: unknown,
    failOnStatus = true,
  ) {
    const timeoutMs = typeof timeoutSetting === 'number' ? timeoutSetting : defaultTimeout;
    let response;
    try {
      response = await this.http.request({ ...request, timeoutMs, maxBytes, followRedirects });
    } catch (err) {
      if (err instanceof OutboundFailure) throw new StepFailure(err.message, err.retryable);
      throw new StepFailure((err as Error).message, true);
    }
    if (failOnStatus && response.status >= 400) {
      const retryable = response.status >= 500 || response.status === 429 || response.status === 408;
      throw new StepFailure(
        `${request.method} ${new URL(request.url).host} answered ${response.status}`,
        retryable,
        { status: response.status, body: response.body.slice(0, 2000) },
        retryAfterMs(response.headers['retry-after']),
      );
    }
    return response;
  }
}
