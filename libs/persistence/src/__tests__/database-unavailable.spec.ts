import { createServer, type Server, type Socket } from 'node:net';
import { Client, Pool } from 'pg';
import { QueryFailedError } from 'typeorm';
import { isDatabaseUnavailableError } from '../database-unavailable';

const POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A local TCP server standing in for a database that misbehaves: `onConnection` decides what happens to sockets. */
async function fakeServer(onConnection: (socket: Socket) => void): Promise<{ url: string; server: Server }> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    onConnection(socket);
  });
  server.on('close', () => sockets.forEach((s) => s.destroy()));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `postgres://postgres@127.0.0.1:${(server.address() as { port: number }).port}/postgres`, server };
}

async function errorOf(work: () => Promise<unknown>): Promise<unknown> {
  try {
    await work();
  } catch (err) {
    return err;
  }
  throw new Error('expected the work to fail');
}

/** Runs `sql` on a fresh client and returns the error, wrapped as TypeORM wraps it. */
async function queryError(sql: string, setup = ''): Promise<unknown> {
  const client = new Client({ connectionString: POSTGRES_URL });
  await client.connect();
  try {
    if (setup) await client.query(setup);
    const err = await errorOf(() => client.query(sql));
    return new QueryFailedError(sql, [], err as Error);
  } finally {
    await client.end();
  }
}

describe('isDatabaseUnavailableError', () => {
  it('recognises a refused connection', async () => {
    const { server, url } = await fakeServer(() => undefined);
    await new Promise((resolve) => server.close(resolve)); // nothing listens on that port any more
    const err = await errorOf(() => new Client({ connectionString: url }).connect());
    expect(isDatabaseUnavailableError(err)).toBe(true);
  });

  it('recognises a connection the server drops, and a connection that cannot be made in time', async () => {
    const dropping = await fakeServer((socket) => socket.destroy());
    const silent = await fakeServer(() => undefined);
    const pool = new Pool({ connectionString: silent.url, connectionTimeoutMillis: 200, max: 1 });
    try {
      const dropped = await errorOf(() => new Client({ connectionString: dropping.url }).connect());
      expect((dropped as Error).message).toMatch(/Connection terminated unexpectedly/);
      expect(isDatabaseUnavailableError(dropped)).toBe(true);
      const timedOut = await errorOf(() => pool.query('SELECT 1'));
      expect(isDatabaseUnavailableError(timedOut)).toBe(true);
    } finally {
      await pool.end();
      dropping.server.close();
      silent.server.close();
    }
  });

  it('recognises the server ending the session (admin shutdown), also wrapped by TypeORM', async () => {
    const victim = new Client({ connectionString: POSTGRES_URL });
    victim.on('error', () => undefined);
    await victim.connect();
    const admin = new Client({ connectionString: POSTGRES_URL });
    await admin.connect();
    try {
      const [{ pid }] = (await victim.query('SELECT pg_backend_pid() AS pid')).rows;
      const running = errorOf(() => victim.query('SELECT pg_sleep(5)'));
      await new Promise((r) => setTimeout(r, 100));
      await admin.query('SELECT pg_terminate_backend($1)', [pid]);
      const err = await running;
      expect((err as { code?: string }).code).toBe('57P01');
      expect(isDatabaseUnavailableError(err)).toBe(true);
      expect(isDatabaseUnavailableError(new QueryFailedError('SELECT pg_sleep(5)', [], err as Error))).toBe(true);
    } finally {
      await admin.end();
      await victim.end().catch(() => undefined);
    }
  });

  it('recognises connection-exception and server-state SQLSTATEs', () => {
    for (const code of ['08000', '08003', '08006', '08001', '57P01', '57P02', '57P03', '53300']) {
      expect([code, isDatabaseUnavailableError(Object.assign(new Error('x'), { code }))]).toEqual([code, true]);
    }
    const perAddress = new AggregateError(
      [Object.assign(new Error('refused'), { code: 'ECONNREFUSED' })],
      'connect failed',
    );
    expect(isDatabaseUnavailableError(perAddress)).toBe(true);
  });

  it('leaves errors of the query itself alone', async () => {
    const duplicate = await queryError(
      'INSERT INTO pg_temp.t VALUES (1), (1)',
      'CREATE TEMP TABLE t (id int PRIMARY KEY)',
    );
    expect((duplicate as { code?: string }).code).toBe('23505');
    const syntax = await queryError('SELEC 1');
    expect((syntax as { code?: string }).code).toBe('42601');
    const slow = await queryError('SELECT pg_sleep(1)', 'SET statement_timeout = 50');
    expect((slow as { code?: string }).code).toBe('57014');
    for (const err of [duplicate, syntax, slow, new Error('boom'), undefined, null, 'Connection terminated', {}]) {
      expect(isDatabaseUnavailableError(err)).toBe(false);
    }
  });
});
