import { expectServiceBootsAlone } from '@mab/testing';
import { analyticsApp } from './analytics.app';

describe('analytics service', () => {
  it('boots against a fresh database, creates only its own schema, reports ready and closes', async () => {
    await expectServiceBootsAlone(analyticsApp);
  });
});
