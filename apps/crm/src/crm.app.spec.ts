import { expectServiceBootsAlone } from '@mab/testing';
import { crmApp } from './crm.app';

describe('crm service', () => {
  it('boots against a fresh database, creates only its own schema, reports ready and closes', async () => {
    await expectServiceBootsAlone(crmApp);
  });
});
