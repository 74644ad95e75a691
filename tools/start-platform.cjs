#!/usr/bin/env node
// `npm start`: builds (the npm script does), checks PostgreSQL and RabbitMQ, creates the database if needed, then
// starts the six services as child processes, waits until each reports ready and says where the gateway listens.
// Ctrl-C (or SIGTERM) stops them gracefully. PORT picks the gateway's port (3000); the others take the next five.
const { spawn } = require('node:child_process');
const path = require('node:path');
const http = require('node:http');
const { checkServices, requireNode24 } = require('./check-services.cjs');

requireNode24();
const root = path.resolve(__dirname, '..');
const env = { ...process.env };
env.DATABASE_URL ||= 'postgres://postgres@127.0.0.1:5432/marketing_automation';
env.AMQP_URL ||= 'amqp://guest:guest@127.0.0.1:5672';
env.REDIS_URL ||= 'redis://127.0.0.1:6379';
const gatewayPort = Number(process.env.PORT || 3000);
// Published pages, email links and webhook URLs point at the gateway, wherever PORT put it.
env.PUBLIC_BASE_URL ||= `http://localhost:${gatewayPort}`;

const SERVICES = [
  { name: 'template', port: gatewayPort + 1 },
  { name: 'workflow-engine', port: gatewayPort + 2 },
  { name: 'crm', port: gatewayPort + 3 },
  { name: 'ai', port: gatewayPort + 4 },
  { name: 'analytics', port: gatewayPort + 5 },
  { name: 'gateway', port: gatewayPort },
];
const pretty = process.env.LOG_FORMAT !== 'json';
const children = new Map();
let stopping = false;

async function ensureDatabase() {
  const { Client } = require('pg');
  const url = new URL(env.DATABASE_URL);
  const name = decodeURIComponent(url.pathname.slice(1));
  const adminUrl = new URL(env.DATABASE_URL);
  adminUrl.pathname = '/postgres';
  const client = new Client({ connectionString: adminUrl.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) {
      await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
      console.log(`created database ${name}`);
    }
  } finally {
    await client.end();
  }
}

function printLine(service, line) {
  if (!pretty) return process.stdout.write(`${line}\n`);
  try {
    const entry = JSON.parse(line);
    // Nest's module/route wiring lines are noise in a six-service console; LOG_FORMAT=json shows everything.
    if (['InstanceLoader', 'RouterExplorer', 'RoutesResolver'].includes(entry.context)) return;
    const extra = entry.err ? ` ${entry.err.message ?? ''}` : '';
    const context = entry.context ? `[${entry.context}] ` : '';
    process.stdout.write(
      `${service.padEnd(16)} ${String(entry.level).padEnd(5)} ${context}${entry.msg ?? ''}${extra}\n`,
    );
  } catch {
    process.stdout.write(`${service.padEnd(16)} ${line}\n`);
  }
}

function startService({ name, port }) {
  const child = spawn(process.execPath, [path.join(root, 'dist/apps', name, 'src/main.js')], {
    cwd: root,
    env: { ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout, child.stderr]) {
    let buffered = '';
    stream.on('data', (chunk) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop();
      for (const line of lines) if (line.trim()) printLine(name, line);
    });
  }
  child.on('exit', (code, signal) => {
    children.delete(name);
    if (!stopping) {
      console.error(`\n${name} exited (${signal ?? `code ${code}`}); stopping the platform.`);
      shutdown(1);
    }
  });
  children.set(name, child);
}

function ready(port) {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port, path: '/health/ready', timeout: 3000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => {
      req.destroy();
      resolve(false);
    });
  });
}

async function waitReady(service, deadline) {
  while (Date.now() < deadline) {
    if (stopping) return false;
    if (await ready(service.port)) return true;
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}

function shutdown(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children.values()) child.kill('SIGTERM');
  const force = setTimeout(() => {
    for (const child of children.values()) child.kill('SIGKILL');
    process.exit(code || 1);
  }, 20_000);
  const check = setInterval(() => {
    if (children.size === 0) {
      clearInterval(check);
      clearTimeout(force);
      process.exit(code);
    }
  }, 100);
}

async function main() {
  const problems = await checkServices({
    databaseUrl: env.DATABASE_URL,
    amqpUrl: env.AMQP_URL,
    redisUrl: env.REDIS_URL,
  });
  const fatal = problems.filter((p) => !p.startsWith('Redis'));
  for (const p of problems) console.error(p);
  if (fatal.length) {
    console.error('\nCannot start: the platform needs PostgreSQL and RabbitMQ (see above).');
    process.exit(1);
  }
  await ensureDatabase();
  process.on('SIGINT', () => shutdown(0));
  process.on('SIGTERM', () => shutdown(0));
  // Backend services first (each migrates its own schema), the gateway last.
  for (const service of SERVICES) startService(service);
  const deadline = Date.now() + 90_000;
  const results = await Promise.all(SERVICES.map(async (s) => [s, await waitReady(s, deadline)]));
  const down = results.filter(([, ok]) => !ok).map(([s]) => s.name);
  if (down.length) {
    console.error(`\nnot ready after 90 s: ${down.join(', ')}; stopping.`);
    return shutdown(1);
  }
  const gateway = SERVICES.find((s) => s.name === 'gateway');
  console.log(
    `\n  Platform is up. Gateway: http://localhost:${gateway.port}  (readiness: /health/ready, metrics: /metrics)\n` +
      `  Services ready: ${SERVICES.map((s) => `${s.name} :${s.port}`).join(', ')}\n  Ctrl-C stops everything.\n`,
  );
}

main().catch((err) => {
  console.error(`npm start failed: ${err.message}`);
  shutdown(1);
});
