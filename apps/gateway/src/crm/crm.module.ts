import { Module } from '@nestjs/common';
import { ContactsController } from './contacts.controller';
import { CustomFieldsController } from './custom-fields.controller';
import { EmailController } from './email.controller';
import { ScoringController } from './scoring.controller';

/** The CRM's public routes (the crm service). */
@Module({ controllers: [ContactsController, CustomFieldsController, ScoringController, EmailController] })
export class CrmModule {}
