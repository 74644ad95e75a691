import { Injectable } from '@nestjs/common';
import { CONTACT_DELETED } from '@mab/contracts';
import { EventPublisher } from '@mab/messaging';
import { CommandInboxMessage, OutboxMessage, WorkspaceRepository, quotedTablePath } from '@mab/persistence';
import { In, IsNull, type EntityManager } from 'typeorm';
import { ActivityEntity } from '../../activities/activity.entity';
import { ContactEntity } from '../../contacts/contact.entity';
import { EmailSendEntity, SuppressionEntity } from '../../email/email.entities';
import { emailHash } from '../../email/email-tokens';
import { CommandResultEntity } from '../../idempotency/command-result.entity';
import { ScoreChangeEntity } from '../../scoring/score-change.entity';
import { KnownVisitorEntity } from '../../site-events/known-visitor.entity';

export interface EraseContactCommand {
  /** The DELETE command's transaction: the erasure is whole or nothing. */
  manager: EntityManager;
  workspaceId: string;
  /** Locked by the caller. */
  contact: ContactEntity;
}

/**
 * GDPR erasure: the person's data goes from every crm table, and the address survives only as the suppression
 * list's workspace-salted hash (so nobody mails it again by re-importing it). In one transaction:
 * - the contact, with its timeline, custom fields and tags; its score log; the site visitor ids it was recognised
 *   by, and those visitors' anonymous activities (page views, forms without an address);
 * - its sends (by contact and by address) keep their status, counts and dates for aggregate statistics, and lose
 *   recipient, subject, bodies and headers (and a reason or key that spells the address);
 * - the suppression list gets the hash (reason `erased`; an existing entry keeps its reason and loses the address);
 * - stored command answers that spell the address: idempotent results of this workspace, and the command inbox's
 *   replies that also name the contact or one of its sends (a retried command runs again instead of answering
 *   with the person's data);
 * - already published outbox rows of this workspace that spell it (the history the relay keeps for hours); events
 *   still waiting are delivered first, and `crm.contact.deleted.v1` (`erased: true`) after them tells every
 *   consumer to erase its own copy.
 * Free text elsewhere (a note on another contact that mentions the address) is not searched.
 */
@Injectable()
export class EraseContactUseCase {
  constructor(private readonly publisher: EventPublisher) {}

  async execute({ manager, workspaceId, contact }: EraseContactCommand): Promise<void> {
    const email = contact.email.toLowerCase();
    const visitors = WorkspaceRepository.of(manager, KnownVisitorEntity, workspaceId);
    const visitorIds = (await visitors.find({ where: { contactId: contact.id } })).map((v) => v.visitorId);
    if (visitorIds.length) {
      await WorkspaceRepository.of(manager, ActivityEntity, workspaceId).delete({
        visitorId: In(visitorIds),
        contactId: IsNull(),
      });
    }
    await visitors.delete({ contactId: contact.id });
    await WorkspaceRepository.of(manager, ScoreChangeEntity, workspaceId).delete({ contactId: contact.id });

    // Before the contact goes: its deletion would unlink the sends (ON DELETE SET NULL) and hide which were its.
    const sendIds = await this.scrubSends(manager, workspaceId, contact.id, email);
    await this.suppressByHashOnly(manager, workspaceId, email);
    await this.forgetStoredAnswers(manager, workspaceId, contact.id, email, sendIds);

    // Activities (its timeline) go with the contact: ON DELETE CASCADE.
    await WorkspaceRepository.of(manager, ContactEntity, workspaceId).delete({ id: contact.id });
    await this.publisher.publish(manager, CONTACT_DELETED, { contact_id: contact.id, erased: true });
  }

  private async scrubSends(manager: EntityManager, workspaceId: string, contactId: string, email: string) {
    const table = quotedTablePath(manager, EmailSendEntity);
    // One statement with CASEs, which the repository cannot express; a SELECT around it, because TypeORM answers
    // a bare UPDATE with [rows, count] instead of the rows.
    // eslint-disable-next-line no-restricted-syntax -- scoped by hand: workspace_id in the WHERE
    const rows: { id: string }[] = await manager.query(
      `WITH scrubbed AS (
         UPDATE ${table} SET
           "to_email" = NULL, "to_name" = NULL, "subject" = '', "html" = NULL, "text" = NULL, "headers" = '{}',
           "status_reason" = CASE WHEN strpos(lower("status_reason"), $3) > 0 THEN NULL ELSE "status_reason" END,
           "idempotency_key" = CASE WHEN strpos(lower("idempotency_key"), $3) > 0 THEN NULL ELSE "idempotency_key" END,
           "updated_at" = now()
         WHERE "workspace_id" = $1 AND ("contact_id" = $2 OR "to_email" = $3)
         RETURNING "id")
       SELECT "id" FROM scrubbed`,
      [workspaceId, contactId, email],
    );
    return rows.map((r) => r.id);
  }

  private async suppressByHashOnly(manager: EntityManager, workspaceId: string, email: string): Promise<void> {
    const suppressions = WorkspaceRepository.of(manager, SuppressionEntity, workspaceId);
    const hash = emailHash(workspaceId, email);
    const inserted = await suppressions.insertUnlessConflict({
      emailHash: hash,
      email: null,
      reason: 'erased',
      note: null,
    });
    // Already suppressed (a bounce, an unsubscribe): the reason stays true, the address and the note go.
    if (!inserted) await suppressions.update({ emailHash: hash }, { email: null, note: null });
  }

  private async forgetStoredAnswers(
    manager: EntityManager,
    workspaceId: string,
    contactId: string,
    email: string,
    sendIds: string[],
  ): Promise<void> {
    const results = quotedTablePath(manager, CommandResultEntity);
    // eslint-disable-next-line no-restricted-syntax -- scoped by hand: workspace_id in the WHERE
    await manager.query(`DELETE FROM ${results} WHERE "workspace_id" = $1 AND strpos(lower("result"::text), $2) > 0`, [
      workspaceId,
      email,
    ]);
    // The command inbox has no workspace column: a reply is this workspace's when it also names the contact or
    // one of the sends just scrubbed (random ids), never only because another workspace's contact shares the address.
    const inbox = quotedTablePath(manager, CommandInboxMessage);
    // eslint-disable-next-line no-restricted-syntax -- no workspace column; matched by this workspace's own ids
    await manager.query(
      `DELETE FROM ${inbox}
        WHERE "reply" IS NOT NULL AND strpos(lower("reply"::text), $1) > 0
          AND EXISTS (SELECT 1 FROM unnest($2::text[]) AS own(id) WHERE strpos("reply"::text, own.id) > 0)`,
      [email, [contactId, ...sendIds]],
    );
    const outbox = quotedTablePath(manager, OutboxMessage);
    // eslint-disable-next-line no-restricted-syntax -- scoped by hand: the envelope's workspace_id in the WHERE
    await manager.query(
      `DELETE FROM ${outbox}
        WHERE "sent_at" IS NOT NULL AND "envelope"->>'workspace_id' = $1 AND strpos(lower("envelope"::text), $2) > 0`,
      [workspaceId, email],
    );
  }
}
