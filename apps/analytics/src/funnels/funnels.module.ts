import { Module } from '@nestjs/common';
import { FunnelReport } from './funnel-report';
import { FunnelsHandlers } from './funnels.handlers';

/** Funnels: ordered steps on a site, and their per-visitor reports from the facts. */
@Module({ providers: [FunnelReport, FunnelsHandlers] })
export class FunnelsModule {}
