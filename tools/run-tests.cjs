#!/usr/bin/env node
// `npm test`: type-checks and builds everything, lints (module boundaries), then runs every Nx project's Jest tests
// against the real PostgreSQL, RabbitMQ and Redis. Each test file makes its own database and broker names, so two
// runs on one machine do not interfere. Ends with one line: "N passed, N failed".
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { checkServices, requireNode24 } = require('./check-services.cjs');

requireNode24();
const root = path.resolve(__dirname, '..');
const resultsDir = path.join(root, 'tmp', 'test-results');

const NX_ENV = { NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' };

/** No step may hang a CI run: a step past its deadline is killed and counts as failed. */
const STEP_TIMEOUT_MS = 25 * 60_000;

function run(label, command, args, extraEnv = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...NX_ENV, ...extraEnv },
    timeout: STEP_TIMEOUT_MS,
    killSignal: 'SIGKILL',
  });
  if (result.error?.code === 'ETIMEDOUT')
    console.error(`\n${label} did not finish within ${STEP_TIMEOUT_MS / 60_000} minutes and was stopped.`);
  return result.status === 0;
}

async function main() {
  const problems = await checkServices({
    databaseUrl: process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    amqpUrl: process.env.TEST_AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672',
    redisUrl: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
  });
  if (problems.length) {
    for (const p of problems) console.error(p);
    console.error(
      '\nThe tests talk to real PostgreSQL, RabbitMQ and Redis; start the ones above and run npm test again.',
    );
    process.exit(1);
  }
  fs.rmSync(resultsDir, { recursive: true, force: true });
  const bin = (name) => path.join(root, 'node_modules', '.bin', name);
  const steps = [
    ['build (tsc, every app and lib)', bin('tsc'), ['-p', 'tsconfig.build.json']],
    ['path aliases in dist', bin('tsc-alias'), ['-p', 'tsconfig.build.json']],
    ['type-check tests', bin('tsc'), ['-p', 'tsconfig.spec.json', '--noEmit']],
    // The boundary rule reads Nx's cached project graph and silently skips without one (a fresh clone has none).
    ['project graph (nx)', bin('nx'), ['graph', '--file=tmp/project-graph.json']],
    ['lint (module boundaries)', bin('eslint'), ['apps', 'libs', 'tools', 'e2e', '--max-warnings=0']],
    // One formatting for everyone (width 120, .prettierrc.json): `npm run format` writes it.
    ['format (prettier --check)', bin('prettier'), ['--check', 'apps', 'libs', 'tools', 'e2e', 'bench']],
  ];
  // The catalog in docs/architecture.md is generated from libs/contracts: refreshed here on a developer's machine (so
  // adding a contract needs no extra step), only checked in CI (libs/contracts' test fails when it is stale).
  if (!process.env.CI)
    steps.splice(2, 0, [
      'contract catalog (docs/architecture.md)',
      process.execPath,
      [path.join(root, 'tools', 'render-catalog.cjs')],
    ]);
  for (const [label, command, args] of steps) {
    if (!run(label, command, args)) {
      console.error(`\n${label} failed.\n0 passed, 1 failed`);
      process.exit(1);
    }
  }
  const nodeOptions = [process.env.NODE_OPTIONS, '--experimental-vm-modules'].filter(Boolean).join(' ');
  const testsOk = run(
    'tests (nx run-many -t test)',
    bin('nx'),
    ['run-many', '-t', 'test', '--outputStyle=stream', '--skipNxCache', ...process.argv.slice(2)],
    { NODE_OPTIONS: nodeOptions, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', CI: process.env.CI ?? '' },
  );
  const totals = { passed: 0, failed: 0, skipped: 0 };
  const projects = fs.existsSync(resultsDir) ? fs.readdirSync(resultsDir) : [];
  for (const file of projects) {
    const r = JSON.parse(fs.readFileSync(path.join(resultsDir, file), 'utf8'));
    totals.passed += r.passed;
    totals.failed += r.failed;
    totals.skipped += r.skipped;
  }
  if (!testsOk && totals.failed === 0) totals.failed = 1; // a project crashed before reporting
  console.log(`\n${projects.length} test projects`);
  console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  process.exit(testsOk && totals.failed === 0 ? 0 : 1);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
