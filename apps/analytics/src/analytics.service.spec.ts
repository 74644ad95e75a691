import { expectServiceBootsAlone } from '@mab/testing';
import { analyticsService } from './analytics.service';

describe('analytics service', () => {
  it('boots against a fresh database, creates only its own schema, reports ready and closes', async () => {
    await expectServiceBootsAlone(analyticsService);
  });
});
