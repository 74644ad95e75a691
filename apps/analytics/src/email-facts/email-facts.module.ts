import { Module } from '@nestjs/common';
import { EmailFactsHandlers } from './email-facts.handlers';

/** Email figures by template and workflow, from the crm's events. */
@Module({ providers: [EmailFactsHandlers] })
export class EmailFactsModule {}
