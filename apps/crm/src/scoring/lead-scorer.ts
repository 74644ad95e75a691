import { Injectable, type OnModuleInit } from '@nestjs/common';
import { CONTACT_UPDATED, SCORE_THRESHOLD_REACHED, type ScoreChangeKind } from '@mab/contracts';
import { EventPublisher } from '@mab/messaging';
import { WorkspaceRepository, quotedTablePath } from '@mab/persistence';
import type { EntityManager } from 'typeorm';
import { ActivityHooks, type ActivityListener } from '../activities/activity-hooks';
import { ActivityRecorder } from '../activities/activity-recorder';
import type { ActivityEntity } from '../activities/activity.entity';
import { mergeTags } from '../contacts/contact-values';
import { contactChanged } from '../contacts/contact-view';
import { ContactEntity } from '../contacts/contact.entity';
import { conditionsHold } from './score-conditions';
import { ScoreChangeEntity } from './score-change.entity';
import { ScoreRuleEntity } from './score-rule.entity';
import { ScoreThresholdEntity } from './score-threshold.entity';

/** A change the caller wants; the scorer may still drop it (a once-only rule's second award, a decayed period). */
export interface PlannedChange {
  kind: ScoreChangeKind;
  points: number;
  reason: string;
  ruleId?: string | null;
  once?: boolean;
  activityId?: string | null;
  periodKey?: string | null;
}

export interface ScoreOutcome {
  contactId: string;
  previousScore: number;
  score: number;
  /** The log rows written (empty: nothing changed). */
  changes: ScoreChangeEntity[];
}

const REASON_MAX = 300;

/**
 * Every change of a lead score goes through here: rules reacting to activities, a workflow's adjustment, decay.
 * Under the contact's row lock (so once-only rules, caps and threshold crossings hold under concurrency) it writes
 * the log row, moves `contacts.lead_score` by the same points, notes the change on the timeline, publishes the
 * thresholds crossed upward and `crm.contact.updated.v1`, all in the caller's transaction.
 */
@Injectable()
export class LeadScorer implements OnModuleInit, ActivityListener {
  constructor(
    private readonly hooks: ActivityHooks,
    private readonly recorder: ActivityRecorder,
    private readonly publisher: EventPublisher,
  ) {}

  onModuleInit(): void {
    this.hooks.register(this);
  }

  activityRecorded(manager: EntityManager, workspaceId: string, activity: ActivityEntity & { contactId: string }) {
    return this.applyActivity(manager, workspaceId, activity).then(() => undefined);
  }

