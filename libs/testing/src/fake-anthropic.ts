import { randomBytes } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One Messages API request the fake received. */
export interface FakeAnthropicRequest {
  path: string;
  headers: IncomingHttpHeaders;
  body: {
    model?: string;
    max_tokens?: number;
    system?: string;
    messages?: { role: string; content: string }[];
    tools?: { name: string; description?: string; input_schema: Record<string, unknown> }[];
    tool_choice?: { type: string; name?: string };
  };
  status: number;
}

/** What the next request answers: a tool call with this input, a message without it, or an API error. */
export type FakeAnthropicAnswer =
  | { toolInput: unknown; usage?: { input_tokens: number; output_tokens: number } }
  | { text: string }
  | { status: number; type: string; message?: string };

export interface FakeAnthropic {
  /** Base URL for the SDK (`baseURL`, ANTHROPIC_BASE_URL); it serves `POST /v1/messages`. */
  readonly url: string;
  /** The key it accepts (as `Authorization: Bearer` or `x-api-key`). */
  readonly apiKey: string;
  readonly requests: FakeAnthropicRequest[];
  /** Answers given to the next requests, in order; past them, `fallback` answers. */
  script(...answers: FakeAnthropicAnswer[]): void;
  /** Answers a request nothing is scripted for (by default: 500 api_error). */
  fallback: (request: FakeAnthropicRequest['body']) => FakeAnthropicAnswer;
  reset(): void;
  close(): Promise<void>;
}

/**
 * A local server speaking Anthropic's Messages API (`POST /v1/messages`: the x-api-key and anthropic-version
 * headers, tool-use answers with usage, error bodies such as 529 overloaded_error), so tests exercise the
 * official SDK (its retries, timeouts and error classes) with no traffic leaving the machine.
 */
export async function startFakeAnthropic(): Promise<FakeAnthropic> {
  const apiKey = `sk-ant-test-${randomBytes(8).toString('hex')}`;
  const requests: FakeAnthropicRequest[] = [];
  let queue: FakeAnthropicAnswer[] = [];
  const fake = {
    fallback: (() => ({ status: 500, type: 'api_error', message: 'nothing scripted' })) as FakeAnthropic['fallback'],
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      let body: FakeAnthropicRequest['body'] = {};
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        // answered 400 below
      }
      const record: FakeAnthropicRequest = { path: req.url ?? '/', headers: req.headers, body, status: 200 };
      requests.push(record);
      const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
        record.status = status;
        res.writeHead(status, {
          'content-type': 'application/json',
          'request-id': `req_${randomBytes(6).toString('hex')}`,
          ...headers,
        });
        res.end(JSON.stringify(payload));
      };
      const error = (status: number, type: string, message: string) =>
        send(
          status,
          { type: 'error', error: { type, message } },
          status === 529 || status === 429 ? { 'retry-after-ms': '20' } : {},
        );
      if (req.method !== 'POST' || record.path !== '/v1/messages') return error(404, 'not_found_error', 'not found');
      // The SDK sends the key as `Authorization: Bearer` (current versions) or `x-api-key` (older ones).
      if (req.headers['x-api-key'] !== apiKey && req.headers.authorization !== `Bearer ${apiKey}`)
        return error(401, 'authentication_error', 'invalid API key');
      if (!req.headers['anthropic-version'])
        return error(400, 'invalid_request_error', 'anthropic-version is required');
      if (!body.model || !body.max_tokens || !Array.isArray(body.messages))
        return error(400, 'invalid_request_error', 'model, max_tokens and messages are required');
      const answer = queue.shift() ?? fake.fallback(body);
      if ('status' in answer) return error(answer.status, answer.type, answer.message ?? answer.type);
      const id = `msg_${randomBytes(8).toString('hex')}`;
      const usage =
        'toolInput' in answer
          ? (answer.usage ?? { input_tokens: 1200, output_tokens: 400 })
          : { input_tokens: 50, output_tokens: 10 };
      send(200, {
        id,
        type: 'message',
        role: 'assistant',
        model: body.model,
        content:
          'toolInput' in answer
            ? [
                {
                  type: 'tool_use',
                  id: `toolu_${randomBytes(8).toString('hex')}`,
                  name: body.tool_choice?.name ?? body.tools?.[0]?.name,
                  input: answer.toolInput,
                },
              ]
            : [{ type: 'text', text: answer.text }],
        stop_reason: 'toolInput' in answer ? 'tool_use' : 'end_turn',
        stop_sequence: null,
        usage,
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    apiKey,
    requests,
    script: (...answers) => void queue.push(...answers),
    get fallback() {
      return fake.fallback;
    },
    set fallback(f) {
      fake.fallback = f;
    },
    reset: () => {
      requests.length = 0;
      queue = [];
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
