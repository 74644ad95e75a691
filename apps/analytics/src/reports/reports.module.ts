import { Module } from '@nestjs/common';
import { ComponentReport } from './component-report';
import { EmailReport } from './email-report';
import { WorkflowReport } from './workflow-report';
import { ReportsHandlers } from './reports.handlers';
import { SiteReport } from './site-report';

/** Site, component, workflow and email reports from the rollups, and the operator's rebuild. */
@Module({ providers: [SiteReport, ComponentReport, WorkflowReport, EmailReport, ReportsHandlers] })
export class ReportsModule {}
