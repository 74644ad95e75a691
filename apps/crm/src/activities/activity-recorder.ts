import { Injectable } from '@nestjs/common';
import { ACTIVITY_RECORDED, type ActivityType } from '@mab/contracts';
import { EventPublisher } from '@mab/messaging';
import { WorkspaceRepository, quotedTablePath } from '@mab/persistence';
import type { EntityManager } from 'typeorm';
import { ContactEntity } from '../contacts/contact.entity';
import { ActivityHooks } from './activity-hooks';
import { activityRecorded } from './activity-view';
import { ActivityEntity } from './activity.entity';

export interface NewActivity {
  contactId: string | null;
  visitorId?: string | null;
  type: ActivityType;
  occurredAt: Date;
  data?: Record<string, unknown>;
  siteId?: string | null;
  componentId?: string | null;
  workflowId?: string | null;
  /** The same key twice records once (the source event's id, a command's idempotency key). */
  dedupeKey?: string | null;
}

/**
 * The one way into a timeline: records the activity once per dedupe key, moves the contact's last activity
 * forward (never back: events arrive out of order), and tells the other services when a known contact did
 * something (`crm.activity.recorded.v1`). Anonymous page views are stored quietly, to be attached later.
 */
@Injectable()
export class ActivityRecorder {
  constructor(
    private readonly publisher: EventPublisher,
    private readonly hooks: ActivityHooks,
  ) {}

  async record(manager: EntityManager, workspaceId: string, input: NewActivity): Promise<ActivityEntity | null> {
    const activity = await WorkspaceRepository.of(manager, ActivityEntity, workspaceId).insertUnlessConflict({
      contactId: input.contactId,
      visitorId: input.visitorId ?? null,
      type: input.type,
      occurredAt: input.occurredAt,
      data: input.data ?? {},
      siteId: input.siteId ?? null,
      componentId: input.componentId ?? null,
      workflowId: input.workflowId ?? null,
      dedupeKey: input.dedupeKey ?? null,
    });
    if (!activity || !activity.contactId) return activity;
    // A score change is not something the contact did: it must not reset the inactivity that decay measures, and
    // scoring it would feed scoring on itself.
    const byContact = activity.type !== 'score_changed';
    if (byContact) await this.touch(manager, workspaceId, activity.contactId, activity.occurredAt);
    await this.publisher.publish(
      manager,
      ACTIVITY_RECORDED,
      activityRecorded({ ...activity, contactId: activity.contactId }),
    );
    if (byContact) await this.hooks.recorded(manager, workspaceId, { ...activity, contactId: activity.contactId });
    return activity;
  }

  /** last_activity_at = the latest of what it was and `at`. */
  async touch(manager: EntityManager, workspaceId: string, contactId: string, at: Date): Promise<void> {
    const contacts = quotedTablePath(manager, ContactEntity);
    // eslint-disable-next-line no-restricted-syntax -- scoped by hand: workspace_id in the WHERE
    await manager.query(
      `UPDATE ${contacts} SET "last_activity_at" = GREATEST(coalesce("last_activity_at", $3), $3)
        WHERE "workspace_id" = $1 AND "id" = $2`,
      [workspaceId, contactId, at],
    );
  }
}
