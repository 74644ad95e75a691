import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  createTestBrokerNamespace,
  createTestDatabase,
  ensureBuilt,
  TEST_RETRY_DELAYS_MS,
  waitFor,
  type TestDatabase,
} from '@mab/testing';

const root = path.resolve(__dirname, '../../..');
const MARKER = '<!-- readme-test: magic-moment -->';

/** The bash block the README marks as the magic moment, as a newcomer copies it. */
function magicMomentBlock(): string {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const at = readme.indexOf(MARKER);
  if (at < 0) throw new Error(`README.md lost its ${MARKER} block`);
  const match = /```bash\n([\s\S]*?)```/.exec(readme.slice(at));
  if (!match) throw new Error('no bash block after the marker');
  return match[1];
}

/**
 * The outputs the README shows: comment lines right under a command (or under another such line) that look like
 * output (JSON, a string, a URL). Lines with "..." stand for what differs run to run and are not compared.
 */
function shownOutputs(block: string): string[] {
  const shown: string[] = [];
  let afterCommand = false;
  for (const line of block.split('\n')) {
    const output = /^# ([[{"]|http)/.test(line);
    if (output && afterCommand) {
      const text = line.slice(2).replace(/ {3}.*$/, '');
      if (!text.includes('...')) shown.push(text);
      continue;
    }
    afterCommand = line.trim() !== '' && !line.startsWith('#');
  }
  return shown;
}

const portFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });

/** Six free ports in a row: `npm start` puts the services on the gateway's port + 1 to + 5. */
async function freePortRow(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const base = 20_000 + Math.floor(Math.random() * 20_000);
    let free = true;
    for (let i = 0; i < 6 && free; i++) free = await portFree(base + i);
    if (free) return base;
  }
  throw new Error('no six free ports in a row');
}

const tools = ['bash', 'curl', 'jq'].filter((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0);
if (tools.length && process.env.CI) throw new Error(`the README test needs ${tools.join(', ')}; .ci/run installs them`);
const describeWithTools = tools.length ? describe.skip : describe;

/**
 * The README's magic moment, run from the README itself: the platform started by `tools/start-platform.cjs` (what
 * `npm start` runs after the build) on a scratch database and broker namespace, then the block run by bash with
 * `localhost:3000` pointed at it. Every output line the README shows must be printed.
 */
describeWithTools("the README's walkthrough", () => {
  let db: TestDatabase;
  let broker: ReturnType<typeof createTestBrokerNamespace>;
  let platform: ChildProcess;
  let port: number;
  let log = '';
  const work = mkdtempSync(path.join(tmpdir(), 'readme-'));

  beforeAll(async () => {
    ensureBuilt();
    db = await createTestDatabase('readme');
    broker = createTestBrokerNamespace('readme');
    port = await freePortRow();
    platform = spawn(process.execPath, [path.join(root, 'tools/start-platform.cjs')], {
      cwd: root,
      env: {
        PATH: process.env.PATH,
        PORT: String(port),
        DATABASE_URL: db.url,
        AMQP_URL: process.env.TEST_AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672',
        AMQP_PREFIX: broker.prefix,
        REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
        REDIS_KEY_PREFIX: `${broker.prefix}:`,
        RETRY_DELAYS_MS: TEST_RETRY_DELAYS_MS.join(','),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    platform.stdout!.on('data', (d) => (log += d));
    platform.stderr!.on('data', (d) => (log += d));
    await waitFor(
      () => {
        if (platform.exitCode !== null) throw new Error(`npm start's platform exited:\n${log.slice(-2000)}`);
        return log.includes('Platform is up') || null;
      },
      { timeoutMs: 100_000, intervalMs: 200, what: 'the platform to be up' },
    );
  }, 120_000);

  afterAll(async () => {
    if (platform && platform.exitCode === null) {
      const exited = new Promise((resolve) => platform.once('exit', resolve));
      platform.kill('SIGINT');
      await exited;
    }
    await broker?.cleanup(TEST_RETRY_DELAYS_MS);
    await db?.drop();
    rmSync(work, { recursive: true, force: true });
  }, 60_000);

  it('prints what the README says, from sign-up to the counted conversion', async () => {
    const block = magicMomentBlock();
    const expected = shownOutputs(block);
    // What the README promises, at least: the execution, the email, the contact and the analytics.
    expect(expected).toEqual(
      expect.arrayContaining([
        '"completed"',
        expect.stringContaining('"Welcome to Harbor & Co., Grace!"'),
        expect.stringContaining('"source_component":true'),
        expect.stringContaining('"form_submissions":1'),
      ]),
    );
    const script = block.replaceAll('localhost:3000', `localhost:${port}`);
    writeFileSync(path.join(work, 'magic-moment.sh'), script);
    // stdin from /dev/null: with a socket there (Node's pipes are), bash believes it runs under rsh and reads bashrc.
    const run = spawnSync('bash', ['-euo', 'pipefail', 'magic-moment.sh'], {
      cwd: work,
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
      timeout: 90_000,
      env: { PATH: process.env.PATH, HOME: process.env.HOME },
    });
    const printed = run.stdout.split('\n');
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
    const missing = expected
      .map((line) => line.replaceAll('localhost:3000', `localhost:${port}`))
      .filter((line) => !printed.includes(line));
    expect({ missing, printed }).toEqual({ missing: [], printed });
  }, 120_000);
});