  /** Scores an activity just recorded on a contact with the workspace's active rules of its type. */
  async applyActivity(
    manager: EntityManager,
    workspaceId: string,
    activity: ActivityEntity & { contactId: string },
  ): Promise<ScoreOutcome | null> {
    // Never score score changes: a rule on them would feed on itself (the contracts do not offer the type either).
    if (activity.type === 'score_changed') return null;
    const rules = await WorkspaceRepository.of(manager, ScoreRuleEntity, workspaceId).find({
      where: { activityType: activity.type, active: true },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const matching = rules.filter((rule) => conditionsHold(rule.conditions, activity));
    if (!matching.length) return null;
    return this.apply(manager, workspaceId, activity.contactId, async () => {
      const planned: PlannedChange[] = [];
      for (const rule of matching) {
        const points = await this.allowedPoints(manager, workspaceId, activity.contactId, rule);
        if (points === 0) continue;
        planned.push({
          kind: 'rule',
          points,
          reason: `rule: ${rule.name}`,
          ruleId: rule.id,
          once: rule.frequency === 'once',
          activityId: activity.id,
        });
      }
      return planned;
    });
  }

  /** What a rule may still give the contact: nothing after a once-only award, never past its cap. */
  private async allowedPoints(
    manager: EntityManager,
    workspaceId: string,
    contactId: string,
    rule: ScoreRuleEntity,
  ): Promise<number> {
    const log = WorkspaceRepository.of(manager, ScoreChangeEntity, workspaceId);
    if (rule.frequency === 'once' && (await log.exists({ ruleId: rule.id, contactId }))) return 0;
    if (rule.cap === null) return rule.points;
    const given = await log
      .queryBuilder('change')
      .select('coalesce(sum(change.points), 0)', 'sum')
      .andWhere('change.ruleId = :ruleId AND change.contactId = :contactId', { ruleId: rule.id, contactId })
      .getRawOne<{ sum: string }>();
    // The cap bounds what the rule moves a score in total, whichever way its points go.
    const remaining = rule.cap - Math.abs(Number(given?.sum ?? 0));
    if (remaining <= 0) return 0;
    return Math.sign(rule.points) * Math.min(Math.abs(rule.points), remaining);
  }

  /** A workflow's (or a person's) adjustment; null when the contact does not exist. */
  adjust(
    manager: EntityManager,
    workspaceId: string,
    contactId: string,
    points: number,
    reason: string,
  ): Promise<ScoreOutcome | null> {
    return this.apply(manager, workspaceId, contactId, async () => [{ kind: 'adjust', points, reason }]);
  }

  /**
   * Locks the contact, asks `plan` what to change (it sees the locked contact, so its checks hold until commit),
   * and applies it. Null when the contact does not exist (deleted meanwhile).
   */
  async apply(
    manager: EntityManager,
    workspaceId: string,
    contactId: string,
    plan: (contact: ContactEntity) => Promise<PlannedChange[]>,
  ): Promise<ScoreOutcome | null> {
    const contacts = WorkspaceRepository.of(manager, ContactEntity, workspaceId);
    const contact = await contacts.findById(contactId, { lockForUpdate: true });
    if (!contact) return null;
    const previousScore = contact.leadScore;
    let score = previousScore;
    const written: ScoreChangeEntity[] = [];
    const log = WorkspaceRepository.of(manager, ScoreChangeEntity, workspaceId);
    for (const change of await plan(contact)) {
      if (change.points === 0) continue;
      // The unique indexes (once-only award, decay period) turn a second attempt into nothing.
      const row = await log.insertUnlessConflict({
        contactId,
        kind: change.kind,
        ruleId: change.ruleId ?? null,
        once: change.once ?? false,
        points: change.points,
        reason: change.reason.slice(0, REASON_MAX),
        activityId: change.activityId ?? null,
        periodKey: change.periodKey ?? null,
        scoreAfter: score + change.points,
      });
      if (!row) continue;
      score = await this.addPoints(manager, workspaceId, contactId, change.points);
      written.push(row);
    }
    if (!written.length) return { contactId, previousScore, score, changes: [] };

    for (const row of written) {
      await this.recorder.record(manager, workspaceId, {
        contactId,
        type: 'score_changed',
        occurredAt: new Date(),
        data: {
          points: row.points,
          reason: row.reason,
          kind: row.kind,
          score_after: row.scoreAfter,
          change_id: row.id,
          ...(row.ruleId ? { rule_id: row.ruleId } : {}),
          ...(row.activityId ? { activity_id: row.activityId } : {}),
        },
        dedupeKey: `score-change:${row.id}`,
      });
    }
    const changed = ['lead_score'];
    const tags = await this.crossThresholds(manager, workspaceId, contactId, previousScore, score);
    if (tags.length) {
      const merged = mergeTags(contact.tags, tags);
      if (JSON.stringify(merged) !== JSON.stringify(contact.tags)) {
        await contacts.update({ id: contactId }, { tags: merged });
        changed.push('tags');
      }
    }
    const updated = (await contacts.findById(contactId))!;
    await this.publisher.publish(manager, CONTACT_UPDATED, contactChanged(updated, changed));
    return { contactId, previousScore, score, changes: written };
  }

  /** `lead_score + points`, the new value back; the caller holds the row lock. */
  private async addPoints(manager: EntityManager, workspaceId: string, contactId: string, points: number) {
    const contacts = quotedTablePath(manager, ContactEntity);
    // eslint-disable-next-line no-restricted-syntax -- scoped by hand: workspace_id in the WHERE
    const rows: [{ lead_score: number }[], number] = await manager.query(
      `UPDATE ${contacts} SET "lead_score" = "lead_score" + $3, "updated_at" = now()
        WHERE "workspace_id" = $1 AND "id" = $2 RETURNING "lead_score"`,
      [workspaceId, contactId, points],
    );
    return rows[0][0].lead_score;
  }

  /**
   * Publishes every threshold crossed upward (previous < threshold <= score) and returns the tags they add. A
   * score that falls back below and rises again crosses again: that is a new event, by design (a lead that went
   * cold and warmed up is news again).
   */
  private async crossThresholds(
    manager: EntityManager,
    workspaceId: string,
    contactId: string,
    previousScore: number,
    score: number,
  ): Promise<string[]> {
    if (score <= previousScore) return [];
    const crossed = await WorkspaceRepository.of(manager, ScoreThresholdEntity, workspaceId)
      .queryBuilder('threshold')
      .andWhere('threshold.score > :previousScore AND threshold.score <= :score', { previousScore, score })
      .orderBy('threshold.score', 'ASC')
      .addOrderBy('threshold.id', 'ASC')
      .getMany();
    for (const threshold of crossed) {
      await this.publisher.publish(manager, SCORE_THRESHOLD_REACHED, {
        contact_id: contactId,
        threshold_id: threshold.id,
        threshold_name: threshold.name,
        score,
        previous_score: previousScore,
      });
    }
    return crossed.flatMap((t) => (t.tagToAdd ? [t.tagToAdd] : []));
  }

  /**
   * Rebuilds the stored score from the log: the sum of its points. Each decay row holds the points it really took
   * (never past the floor), so the sum respects the floor as it stood. Nothing is re-evaluated (rules, caps,
   * thresholds): it repairs a score that drifted from its history, it does not rewrite history.
   */
  async recompute(manager: EntityManager, workspaceId: string, contactId: string) {
    const contacts = WorkspaceRepository.of(manager, ContactEntity, workspaceId);
    const contact = await contacts.findById(contactId, { lockForUpdate: true });
    if (!contact) return null;
    const total = await WorkspaceRepository.of(manager, ScoreChangeEntity, workspaceId)
      .queryBuilder('change')
      .select('coalesce(sum(change.points), 0)', 'sum')
      .andWhere('change.contactId = :contactId', { contactId })
      .getRawOne<{ sum: string }>();
    const score = Number(total?.sum ?? 0);
    const previousScore = contact.leadScore;
    if (score !== previousScore) {
      await contacts.update({ id: contactId }, { leadScore: score });
      const updated = (await contacts.findById(contactId))!;
      await this.publisher.publish(manager, CONTACT_UPDATED, contactChanged(updated, ['lead_score']));
    }
    return { contactId, score, previousScore, corrected: score !== previousScore };
  }
}
