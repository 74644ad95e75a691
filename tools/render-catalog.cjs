#!/usr/bin/env node
// `npm run catalog`: rewrites the contract catalog section of docs/architecture.md from libs/contracts (built).
const { readFileSync, writeFileSync } = require('node:fs');
const path = require('node:path');
const { renderContractCatalog } = require('../dist/libs/contracts/src/index.js');

const file = path.resolve(__dirname, '../docs/architecture.md');
const start = '<!-- contract-catalog:start -->';
const end = '<!-- contract-catalog:end -->';
const doc = readFileSync(file, 'utf8');
writeFileSync(
  file,
  `${doc.slice(0, doc.indexOf(start) + start.length)}\n${renderContractCatalog()}\n${doc.slice(doc.indexOf(end))}`,
);
console.log('docs/architecture.md: contract catalog updated');
