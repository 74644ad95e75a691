import { ApiProperty } from '@nestjs/swagger';
import { OneOf, Uuid } from '../fields';
import {
  EMAIL_BOUNCED,
  EMAIL_CLICKED,
  EMAIL_DELIVERED,
  EMAIL_OPENED,
  EMAIL_SENT,
  EMAIL_UNSUBSCRIBED,
} from '../crm/email.contracts';
import { defineCommand, defineSubscription } from '../registry';
import { EXECUTION_COMPLETED, EXECUTION_FAILED, EXECUTION_STARTED } from '../workflow/executions.contracts';
import { AnalyticsWindowQuery, AnalyticsWindowView } from './analytics.contracts';

/** Workflow analytics across workflows, and email analytics by template and workflow, from domain events. */
export class WorkflowAnalyticsRowView {
  @ApiProperty({ format: 'uuid' }) workflow_id: string;
  @ApiProperty({ description: 'Executions started in the window' }) executions: number;
  @ApiProperty() completed: number;
  @ApiProperty({ description: 'Failed or cancelled' }) failed: number;
  @ApiProperty({ type: Number, nullable: true, description: 'completed ÷ finished' }) success_rate: number | null;
  @ApiProperty({ type: Number, nullable: true }) avg_duration_ms: number | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Of completed executions, from a log-scale histogram (within 7.5%)',
  })
  p95_duration_ms: number | null;
}

export class WorkflowAnalyticsBucketView extends WorkflowAnalyticsRowView {
  @ApiProperty({ format: 'date-time' }) start: string;
}

export class WorkflowsAnalyticsView {
  @ApiProperty({ type: AnalyticsWindowView }) window: AnalyticsWindowView;
  @ApiProperty({ type: WorkflowAnalyticsRowView, description: 'Every workflow of the workspace together' })
  totals: Omit<WorkflowAnalyticsRowView, 'workflow_id'>;
  @ApiProperty({ type: WorkflowAnalyticsRowView, isArray: true, description: 'Per workflow, most executions first' })
  workflows: WorkflowAnalyticsRowView[];
}

export class OneWorkflowAnalyticsRequest extends AnalyticsWindowQuery {
  @Uuid() workflow_id: string;
}

export class OneWorkflowAnalyticsView extends WorkflowAnalyticsRowView {
  @ApiProperty({ type: AnalyticsWindowView }) window: AnalyticsWindowView;
  @ApiProperty({ type: WorkflowAnalyticsBucketView, isArray: true }) series: Omit<
    WorkflowAnalyticsBucketView,
    'workflow_id'
  >[];
}

export const EMAIL_GROUPINGS = ['template', 'workflow'] as const;
export type EmailGrouping = (typeof EMAIL_GROUPINGS)[number];

export class EmailAnalyticsQuery extends AnalyticsWindowQuery {
  @OneOf(EMAIL_GROUPINGS, { optional: true, description: 'Rows per template (default) or per workflow' })
  group_by?: EmailGrouping;
}

export class EmailAnalyticsRowView {
  @ApiProperty({ description: 'The template key or the workflow id ("" for none)' }) key: string;
  @ApiProperty() sent: number;
  @ApiProperty() delivered: number;
  @ApiProperty({ description: 'Sends opened by a person at least once (machine opens excluded)' }) unique_opens: number;
  @ApiProperty({ description: 'Opens by people' }) total_opens: number;
  @ApiProperty({ description: 'Opens by mail clients and scanners (not in the rates)' }) machine_opens: number;
  @ApiProperty() unique_clicks: number;
  @ApiProperty() total_clicks: number;
  @ApiProperty() bounced: number;
  @ApiProperty() unsubscribed: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'unique_opens ÷ delivered (÷ sent without delivery reports)',
  })
  open_rate: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'unique_clicks ÷ delivered' }) click_rate: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'bounced ÷ sent' }) bounce_rate: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'unsubscribed ÷ delivered' }) unsubscribe_rate:
    number | null;
}

export class EmailAnalyticsView {
  @ApiProperty({ type: AnalyticsWindowView }) window: AnalyticsWindowView;
  @ApiProperty({ enum: EMAIL_GROUPINGS }) group_by: EmailGrouping;
  @ApiProperty({ type: EmailAnalyticsRowView }) totals: Omit<EmailAnalyticsRowView, 'key'>;
  @ApiProperty({ type: EmailAnalyticsRowView, isArray: true }) rows: EmailAnalyticsRowView[];
}

export const WORKFLOWS_ANALYTICS = defineCommand({
  name: 'analytics.workflows.report',
  service: 'analytics',
  request: AnalyticsWindowQuery,
  reply: WorkflowsAnalyticsView,
  scope: 'workspace',
  mutation: false,
  description: 'Executions, success rate, avg and p95 duration per workflow and together.',
});

export const ONE_WORKFLOW_ANALYTICS = defineCommand({
  name: 'analytics.workflow.report',
  service: 'analytics',
  request: OneWorkflowAnalyticsRequest,
  reply: OneWorkflowAnalyticsView,
  scope: 'workspace',
  mutation: false,
  description: "One workflow's executions, success rate and durations, with a series.",
});

export const EMAIL_ANALYTICS = defineCommand({
  name: 'analytics.email.report',
  service: 'analytics',
  request: EmailAnalyticsQuery,
  reply: EmailAnalyticsView,
  scope: 'workspace',
  mutation: false,
  description: 'Sent, delivered, opens, clicks, bounces and unsubscribes with their rates, by template or workflow.',
});

for (const event of [EXECUTION_STARTED, EXECUTION_COMPLETED, EXECUTION_FAILED])
  defineSubscription('analytics', event.name, 'executions and their durations, per workflow');
for (const event of [EMAIL_SENT, EMAIL_DELIVERED, EMAIL_OPENED, EMAIL_CLICKED, EMAIL_BOUNCED, EMAIL_UNSUBSCRIBED])
  defineSubscription(
    'analytics',
    event.name,
    'email delivery, opens (machine ones apart), clicks, bounces, unsubscribes',
  );
