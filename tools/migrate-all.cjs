#!/usr/bin/env node
// `npm run migrate`: applies every service's migrations (each into its own schema) and exits.
const { spawnSync } = require('node:child_process');
const path = require('node:path');
const { requireNode24 } = require('./check-services.cjs');

requireNode24();
const root = path.resolve(__dirname, '..');
for (const service of ['gateway', 'template', 'workflow-engine', 'crm', 'ai', 'analytics']) {
  const result = spawnSync(process.execPath, [path.join(root, 'dist/apps', service, 'src/main.js'), 'migrate'], {
    stdio: 'inherit',
    env: process.env,
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
