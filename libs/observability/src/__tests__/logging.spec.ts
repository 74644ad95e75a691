import { Writable } from 'node:stream';
import { createRootLogger } from '../logging';
import { currentCorrelationId, runWithContext, sanitizeCorrelationId } from '../request-context';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk, _enc, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { lines, destination };
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
