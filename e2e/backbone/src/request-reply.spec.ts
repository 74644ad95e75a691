import { Injectable, type INestApplication } from '@nestjs/common';
import { IsString } from 'class-validator';
import { PING_COMMANDS, ServiceError, defineCommand } from '@mab/contracts';
import { OnCommand, RequestTimeoutError, ServiceClient, ServiceUnavailableError, type CommandContext } from '@mab/messaging';
import { runWithContext } from '@mab/observability';
import { DiagnosticsModule } from '@mab/runtime';
import { createTestBrokerNamespace, createTestDatabase, startRuntimeTestApp, TEST_RETRY_DELAYS_MS, type TestDatabase } from '@mab/testing';

class LookupRequest {
  @IsString()
  key: string;
}

const LOOKUP = defineCommand<LookupRequest, { key: string; workspace_id: string | null; correlation_id: string }>(
  'crm.test-lookup.get',
  'crm',
  LookupRequest,
  'test: echoes the key or fails',
);
const SLOW = defineCommand<LookupRequest, never>('crm.test-slow.get', 'crm', LookupRequest, 'test: answers too late');

@Injectable()
class LookupHandlers {
  @OnCommand(LOOKUP.name)
  async lookup(req: LookupRequest, ctx: CommandContext) {
    if (req.key === 'missing') throw ServiceError.notFound('thing', req.key);
    if (req.key === 'boom') throw new Error('database exploded with secret details');
    return { key: req.key, workspace_id: ctx.workspaceId, correlation_id: ctx.envelope.correlation_id };
  }

  @OnCommand(SLOW.name)
  async slow(): Promise<never> {
    await new Promise((r) => setTimeout(r, 1_500));
    throw new Error('too late anyway');
  }
}

describe('request/reply over the broker', () => {
  let db: TestDatabase;
  const broker = createTestBrokerNamespace('rr');
  let crm: INestApplication;
  let gateway: INestApplication;
  let client: ServiceClient;

  beforeAll(async () => {
    db = await createTestDatabase('rr');
    crm = await startRuntimeTestApp({
      service: 'crm',
      databaseUrl: db.url,
      prefix: broker.prefix,
      providers: [LookupHandlers],
      imports: [DiagnosticsModule.forService('crm', 'crm-test')],
    });
    gateway = await startRuntimeTestApp({ service: 'gateway', databaseUrl: db.url, prefix: broker.prefix });
    client = gateway.get(ServiceClient);
  });

  afterAll(async () => {
    await gateway?.close();
    await crm?.close();
    await broker.cleanup(TEST_RETRY_DELAYS_MS);
    await db?.drop();
  });

  it('answers a command with the handler result, carrying identity and correlation id', async () => {
    const reply = await runWithContext({ correlationId: 'corr-123', workspaceId: 'ws-1' }, () =>
      client.request(LOOKUP, { key: 'abc' }),
    );
    expect(reply).toEqual({ key: 'abc', workspace_id: 'ws-1', correlation_id: 'corr-123' });
  });

  it('answers the ping every service carries', async () => {
    const reply = await client.request(PING_COMMANDS.crm, {});
    expect(reply).toMatchObject({ service: 'crm', database: 'up' });
  });

  it('passes a service error through with its status and code', async () => {
    await expect(client.request(LOOKUP, { key: 'missing' })).rejects.toMatchObject({
      statusCode: 404,
      code: 'not_found',
    });
  });

  it('hides unexpected handler errors behind internal_error', async () => {
    const err = (await client.request(LOOKUP, { key: 'boom' }).catch((e: Error) => e)) as ServiceError;
    expect(err).toBeInstanceOf(ServiceError);
    expect(err).toMatchObject({ statusCode: 500, code: 'internal_error' });
    expect(err.message).not.toContain('secret');
  });

  it('rejects a request that fails its contract with validation details', async () => {
    const err = (await client.send(LOOKUP.name, { key: 42, extra: true }).catch((e: ServiceError) => e)) as ServiceError;
    expect(err).toMatchObject({ statusCode: 400, code: 'validation_failed' });
    expect(JSON.stringify(err.details)).toContain('key');
    expect(JSON.stringify(err.details)).toContain('extra');
  });

  it('times out instead of hanging when the service answers too late', async () => {
    const err = await client.request(SLOW, { key: 'x' }, { timeoutMs: 300 }).catch((e) => e);
    expect(err).toBeInstanceOf(RequestTimeoutError);
    // The gateway keeps working after a timeout.
    await expect(client.request(LOOKUP, { key: 'after' })).resolves.toMatchObject({ key: 'after' });
  });

  it('fails fast with ServiceUnavailable when no instance of the service is consuming', async () => {
    const err = await client.request(PING_COMMANDS.ai, {}, { timeoutMs: 5_000 }).catch((e) => e);
    expect(err).toBeInstanceOf(ServiceUnavailableError);
  });
});
