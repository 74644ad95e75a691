import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { SERVICE_NAMES, type ServiceName } from '@mab/contracts';
import { TEST_AMQP_URL, createTestBrokerNamespace } from './test-broker';
import { createTestDatabase, type TestDatabase } from './test-database';
import { TEST_RETRY_DELAYS_MS } from './test-service';
import { waitFor } from './wait-for';

const root = path.resolve(__dirname, '../../..');

/** The built entry point of a service, as `npm start` runs it. */
export const mainOf = (service: string) => path.join(root, 'dist/apps', service, 'src/main.js');

/** The newest modification time of the sources the build compiles (tsconfig.build.json: no tests, no libs/testing). */
function newestSource(): number {
  let newest = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== '__tests__') walk(file);
      } else if (entry.name.endsWith('.ts') && !/\.(spec|test|type-test)\.ts$/.test(entry.name)) {
        newest = Math.max(newest, statSync(file).mtimeMs);
      }
    }
  };
  for (const top of ['apps', 'libs']) {
    for (const project of readdirSync(path.join(root, top))) {
      const src = path.join(root, top, project, 'src');
      if (existsSync(src) && !(top === 'libs' && project === 'testing')) walk(src);
    }
  }
  return newest;
}

/**
 * Builds dist/ when it is missing or older than the sources (`npm test` builds first; a lone `nx test` may not
 * have), so a process test never runs yesterday's code.
 */
export function ensureBuilt(): void {
  const buildInfo = path.join(root, 'dist', '.tsbuildinfo');
  const built = SERVICE_NAMES.every((s) => existsSync(mainOf(s))) && existsSync(buildInfo);
  if (built && statSync(buildInfo).mtimeMs >= newestSource()) return;
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('build failed');
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface ServiceProcess {
  service: ServiceName;
  port: number;
  url: string;
  child: ChildProcess;
  /** Every line the process printed (JSON log lines), for assertions on logs. */
  output: string[];
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export interface PlatformOptions {
  /** Which services to run (default: all six). */
  services?: readonly ServiceName[];
  /** Extra environment for every process. */
  env?: Record<string, string>;
  label?: string;
}

export interface Platform {
  db: TestDatabase;
  prefix: string;
  gatewayUrl: string;
  /** By service name, or `<service>#<replica>` for the extra processes of a service. */
  processes: Map<string, ServiceProcess>;
  /**
   * Starts (again) one service's process, e.g. after `kill`; with `replica`, another process of the service
   * (its own port, the same database and broker), known as `<service>#<replica>`.
   */
  start(service: ServiceName, replica?: string): Promise<ServiceProcess>;
  /** Sends a signal (SIGKILL to simulate a crash) and waits for the process to exit. */
  kill(
    name: ServiceName | string,
    signal?: NodeJS.Signals,
  ): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  close(): Promise<void>;
}

/**
 * Services as they run for real: built entry points started as separate processes (as `npm start` does) on a
 * fresh database, broker namespace and Redis key prefix. For end-to-end tests through the gateway's HTTP API; they
 * may kill a process (SIGKILL) and start it again.
 */
export async function startPlatform(options: PlatformOptions = {}): Promise<Platform> {
  ensureBuilt();
  const services = options.services ?? SERVICE_NAMES;
  const label = options.label ?? 'platform';
  const db = await createTestDatabase(label);
  const broker = createTestBrokerNamespace(label);
  const redisPrefix = `test:${label}:${randomBytes(4).toString('hex')}:`;
  const processes = new Map<string, ServiceProcess>();
  const ports = new Map<string, number>();

  const start = async (service: ServiceName, replica?: string): Promise<ServiceProcess> => {
    const name = replica ? `${service}#${replica}` : service;
    const port = ports.get(name) ?? (await freePort());
    ports.set(name, port);
    const output: string[] = [];
    const child = spawn(process.execPath, [mainOf(service)], {
      cwd: root,
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'test',
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_URL: db.url,
        AMQP_URL: TEST_AMQP_URL,
        AMQP_PREFIX: broker.prefix,
        REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
        REDIS_KEY_PREFIX: redisPrefix,
        RETRY_DELAYS_MS: TEST_RETRY_DELAYS_MS.join(','),
        OUTBOX_POLL_MS: '100',
        DB_POOL_SIZE: '4',
        LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'info',
        // Tests register many users from one address; the limits themselves are tested in the gateway's suite.
        AUTH_RATE_LIMIT: '10000',
        API_RATE_LIMIT: '100000',
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const collect = (d: Buffer) => output.push(...String(d).split('\n').filter(Boolean));
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('exit', (code, signal) => resolve({ code, signal })),
    );
    const running: ServiceProcess = { service, port, url: `http://127.0.0.1:${port}`, child, output, exit };
    processes.set(name, running);
    await waitFor(
      async () => {
        if (child.exitCode !== null) throw new Error(`${service} exited: ${output.slice(-5).join('\n')}`);
        const res = await fetch(`${running.url}/health${service === 'gateway' ? '' : '/ready'}`);
        return res.status === 200;
      },
      { timeoutMs: 60_000, intervalMs: 100, what: `${service} to be ready` },
    );
    return running;
  };

  const kill = async (name: string, signal: NodeJS.Signals = 'SIGKILL') => {
    const running = processes.get(name);
    if (!running) throw new Error(`${name} is not running`);
    if (running.child.exitCode === null && running.child.signalCode === null) running.child.kill(signal);
    return running.exit;
  };

  try {
    // Backend services first (in parallel): the gateway's routes need their command queues.
    await Promise.all(services.filter((s) => s !== 'gateway').map((s) => start(s)));
    if (services.includes('gateway')) await start('gateway');
  } catch (err) {
    for (const p of processes.values()) p.child.kill('SIGKILL');
    await db.drop().catch(() => undefined);
    throw err;
  }

  return {
    db,
    prefix: broker.prefix,
    gatewayUrl: processes.get('gateway')?.url ?? '',
    processes,
    start,
    kill,
    async close() {
      await Promise.all(
        [...processes.values()].map(async (p) => {
          if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGTERM');
          const timer = setTimeout(() => p.child.kill('SIGKILL'), 15_000);
          await p.exit;
          clearTimeout(timer);
        }),
      );
      await broker.cleanup(TEST_RETRY_DELAYS_MS);
      await db.drop();
    },
  };
}
