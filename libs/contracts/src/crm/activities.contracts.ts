import { ApiProperty } from '@nestjs/swagger';
import { DateTime, Email, JsonObject, OneOf, Text, Uuid } from '../fields';
import { PageOf, PageQuery } from '../pagination';
import { defineCommand, defineEvent, defineSubscription } from '../registry';
import { SITE_EVENT_RECEIVED } from '../events/site-event-received.event';

export const ACTIVITY_TYPES = [
  'page_view',
  'form_submission',
  'email_sent',
  'email_delivered',
  'email_opened',
  'email_clicked',
  'email_bounced',
  'email_unsubscribed',
  'workflow_step',
  'score_changed',
  'note',
  'custom',
] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];
/** What the API and workflows may record themselves; the others come from the facts they describe. */
export const RECORDABLE_ACTIVITY_TYPES = ['note', 'custom', 'workflow_step'] as const;
export type RecordableActivityType = (typeof RECORDABLE_ACTIVITY_TYPES)[number];

export class ActivityView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) contact_id: string | null;
  @ApiProperty({ enum: ACTIVITY_TYPES }) type: ActivityType;
  @ApiProperty({ format: 'date-time' }) occurred_at: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) data: Record<string, unknown>;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) site_id: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) component_id: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) workflow_id: string | null;
  @ApiProperty({ format: 'date-time' }) created_at: string;
}
export const ActivityPage = PageOf(ActivityView);

export class ListActivitiesQuery extends PageQuery {
  @OneOf(ACTIVITY_TYPES, { optional: true }) type?: ActivityType;
}

export class ListActivitiesRequest extends ListActivitiesQuery {
  @Uuid() contact_id: string;
}

export class RecordActivityBody {
  @OneOf(RECORDABLE_ACTIVITY_TYPES, { example: 'note' }) type: RecordableActivityType;
  @DateTime({ optional: true, description: 'Defaults to now' }) occurred_at?: string;
  @JsonObject({ optional: true, example: { text: 'Called back, wants a quote for 12 seats' } })
  data?: Record<string, unknown>;
  @Uuid({ optional: true }) workflow_id?: string;
}

export class RecordActivityRequest extends RecordActivityBody {
  @Uuid({ optional: true, description: 'The contact (or give its email)' }) contact_id?: string;
  @Email({ optional: true }) email?: string;
  @Text({ optional: true, max: 200, description: 'The same key again records nothing more' })
  idempotency_key?: string;
}

export const LIST_ACTIVITIES = defineCommand({
  name: 'crm.activity.list',
  service: 'crm',
  request: ListActivitiesRequest,
  reply: ActivityPage,
  scope: 'workspace',
  mutation: false,
  description: "A contact's timeline, newest first.",
});

export const RECORD_ACTIVITY = defineCommand({
  name: 'crm.activity.record',
  service: 'crm',
  request: RecordActivityRequest,
  reply: ActivityView,
  scope: 'workspace',
  mutation: true,
  description: 'Records a note, a custom activity or a workflow step on a contact; idempotent by key.',
});

export class ActivityRecordedV1 {
  @Uuid() activity_id: string;
  @Uuid() contact_id: string;
  @OneOf(ACTIVITY_TYPES) type: ActivityType;
  @DateTime() occurred_at: string;
  @JsonObject() data: Record<string, unknown>;
  @Uuid({ nullable: true }) site_id: string | null;
  @Uuid({ nullable: true }) component_id: string | null;
  @Uuid({ nullable: true }) workflow_id: string | null;
}

export const ACTIVITY_RECORDED = defineEvent({
  name: 'crm.activity.recorded.v1',
  producer: 'crm',
  payload: ActivityRecordedV1,
  description: 'Something happened to a known contact (its timeline grew); scoring and analytics read it.',
});

defineSubscription(
  'crm',
  SITE_EVENT_RECEIVED.name,
  'a form submission becomes a contact with its activity; page views join the timeline of known visitors',
);
