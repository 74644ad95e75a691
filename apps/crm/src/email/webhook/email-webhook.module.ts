import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EmailModule } from '../email.module';
import { EmailWebhookEventEntity } from './email-webhook-event.entity';
import { SendGridWebhookHandlers } from './sendgrid-webhook.handlers';
import { ApplySendGridEventsUseCase } from './usecases/apply-sendgrid-events.usecase';

/** SendGrid's Event Webhook: signed delivery events applied to sends through the email event recorder. */
@Module({
  imports: [TypeOrmModule.forFeature([EmailWebhookEventEntity]), EmailModule],
  providers: [ApplySendGridEventsUseCase, SendGridWebhookHandlers],
})
export class EmailWebhookModule {}
