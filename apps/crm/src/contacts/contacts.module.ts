import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { GdprModule } from '../gdpr/gdpr.module';
import { CommandResultEntity } from '../idempotency/command-result.entity';
import { ContactEntity } from './contact.entity';
import { ContactsHandlers } from './contacts.handlers';
import { UpsertContactUseCase } from './usecases/upsert-contact.usecase';

/** Contacts: CRUD, upsert (API, workflows, form submissions), tags, filtered lists. */
@Module({
  imports: [TypeOrmModule.forFeature([ContactEntity, CommandResultEntity]), GdprModule],
  providers: [UpsertContactUseCase, ContactsHandlers],
  exports: [UpsertContactUseCase],
})
export class ContactsModule {}
