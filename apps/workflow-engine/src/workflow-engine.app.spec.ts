import { expectServiceBootsAlone } from '@mab/testing';
import { workflowEngineApp } from './workflow-engine.app';

describe('workflow-engine service', () => {
  it('boots against a fresh database, creates only its own schema, reports ready and closes', async () => {
    await expectServiceBootsAlone(workflowEngineApp);
  });
});
