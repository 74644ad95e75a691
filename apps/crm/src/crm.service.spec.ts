import { expectServiceBootsAlone } from '@mab/testing';
import { crmService } from './crm.service';

describe('crm service', () => {
  it('boots against a fresh database, creates only its own schema, reports ready and closes', async () => {
    await expectServiceBootsAlone(crmService);
  });
});
