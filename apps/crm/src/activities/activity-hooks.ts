import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ActivityEntity } from './activity.entity';

/** Something that reacts, in the same transaction, to an activity recorded on a contact (lead scoring). */
export interface ActivityListener {
  activityRecorded(
    manager: EntityManager,
    workspaceId: string,
    activity: ActivityEntity & { contactId: string },
  ): Promise<void>;
}

/**
 * Where features that react to activities sign up. It keeps the recorder free of their modules: scoring needs the
 * recorder (to log `score_changed`), so the recorder cannot need scoring back.
 */
@Injectable()
export class ActivityHooks {
  private readonly listeners: ActivityListener[] = [];

  register(listener: ActivityListener): void {
    if (!this.listeners.includes(listener)) this.listeners.push(listener);
  }

  async recorded(manager: EntityManager, workspaceId: string, activity: ActivityEntity & { contactId: string }) {
    for (const listener of this.listeners) await listener.activityRecorded(manager, workspaceId, activity);
  }
}
