#!/usr/bin/env node
// Runs before `npm start` and `npm test` (npm's pre-scripts), possibly under the system Node before Node 24 is
// installed: plain CommonJS, no dependencies. Installs the dependencies when they are missing or older than the
// lockfile, so a fresh clone needs exactly the two README commands.
const { existsSync, statSync } = require('node:fs');
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const lock = path.join(root, 'package-lock.json');
const marker = path.join(root, 'node_modules', '.package-lock.json');

function needsInstall() {
  if (!existsSync(path.join(root, 'node_modules', 'node', 'package.json'))) return 'node_modules is missing';
  if (!existsSync(marker)) return 'node_modules is incomplete';
  if (existsSync(lock) && statSync(lock).mtimeMs > statSync(marker).mtimeMs + 1000) return 'package-lock.json changed';
  return null;
}

const reason = needsInstall();
if (reason) {
  // `npm install`, not `npm ci`: the lockfile is written without registry addresses, and npm 11 then leaves other
  // platforms' optional binaries (e.g. @unrs/resolver-binding-*) out of it, which `npm ci` rejects as "out of sync".
  // `npm install` still follows the lockfile's versions.
  console.log(`[preflight] ${reason}: running npm install (once; takes a minute or two)`);
  const result = spawnSync('npm', ['install', '--no-audit', '--no-fund'], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) {
    console.error('[preflight] installing dependencies failed; see the npm output above');
    process.exit(result.status ?? 1);
  }
}
