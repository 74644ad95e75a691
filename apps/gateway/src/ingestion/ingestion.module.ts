import { Module } from '@nestjs/common';
import { PublicEventsController } from './public-events.controller';
import { RecordSiteEventUseCase } from './usecases/record-site-event.usecase';

/** Public ingestion of published sites' visitor events. */
@Module({ controllers: [PublicEventsController], providers: [RecordSiteEventUseCase] })
export class IngestionModule {}
