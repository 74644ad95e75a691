import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActivitiesModule } from '../activities/activities.module';
import { ContactsModule } from '../contacts/contacts.module';
import { EmailSendEntity, EmailSettingsEntity, EmailTemplateEntity, SuppressionEntity } from './email.entities';
import { EmailEventRecorder } from './events/email-event-recorder';
import { EmailDispatcher } from './sending/email-dispatcher';
import { EmailSendsHandlers } from './sending/email-sends.handlers';
import { mailTransportProvider } from './sending/mail-transport.provider';
import { MergeDataBuilder } from './sending/merge-data';
import { SendEmailUseCase } from './sending/send-email.usecase';
import { EmailSettingsHandlers } from './settings/email-settings.handlers';
import { SuppressionsHandlers } from './suppressions/suppressions.handlers';
import { EmailTemplatesHandlers } from './templates/email-templates.handlers';
import { EmailLinksHandlers } from './tracking/email-links.handlers';

/** Email: sender settings, templates, sending (SendGrid or the local sink), the record of sends, suppressions. */
@Module({
  imports: [
    TypeOrmModule.forFeature([EmailSettingsEntity, EmailTemplateEntity, EmailSendEntity, SuppressionEntity]),
    ActivitiesModule,
    ContactsModule,
  ],
  providers: [
    mailTransportProvider,
    MergeDataBuilder,
    SendEmailUseCase,
    EmailDispatcher,
    EmailSendsHandlers,
    EmailSettingsHandlers,
    EmailTemplatesHandlers,
    SuppressionsHandlers,
    EmailEventRecorder,
    EmailLinksHandlers,
  ],
  exports: [EmailEventRecorder, SendEmailUseCase, MergeDataBuilder],
})
export class EmailModule {}
