import { expectServiceBootsAlone } from '@mab/testing';
import { templateService } from './template.service';

describe('template service', () => {
  it('boots against a fresh database, creates only its own schema, reports ready and closes', async () => {
    await expectServiceBootsAlone(templateService);
  });
});
