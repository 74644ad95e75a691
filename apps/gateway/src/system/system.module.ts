import { Module } from '@nestjs/common';
import { SystemController } from './system.controller';

/** Routing at work: the gateway pings each backend service over the broker. */
@Module({ controllers: [SystemController] })
export class SystemModule {}
