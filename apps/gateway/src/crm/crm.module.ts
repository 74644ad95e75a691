import { Module } from '@nestjs/common';
import { ContactsController } from './contacts.controller';
import { CustomFieldsController } from './custom-fields.controller';
import { EmailController } from './email.controller';
import { EmailLinksServer } from './email-links-server';
import { ScoringController } from './scoring.controller';
import { SendGridWebhookController } from './sendgrid-webhook.controller';

/** The CRM's public routes (the crm service). */
@Module({
  controllers: [
    ContactsController,
    CustomFieldsController,
    ScoringController,
    EmailController,
    SendGridWebhookController,
  ],
  providers: [EmailLinksServer],
  exports: [EmailLinksServer],
})
export class CrmModule {}
