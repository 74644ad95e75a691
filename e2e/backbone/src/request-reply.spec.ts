import { Injectable, type INestApplication } from '@nestjs/common';
import { IsString } from 'class-validator';
import { PING_COMMANDS, ServiceError, defineCommand } from '@mab/contracts';
import {
  OnCommand,
  RequestTimeoutError,
  ServiceClient,
  ServiceUnavailableError,
  type CommandContext,
} from '@mab/messaging';
import * as amqplib from 'amqplib';
import { Client } from 'pg';
import { randomUUID } from 'node:crypto';
import { runWithContext } from '@mab/observability';
import { DiagnosticsModule } from '@mab/runtime';
import {
  createTestBrokerNamespace,
  createTestDatabase,
  startRuntimeTestApp,
  TEST_AMQP_URL,
  TEST_RETRY_DELAYS_MS,
  waitFor,
  type TestDatabase,
} from '@mab/testing';

class LookupRequest {
  @IsString()
  key: string;
}

class LookupReply {
  key: string;
  workspace_id: string | null;
  correlation_id: string;
}

class CreatedThing {
  key: string;
  row: number;
}

const LOOKUP = defineCommand({
  name: 'crm.test-lookup.get',
  service: 'crm',
  request: LookupRequest,
  reply: LookupReply,
  scope: 'platform',
  mutation: false,
  description: 'test: echoes the key or fails',
});
const SLOW = defineCommand({
  name: 'crm.test-slow.get',
  service: 'crm',
  request: LookupRequest,
  reply: 'none',
  scope: 'platform',
  mutation: false,
  description: 'test: answers too late',
});
const IN_WORKSPACE = defineCommand({
  name: 'crm.test-scoped.get',
  service: 'crm',
  request: LookupRequest,
  reply: LookupReply,
  scope: 'workspace',
  mutation: false,
  description: 'test: needs a workspace',
});
const CREATE = defineCommand({
  name: 'crm.test-thing.create',
  service: 'crm',
  request: LookupRequest,
  reply: CreatedThing,
  scope: 'platform',
  mutation: true,
  description: 'test: creates a row',
});

@Injectable()
class LookupHandlers {
  @OnCommand(LOOKUP)
  async lookup(req: LookupRequest, ctx: CommandContext<typeof LOOKUP>) {
    if (req.key === 'missing') throw ServiceError.notFound('thing', req.key);
    if (req.key === 'boom') throw new Error('database exploded with secret details');
    if (req.key === 'db-away') {
      // A real connection failure, as a handler sees it when its database goes away.
      const client = new Client({
        connectionString: 'postgres://postgres@127.0.0.1:1/none',
        connectionTimeoutMillis: 1_000,
      });
      await client.connect();
    }
    return { key: req.key, workspace_id: ctx.workspaceId, correlation_id: ctx.envelope.correlation_id };
  }

  @OnCommand(CREATE)
  async create(req: LookupRequest, ctx: CommandContext<typeof CREATE>) {
    const [row] = await ctx.manager.query('INSERT INTO crm.things (key) VALUES ($1) RETURNING id', [req.key]);
    return { key: req.key, row: row.id };
  }

  @OnCommand(IN_WORKSPACE)
  async scoped(req: LookupRequest, ctx: CommandContext<typeof IN_WORKSPACE>) {
    return { key: req.key, workspace_id: ctx.workspaceId, correlation_id: ctx.envelope.correlation_id };
  }

  @OnCommand(SLOW)
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
    await db.query('CREATE TABLE crm.things (id serial PRIMARY KEY, key text NOT NULL)');
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

  it('answers 503 service_unavailable when the handler has lost its database, without internals', async () => {
    const err = (await client.request(LOOKUP, { key: 'db-away' }).catch((e: Error) => e)) as ServiceError;
    expect(err).toBeInstanceOf(ServiceError);
    expect(err).toMatchObject({ statusCode: 503, code: 'service_unavailable' });
    expect(err.message).not.toMatch(/127\.0\.0\.1|ECONNREFUSED/);
  });

  it('refuses a workspace command that names no workspace, and hands the workspace to the handler', async () => {
    const err = (await client.request(IN_WORKSPACE, { key: 'k' }).catch((e: Error) => e)) as ServiceError;
    expect(err).toMatchObject({ statusCode: 400, code: 'workspace_required' });
    const reply = await runWithContext({ correlationId: 'corr-ws', workspaceId: 'ws-9' }, () =>
      client.request(IN_WORKSPACE, { key: 'k' }),
    );
    expect(reply).toMatchObject({ workspace_id: 'ws-9' });
  });

  it('rejects a request that fails its contract with validation details', async () => {
    const err = (await client
      .send(LOOKUP.name, { key: 42, extra: true })
      .catch((e: ServiceError) => e)) as ServiceError;
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

  it('answers a redelivered state-changing command from its command inbox, without running it twice', async () => {
    const connection = await amqplib.connect(TEST_AMQP_URL);
    try {
      const channel = await connection.createConfirmChannel();
      const { queue } = await channel.assertQueue('', { exclusive: true });
      const replies: unknown[] = [];
      await channel.consume(queue, (m) => m && replies.push(JSON.parse(m.content.toString())), { noAck: true });
      const id = randomUUID();
      const envelope = {
        id,
        name: CREATE.name,
        occurred_at: new Date().toISOString(),
        correlation_id: 'dup-cmd',
        workspace_id: 'ws-1',
        source: 'gateway',
        payload: { key: 'only-once' },
      };
      // The same command twice, as a broker redelivers it after a lost ack.
      for (let i = 0; i < 2; i++) {
        channel.publish(`${broker.prefix}.commands`, CREATE.name, Buffer.from(JSON.stringify(envelope)), {
          messageId: id,
          correlationId: id,
          replyTo: queue,
          contentType: 'application/json',
        });
      }
      await channel.waitForConfirms();
      await waitFor(() => replies.length === 2, { what: 'two replies' });
      expect(replies[0]).toEqual(replies[1]);
      expect(replies[0]).toMatchObject({ ok: true, data: { key: 'only-once' } });
      expect(await db.query('SELECT key FROM crm.things WHERE key = $1', ['only-once'])).toHaveLength(1);
    } finally {
      await connection.close();
    }
  });
});
