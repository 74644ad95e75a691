import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActivityEntity } from '../activities/activity.entity';
import { ContactEntity } from '../contacts/contact.entity';
import { CustomFieldEntity } from '../custom-fields/custom-field.entity';
import { EmailSendEntity, SuppressionEntity } from '../email/email.entities';
import { CommandResultEntity } from '../idempotency/command-result.entity';
import { ScoreChangeEntity } from '../scoring/score-change.entity';
import { KnownVisitorEntity } from '../site-events/known-visitor.entity';
import { GdprHandlers } from './gdpr.handlers';
import { EraseContactUseCase } from './usecases/erase-contact.usecase';
import { ExportContactUseCase } from './usecases/export-contact.usecase';

/**
 * A person's rights over what the crm keeps about them: export (everything as JSON) and erasure (`DELETE
 * /api/crm/contacts/{id}?erase=true`, which the contacts feature hands to EraseContactUseCase).
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      ContactEntity,
      CustomFieldEntity,
      ActivityEntity,
      EmailSendEntity,
      SuppressionEntity,
      ScoreChangeEntity,
      KnownVisitorEntity,
      CommandResultEntity,
    ]),
  ],
  providers: [ExportContactUseCase, EraseContactUseCase, GdprHandlers],
  exports: [EraseContactUseCase],
})
export class GdprModule {}
