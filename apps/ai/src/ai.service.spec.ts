import { expectServiceBootsAlone } from '@mab/testing';
import { aiService } from './ai.service';

describe('ai service', () => {
  it('boots against a fresh database, creates only its own schema, reports ready and closes', async () => {
    await expectServiceBootsAlone(aiService);
  });
});
