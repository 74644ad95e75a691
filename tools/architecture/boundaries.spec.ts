import { ESLint } from 'eslint';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

// The rule reads Nx's cached project graph and skips silently without one: make sure it exists.
beforeAll(() => {
  const graph = spawnSync(path.join(root, 'node_modules/.bin/nx'), ['graph', '--file=tmp/project-graph.json'], {
    cwd: root,
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
    encoding: 'utf8',
  });
  if (graph.status !== 0) throw new Error(`nx graph failed: ${graph.stderr}`);
}, 60_000);

/** The module-boundary rule is the architecture's guard: these imports must stay impossible. */
describe('module boundaries (Nx tags)', () => {
  const eslint = new ESLint({ cwd: root });
  const lint = async (file: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
    return result.messages.filter((m) => m.ruleId === '@nx/enforce-module-boundaries').map((m) => m.message);
  };

  it('refuses an app importing another app by relative path', async () => {
    const problems = await lint(
      'apps/crm/src/boundary-probe.ts',
      "export { gatewayApp } from '../../gateway/src/gateway.app';\n",
    );
    expect(problems.length).toBeGreaterThan(0);
  });

  it('refuses a shared library importing an app', async () => {
    const problems = await lint(
      'libs/messaging/src/boundary-probe.ts',
      "export { crmApp } from '../../../apps/crm/src/crm.app';\n",
    );
    expect(problems.length).toBeGreaterThan(0);
  });

  it('refuses contracts depending on the messaging implementation', async () => {
    const problems = await lint(
      'libs/contracts/src/boundary-probe.ts',
      "export { EventPublisher } from '@mab/messaging';\n",
    );
    expect(problems.length).toBeGreaterThan(0);
  });

  it('allows an app to use the shared libraries', async () => {
    const problems = await lint(
      'apps/crm/src/boundary-probe.ts',
      "import { EventPublisher } from '@mab/messaging';\nimport { SERVICE_NAMES } from '@mab/contracts';\nexport const x = [EventPublisher, SERVICE_NAMES];\n",
    );
    expect(problems).toEqual([]);
  });
});

/** Tenant scoping by construction: services reach workspace rows through WorkspaceRepository only. */
describe('workspace scoping (lint)', () => {
  const eslint = new ESLint({ cwd: root });
  const lint = async (file: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
    return result.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);
  };

  it('refuses a raw repository, query builder or EntityManager query in a service', async () => {
    for (const code of [
      'export const q = (m: any) => m.getRepository(Object).find();\n',
      'export const q = (ds: any) => ds.createQueryBuilder().select().from("crm.contacts", "c");\n',
      'export const q = (ctx: any) => ctx.manager.find(Object, {});\n',
      'export const q = (manager: any) => manager.update(Object, { id: 1 }, { name: "x" });\n',
      'export class H { constructor(private dataSource: any) {} q() { return this.dataSource.query("SELECT 1"); } }\n',
    ]) {
      const problems = await lint('apps/crm/src/scoping-probe.ts', code);
      expect({ code, problems: problems.join(' ') }).toEqual({
        code,
        problems: expect.stringContaining('WorkspaceRepository'),
      });
    }
  });

  it('allows the scoped repository', async () => {
    const problems = await lint(
      'apps/crm/src/scoping-probe.ts',
      "import { WorkspaceRepository } from '@mab/persistence';\nexport const q = (m: any, ws: string) => WorkspaceRepository.of(m, Object as any, ws).find();\n",
    );
    expect(problems).toEqual([]);
  });
});
