import { defineBackendService } from '@mab/runtime';
import { ActivitiesModule } from './activities/activities.module';
import { ContactsModule } from './contacts/contacts.module';
import { CrmConfigModule } from './crm.config';
import { CrmEnv, assertCrmProductionSafe } from './crm.env';
import { CustomFieldsModule } from './custom-fields/custom-fields.module';
import { EmailModule } from './email/email.module';
import { InvitationEmailsModule } from './email/invitations/invitation-emails.module';
import { EmailWebhookModule } from './email/webhook/email-webhook.module';
import { GdprModule } from './gdpr/gdpr.module';
import { CRM_MIGRATIONS } from './migrations';
import { ScoringModule } from './scoring/scoring.module';
import { SiteEventsModule } from './site-events/site-events.module';

/** The crm service: contacts, custom fields, activities, scoring, email (with its webhook and invitations), GDPR. */
export const crmApp = defineBackendService({
  service: 'crm',
  envSchema: CrmEnv,
  migrations: CRM_MIGRATIONS,
  features: (env) => {
    assertCrmProductionSafe(env);
    return [
      CrmConfigModule.forRoot(env),
      CustomFieldsModule,
      ContactsModule,
      ActivitiesModule,
      SiteEventsModule,
      ScoringModule,
      EmailModule,
      EmailWebhookModule,
      InvitationEmailsModule,
      GdprModule,
    ];
  },
});
