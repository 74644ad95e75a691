import { defineBackendService } from '@mab/runtime';
import { CrmEnv } from './crm.env';
import { CRM_MIGRATIONS } from './migrations';

/** The crm service: contacts, segments, scoring, campaigns, email. Its feature modules (`<feature>/<feature>.module.ts`) join `features` as they land. */
export const crmApp = defineBackendService({
  service: 'crm',
  envSchema: CrmEnv,
  migrations: CRM_MIGRATIONS,
  features: [],
});
