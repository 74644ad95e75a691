import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { pinoHttp, type Options } from 'pino-http';
import { createRootLogger, nestPinoParams } from '../logging';
import { currentCorrelationId, runWithContext, sanitizeCorrelationId } from '../request-context';

function capture() {
  const lines: Record<string, unknown>[] = [];
  // The text as written: JSON.parse keeps only the last of duplicate keys, so duplicates only show here.
  const raw: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, done) {
      raw.push(String(chunk));
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { lines, raw, destination };
}

describe('JSON logs with correlation ids', () => {
  it('stamps service, instance and the current context on every line', () => {
    const { lines, destination } = capture();
    const logger = createRootLogger({ service: 'crm', instanceId: 'crm-1', level: 'info', destination });
    logger.info('outside');
    runWithContext({ correlationId: 'abc-123', workspaceId: 'ws-9', userId: 'u-1' }, () => logger.info('inside'));
    expect(lines[0]).toMatchObject({ service: 'crm', instance: 'crm-1', level: 'info', msg: 'outside' });
    expect(lines[0]).not.toHaveProperty('correlation_id');
    expect(lines[1]).toMatchObject({ correlation_id: 'abc-123', workspace_id: 'ws-9', user_id: 'u-1', msg: 'inside' });
  });

  it('writes the correlation id once on HTTP access lines and request-scoped lines', async () => {
    const { lines, raw, destination } = capture();
    const logger = createRootLogger({ service: 'gateway', instanceId: 'g', level: 'info', destination });
    const httpLogger = pinoHttp(nestPinoParams(logger).pinoHttp as Options);
    // As in a service: the access logger first, then the request context (HttpObservabilityMiddleware), then the handler.
    const server = createServer((req, res) => {
      httpLogger(req, res);
      runWithContext({ correlationId: String(req.id) }, () => {
        req.log.info('handling');
        res.end('ok');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      await fetch(`http://127.0.0.1:${port}/things`, { headers: { 'X-Correlation-Id': 'corr-once' } });
      await new Promise((r) => setImmediate(r));
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    expect(lines.map((l) => [l.msg, l.correlation_id])).toEqual([
      ['handling', 'corr-once'],
      ['request completed', 'corr-once'],
    ]);
    expect(raw.map((text) => text.split('"correlation_id"').length - 1)).toEqual([1, 1]);
  });

  it('redacts secrets', () => {
    const { lines, destination } = capture();
    const logger = createRootLogger({ service: 'gateway', instanceId: 'g', level: 'info', destination });
    logger.info({ password: 'hunter2', body: { refresh_token: 'r', api_key: 'k' } }, 'login');
    const text = JSON.stringify(lines[0]);
    expect(text).not.toContain('hunter2');
    expect(text).not.toContain('"r"');
    expect(text).not.toContain('"k"');
  });

  it('accepts sane caller correlation ids and replaces anything else', () => {
    expect(sanitizeCorrelationId('req-42:a.b_c')).toBe('req-42:a.b_c');
    expect(sanitizeCorrelationId('has spaces and "quotes"')).toMatch(/^[0-9a-f-]{36}$/);
    expect(sanitizeCorrelationId('x'.repeat(500))).toMatch(/^[0-9a-f-]{36}$/);
    expect(sanitizeCorrelationId(undefined)).toMatch(/^[0-9a-f-]{36}$/);
    expect(runWithContext({ correlationId: 'kept' }, () => currentCorrelationId())).toBe('kept');
  });
});
