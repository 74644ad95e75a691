import { Module } from '@nestjs/common';
import { LiveEventsController } from './live-events.controller';
import { LiveEventsHub } from './live-events.hub';

/** The workspace's domain events pushed to dashboards as they happen. */
@Module({ controllers: [LiveEventsController], providers: [LiveEventsHub] })
export class RealtimeModule {}
