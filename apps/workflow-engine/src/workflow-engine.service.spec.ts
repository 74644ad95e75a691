import { expectServiceBootsAlone } from '@mab/testing';
import { workflowEngineService } from './workflow-engine.service';

describe('workflow-engine service', () => {
  it('boots against a fresh database, creates only its own schema, reports ready and closes', async () => {
    await expectServiceBootsAlone(workflowEngineService);
  });
});
