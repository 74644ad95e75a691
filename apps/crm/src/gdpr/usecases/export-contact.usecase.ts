import { Injectable } from '@nestjs/common';
import { CONTACT_EXPORT_LIMITS, ServiceError, type ContactExportView } from '@mab/contracts';
import { WorkspaceRepository } from '@mab/persistence';
import { DataSource, type EntityManager } from 'typeorm';
import { activityView } from '../../activities/activity-view';
import { ActivityEntity } from '../../activities/activity.entity';
import { contactView } from '../../contacts/contact-view';
import { ContactEntity } from '../../contacts/contact.entity';
import { customFieldDefinitions } from '../../custom-fields/custom-field-values';
import { EmailSendEntity, SuppressionEntity } from '../../email/email.entities';
import { emailHash } from '../../email/email-tokens';
import { sendView } from '../../email/email-views';
import { scoreChangeView } from '../../scoring/scoring-views';
import { ScoreChangeEntity } from '../../scoring/score-change.entity';
import { KnownVisitorEntity } from '../../site-events/known-visitor.entity';

export interface ExportContactCommand {
  workspaceId: string;
  contactId: string;
}

/**
 * Everything the crm keeps about one person, as one JSON document (GDPR access and portability): the contact, its
 * custom fields with their definitions, its timeline, every email to it or its address (content included), its
 * score log, the site visitor ids it was recognised by, and whether its address is suppressed. Read in one
 * repeatable-read transaction, so the parts agree with each other. Each list keeps its newest rows up to
 * CONTACT_EXPORT_LIMITS (the answer travels through the broker) and `truncated` names any list that was cut.
 */
@Injectable()
export class ExportContactUseCase {
  constructor(private readonly dataSource: DataSource) {}

  execute({ workspaceId, contactId }: ExportContactCommand): Promise<ContactExportView> {
    return this.dataSource.transaction('REPEATABLE READ', (manager) => this.read(manager, workspaceId, contactId));
  }

  private async read(manager: EntityManager, workspaceId: string, contactId: string): Promise<ContactExportView> {
    const contact = await WorkspaceRepository.of(manager, ContactEntity, workspaceId).findById(contactId);
    if (!contact) throw ServiceError.notFound('contact', contactId);
    const truncated: string[] = [];
    const upTo = <T>(name: keyof typeof CONTACT_EXPORT_LIMITS, rows: T[]): T[] => {
      if (rows.length <= CONTACT_EXPORT_LIMITS[name]) return rows;
      truncated.push(name);
      return rows.slice(0, CONTACT_EXPORT_LIMITS[name]);
    };

    const definitions = await customFieldDefinitions(manager, workspaceId);
    const activities = await WorkspaceRepository.of(manager, ActivityEntity, workspaceId).find({
      where: { contactId },
      order: { occurredAt: 'DESC', id: 'DESC' },
      take: CONTACT_EXPORT_LIMITS.activities + 1,
    });
    // By address too: an email sent to it before it was a contact (or to a contact that was since deleted).
    const sends = await WorkspaceRepository.of(manager, EmailSendEntity, workspaceId)
      .queryBuilder('send')
      .andWhere('(send.contactId = :contactId OR send.toEmail = :email)', { contactId, email: contact.email })
      .orderBy('send.createdAt', 'DESC')
      .addOrderBy('send.id', 'DESC')
      .limit(CONTACT_EXPORT_LIMITS.email_sends + 1)
      .getMany();
    const scoreChanges = await WorkspaceRepository.of(manager, ScoreChangeEntity, workspaceId).find({
      where: { contactId },
      order: { createdAt: 'DESC', seq: 'DESC' },
      take: CONTACT_EXPORT_LIMITS.score_changes + 1,
    });
    const visitors = await WorkspaceRepository.of(manager, KnownVisitorEntity, workspaceId).find({
      where: { contactId },
      order: { identifiedAt: 'ASC' },
    });
    const suppression = await WorkspaceRepository.of(manager, SuppressionEntity, workspaceId).findOne({
      emailHash: emailHash(workspaceId, contact.email),
    });

    return {
      exported_at: new Date().toISOString(),
      contact: contactView(contact),
      custom_fields: Object.entries(contact.customFields).map(([key, value]) => ({
        key,
        label: definitions.get(key)?.label ?? null,
        type: definitions.get(key)?.type ?? null,
        value,
      })),
      activities: upTo('activities', activities).map(activityView),
      email_sends: upTo('email_sends', sends).map((send) => ({
        ...sendView(send),
        to_name: send.toName,
        headers: send.headers,
      })),
      score_changes: upTo('score_changes', scoreChanges).map(scoreChangeView),
      known_visitors: visitors.map((v) => ({ visitor_id: v.visitorId, identified_at: v.identifiedAt.toISOString() })),
      suppression: {
        suppressed: suppression !== null || contact.status === 'unsubscribed' || contact.status === 'bounced',
        reason: suppression?.reason ?? null,
        note: suppression?.note ?? null,
        since: suppression?.createdAt.toISOString() ?? null,
      },
      truncated,
    };
  }
}
