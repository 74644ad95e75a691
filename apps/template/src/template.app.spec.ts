import { expectServiceBootsAlone } from '@mab/testing';
import { templateApp } from './template.app';

describe('template service', () => {
  it('boots against a fresh database, creates only its own schema, reports ready and closes', async () => {
    await expectServiceBootsAlone(templateApp);
  });
});
