import { defineBackendService } from '@mab/runtime';
import { CrmEnv } from './crm.env';
import { CRM_MIGRATIONS } from './migrations';

/** The crm service: contacts, segments, scoring, campaigns, email. Feature modules are added to `imports` as they land. */
export const crmService = defineBackendService({
  service: 'crm',
  envSchema: CrmEnv,
  migrations: CRM_MIGRATIONS,
  entities: [],
  imports: () => [],
});
