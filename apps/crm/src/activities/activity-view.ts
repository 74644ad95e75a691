import type { ActivityRecordedV1, ActivityView } from '@mab/contracts';
import type { ActivityEntity } from './activity.entity';

export function activityView(activity: ActivityEntity): ActivityView {
  return {
    id: activity.id,
    contact_id: activity.contactId,
    type: activity.type,
    occurred_at: activity.occurredAt.toISOString(),
    data: activity.data,
    site_id: activity.siteId,
    component_id: activity.componentId,
    workflow_id: activity.workflowId,
    created_at: activity.createdAt.toISOString(),
  };
}

export function activityRecorded(activity: ActivityEntity & { contactId: string }): ActivityRecordedV1 {
  return {
    activity_id: activity.id,
    contact_id: activity.contactId,
    type: activity.type,
    occurred_at: activity.occurredAt.toISOString(),
    data: activity.data,
    site_id: activity.siteId,
    component_id: activity.componentId,
    workflow_id: activity.workflowId,
  };
}
