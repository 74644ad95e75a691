import { Module } from '@nestjs/common';
import { ComponentReport } from './component-report';
import { ReportsHandlers } from './reports.handlers';
import { SiteReport } from './site-report';

/** Site and component reports from the rollups, and the operator's rebuild. */
@Module({ providers: [SiteReport, ComponentReport, ReportsHandlers] })
export class ReportsModule {}
