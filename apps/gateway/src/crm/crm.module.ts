import { Module } from '@nestjs/common';
import { ContactsController } from './contacts.controller';
import { CustomFieldsController } from './custom-fields.controller';

/** The CRM's public routes (the crm service). */
@Module({ controllers: [ContactsController, CustomFieldsController] })
export class CrmModule {}
