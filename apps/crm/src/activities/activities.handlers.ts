import { Injectable } from '@nestjs/common';
import {
  LIST_ACTIVITIES,
  RECORD_ACTIVITY,
  ServiceError,
  type ActivityView,
  type ListActivitiesRequest,
  type Page,
  type RecordActivityRequest,
} from '@mab/contracts';
import { OnCommand, type CommandContext } from '@mab/messaging';
import { WorkspaceRepository, keysetPage } from '@mab/persistence';
import { DataSource } from 'typeorm';
import { ContactEntity } from '../contacts/contact.entity';
import { idempotent } from '../idempotency/idempotent-command';
import { ActivityRecorder } from './activity-recorder';
import { activityView } from './activity-view';
import { ActivityEntity } from './activity.entity';

/** Contacts' timelines: read newest first; notes, custom activities and workflow steps recorded. */
@Injectable()
export class ActivitiesHandlers {
  constructor(
    private readonly dataSource: DataSource,
    private readonly recorder: ActivityRecorder,
  ) {}

  @OnCommand(LIST_ACTIVITIES)
  async list(request: ListActivitiesRequest, ctx: CommandContext<typeof LIST_ACTIVITIES>): Promise<Page<ActivityView>> {
    const exists = await WorkspaceRepository.of(this.dataSource, ContactEntity, ctx.workspaceId).exists({
      id: request.contact_id,
    });
    if (!exists) throw ServiceError.notFound('contact', request.contact_id);
    const qb = WorkspaceRepository.of(this.dataSource, ActivityEntity, ctx.workspaceId)
      .queryBuilder('activity')
      .andWhere('activity.contactId = :contactId', { contactId: request.contact_id });
    if (request.type) qb.andWhere('activity.type = :type', { type: request.type });
    return keysetPage(qb, { keys: ['occurredAt', 'id'], direction: 'DESC' }, request, activityView);
  }

  @OnCommand(RECORD_ACTIVITY)
  record(request: RecordActivityRequest, ctx: CommandContext<typeof RECORD_ACTIVITY>): Promise<ActivityView> {
    return idempotent(ctx.manager, ctx.workspaceId, RECORD_ACTIVITY.name, request.idempotency_key, async () => {
      const contacts = WorkspaceRepository.of(ctx.manager, ContactEntity, ctx.workspaceId);
      const contact = request.contact_id
        ? await contacts.findById(request.contact_id)
        : request.email
          ? await contacts.findOne({ email: request.email })
          : null;
      if (!request.contact_id && !request.email) {
        throw ServiceError.validation('name the contact by contact_id or email', [
          { field: 'contact_id', constraints: ['contact_id or email is required'] },
        ]);
      }
      if (!contact) throw ServiceError.notFound('contact', request.contact_id ?? request.email);
      const activity = await this.recorder.record(ctx.manager, ctx.workspaceId, {
        contactId: contact.id,
        type: request.type,
        occurredAt: request.occurred_at ? new Date(request.occurred_at) : new Date(),
        data: request.data ?? {},
        workflowId: request.workflow_id ?? null,
      });
      return activityView(activity!);
    });
  }
}
