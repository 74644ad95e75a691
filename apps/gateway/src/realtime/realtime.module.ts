import { Module } from '@nestjs/common';
import { LiveEventsController } from './live-events.controller';
import { LiveEventsHub } from './live-events.hub';
import { LiveSocketGateway } from './live-socket.gateway';

/** The workspace's domain events pushed to dashboards as they happen: SSE at /api/live, WebSocket at /api/ws. */
@Module({ controllers: [LiveEventsController], providers: [LiveEventsHub, LiveSocketGateway] })
export class RealtimeModule {}
