import { messagingMigrations } from '@mab/persistence';
import { CrmContactsAndActivities1764201600000 } from './1764201600000-crm-contacts-and-activities';
import { CrmLeadScoring1764288000000 } from './1764288000000-crm-lead-scoring';
import { CrmEmail1764374400000 } from './1764374400000-crm-email';
import { CrmEmailWebhook1764547200000 } from './1764547200000-crm-email-webhook';
import { CrmContactListIndexes1764720000000 } from './1764720000000-crm-contact-list-indexes';
import { CrmEmailSendsByWorkflow1765065600000 } from './1765065600000-crm-email-sends-by-workflow';

/** Every migration of the crm schema, oldest first. */
export const CRM_MIGRATIONS: Function[] = [
  ...messagingMigrations('crm'),
  CrmContactsAndActivities1764201600000,
  CrmLeadScoring1764288000000,
  CrmEmail1764374400000,
  CrmEmailWebhook1764547200000,
  CrmContactListIndexes1764720000000,
  CrmEmailSendsByWorkflow1765065600000,
];
