import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActivitiesModule } from '../activities/activities.module';
import { ContactsModule } from '../contacts/contacts.module';
import { KnownVisitorEntity } from './known-visitor.entity';
import { SiteEventsHandlers } from './site-events.handlers';

/** Published sites' visitor events into the CRM. */
@Module({
  imports: [TypeOrmModule.forFeature([KnownVisitorEntity]), ContactsModule, ActivitiesModule],
  providers: [SiteEventsHandlers],
})
export class SiteEventsModule {}
