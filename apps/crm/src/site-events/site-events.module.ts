import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActivitiesModule } from '../activities/activities.module';
import { ContactsModule } from '../contacts/contacts.module';
import { KnownVisitorEntity } from './known-visitor.entity';
import { AnonymousHistoryPruner } from './anonymous-history-pruner';
import { SiteEventsHandlers } from './site-events.handlers';

/** Published sites' visitor events into the CRM. */
@Module({
  imports: [TypeOrmModule.forFeature([KnownVisitorEntity]), ContactsModule, ActivitiesModule],
  providers: [SiteEventsHandlers, AnonymousHistoryPruner],
})
export class SiteEventsModule {}
