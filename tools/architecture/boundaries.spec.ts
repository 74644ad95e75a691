import { ESLint } from 'eslint';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

/** The module-boundary rule is the architecture's guard: these imports must stay impossible. */
describe('module boundaries (Nx tags)', () => {
  const eslint = new ESLint({ cwd: root });
  const lint = async (file: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
    return result.messages.filter((m) => m.ruleId === '@nx/enforce-module-boundaries').map((m) => m.message);
  };

  it('refuses an app importing another app by relative path', async () => {
    const problems = await lint('apps/crm/src/boundary-probe.ts', "export { gatewayService } from '../../gateway/src/gateway.service';\n");
    expect(problems.length).toBeGreaterThan(0);
  });

  it('refuses a shared library importing an app', async () => {
    const problems = await lint('libs/messaging/src/boundary-probe.ts', "export { crmService } from '../../../apps/crm/src/crm.service';\n");
    expect(problems.length).toBeGreaterThan(0);
  });

  it('refuses contracts depending on the messaging implementation', async () => {
    const problems = await lint('libs/contracts/src/boundary-probe.ts', "export { EventPublisher } from '@mab/messaging';\n");
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
