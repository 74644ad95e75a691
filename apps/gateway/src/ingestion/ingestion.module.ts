import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PublishedSitesModule } from '../published-sites/published-sites.module';
import { PublicEventsController } from './public-events.controller';
import { SiteEventReceiptEntity } from './site-event-receipt.entity';
import { SiteEventReceiptsPruner } from './site-event-receipts.pruner';
import { RecordSiteEventUseCase } from './usecases/record-site-event.usecase';

/** Public ingestion of published sites' visitor events. */
@Module({
  imports: [PublishedSitesModule, TypeOrmModule.forFeature([SiteEventReceiptEntity])],
  controllers: [PublicEventsController],
  providers: [RecordSiteEventUseCase, SiteEventReceiptsPruner],
})
export class IngestionModule {}
