// Shared Jest preset for every Nx project. Jest stays in CommonJS mode; NestJS 12 (ESM-only) loads through
// Node 24's require(esm), which Jest only supports when NODE_OPTIONS contains --experimental-vm-modules
// (tools/run-tests.cjs sets it). Tests talk to the real PostgreSQL, RabbitMQ and Redis, so they get room.
const path = require('node:path');
const { nxPreset } = require('@nx/jest/preset');

module.exports = {
  ...nxPreset,
  testEnvironment: 'node',
  testMatch: ['**/?(*.)+(spec|test).ts'],
  moduleFileExtensions: ['ts', 'js', 'json', 'cjs', 'mjs'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: path.join(__dirname, 'tsconfig.spec.json') }],
  },
  testTimeout: 60_000,
  reporters: ['default', path.join(__dirname, 'tools', 'jest-summary-reporter.cjs')],
  // Integration suites share two cores with PostgreSQL and RabbitMQ; one worker per project keeps them honest.
  maxWorkers: 1,
};
