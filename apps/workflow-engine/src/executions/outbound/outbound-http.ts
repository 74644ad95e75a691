import { Inject, Injectable } from '@nestjs/common';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { ENGINE_ENV } from '../../workflow-engine.config';
import type { WorkflowEngineEnv } from '../../workflow-engine.env';
import { OutboundAllowList, OutboundRefused, checkOutboundUrl, type Resolver } from './outbound-address-guard';

export interface OutboundRequest {
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  timeoutMs: number;
  maxBytes: number;
  followRedirects: boolean;
}

export interface OutboundResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** The URL that answered (after redirects). */
  url: string;
}

export class OutboundFailure extends Error {
  constructor(
    message: string,
    /** Worth another attempt later (a timeout, a reset, a 5xx or 429 answer). */
    readonly retryable: boolean,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'OutboundFailure';
  }
}

const MAX_REDIRECTS = 5;
const USER_AGENT = 'marketing-automation-workflows/1.0';

/**
 * Outbound HTTP for workflow steps (http_request, notify): every hop's address judged by the guard (redirects
 * too), the connection pinned to the judged address, a deadline for the whole exchange, and a cap on the
 * answer's size (read as it streams, so a huge answer is cut off, not buffered).
 */
@Injectable()
export class OutboundHttp {
  private readonly allow: OutboundAllowList;

  constructor(@Inject(ENGINE_ENV) env: WorkflowEngineEnv) {
    this.allow = new OutboundAllowList(env.OUTBOUND_ALLOWED_HOSTS);
  }

  /** For tests: a resolver that answers what the test says (no DNS traffic). */
  resolver?: Resolver;

  async request(req: OutboundRequest): Promise<OutboundResponse> {
    const deadline = Date.now() + req.timeoutMs;
    let method = req.method.toUpperCase();
    let url = req.url;
    let body = req.body;
    for (let hop = 0; ; hop++) {
      const target = await checkOutboundUrl(url, this.allow, this.resolver).catch((err: unknown) => {
        if (err instanceof OutboundRefused) throw new OutboundFailure(err.message, false);
        throw err;
      });
      const response = await this.once(method, target, req.headers ?? {}, body, deadline, req.maxBytes);
      const location = response.headers.location;
      if (req.followRedirects && location && [301, 302, 303, 307, 308].includes(response.status)) {
        if (hop >= MAX_REDIRECTS) throw new OutboundFailure(`more than ${MAX_REDIRECTS} redirects`, false);
        url = new URL(location, target.url).toString();
        if (response.status === 303 || ((response.status === 301 || response.status === 302) && method === 'POST')) {
          method = 'GET';
          body = undefined;
        }
        continue;
      }
      return response;
    }
  }

  private once(
    method: string,
    target: { url: URL; address: string; family: number },
    headers: Record<string, string>,
    body: string | Buffer | undefined,
    deadline: number,
    maxBytes: number,
  ): Promise<OutboundResponse> {
    const remaining = deadline - Date.now();
    if (remaining <= 0) return Promise.reject(new OutboundFailure('timed out', true));
    // Connect to the judged address whatever the name resolves to now (no DNS rebinding between check and use).
    const lookup: LookupFunction = (_host, options, callback) => {
      if ((options as { all?: boolean }).all) callback(null, [{ address: target.address, family: target.family }]);
      else callback(null, target.address, target.family);
    };
    const client = target.url.protocol === 'https:' ? https : http;
    return new Promise<OutboundResponse>((resolve, reject) => {
      const request = client.request(
        target.url,
        {
          method,
          headers: {
            'user-agent': USER_AGENT,
            ...headers,
            ...(body ? { 'content-length': Buffer.byteLength(body) } : {}),
          },
          lookup,
          timeout: remaining,
          agent: false,
        },
        (response) => {
          const chunks: Buffer[] = [];
          let size = 0;
          response.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size > maxBytes) {
              request.destroy(new OutboundFailure(`the answer is larger than ${maxBytes} bytes`, false));
              return;
            }
            chunks.push(chunk);
          });
          response.on('end', () =>
            resolve({
              status: response.statusCode ?? 0,
              headers: Object.fromEntries(
                Object.entries(response.headers).map(([k, v]) => [
                  k,
                  Array.isArray(v) ? v.join(', ') : String(v ?? ''),
                ]),
              ),
              body: Buffer.concat(chunks).toString('utf8'),
              url: target.url.toString(),
            }),
          );
          response.on('error', reject);
        },
      );
      const timer = setTimeout(() => request.destroy(new OutboundFailure('timed out', true)), remaining);
      request.on('timeout', () => request.destroy(new OutboundFailure('timed out', true)));
      request.on('error', (err) => {
        clearTimeout(timer);
        reject(err instanceof OutboundFailure ? err : new OutboundFailure(`${err.message}`, true));
      });
      request.on('close', () => clearTimeout(timer));
      if (body) request.write(body);
      request.end();
    });
  }
}
