import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { PeriodicTask } from '@mab/runtime';
import { runWithContext } from '@mab/observability';
import { quotedTablePath } from '@mab/persistence';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { ContactEntity } from '../contacts/contact.entity';
import { CRM_ENV } from '../crm.config';
import type { CrmEnv } from '../crm.env';
import { LeadScorer } from './lead-scorer';
import { ScoreChangeEntity } from './score-change.entity';
import { ScoreSettingsEntity } from './score-settings.entity';

/** Contacts decayed per transaction: short transactions, short row locks. */
export const DECAY_BATCH_SIZE = 500;
/** A run stops after this many batches per workspace (500k contacts); the next run carries on. */
const MAX_BATCHES_PER_RUN = 1000;

interface DecaySettings {
  workspace_id: string;
  points: number;
  after_days: number;
  every_days: number;
  floor: number;
}

interface DueContact {
  id: string;
  since: Date;
  period_key: string;
}

/**
 * Score decay: a contact without activity for `after_days` loses `points` once, then once more every
 * `every_days` while still inactive, never below the floor. A period is named after the start of the inactivity
 * and its number (`decay:<since ms>:<n>`), so a contact active again starts a new series.
 *
 * Every replica runs the job. Two things make the extra runs no-ops: each batch takes a transaction-level
 * advisory lock of its workspace with `pg_try_advisory_xact_lock` (a replica that does not get it skips the
 * workspace this time), and the log's unique (workspace, contact, period) row means a period that slipped
 * through twice (a lock released between two batches) still takes its points once.
 */
@Injectable()
export class ScoreDecayJob implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(ScoreDecayJob.name);
  private readonly task: PeriodicTask;

  constructor(
    private readonly dataSource: DataSource,
    private readonly scorer: LeadScorer,
    @Inject(CRM_ENV) private readonly env: CrmEnv,
  ) {
    this.task = new PeriodicTask(
      'score decay run',
      env.SCORE_DECAY_INTERVAL_MS || 60_000,
      () => this.runOnce(),
      this.logger,
    );
  }

  onApplicationBootstrap(): void {
    if (!this.env.SCORE_DECAY_INTERVAL_MS) return;
    this.task.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.task.stop();
  }

  /** Decays every workspace that has decay on; returns how many contacts lost points. */
  async runOnce(): Promise<number> {
    const settings = quotedTablePath(this.dataSource, ScoreSettingsEntity);
    // eslint-disable-next-line no-restricted-syntax -- the job's one read across workspaces: which have decay on
    const workspaces: DecaySettings[] = await this.dataSource.query(
      `SELECT "workspace_id", "points", "after_days", "every_days", "floor" FROM ${settings} WHERE "enabled"`,
    );
    let decayed = 0;
    for (const workspace of workspaces) {
      if (this.task.stopping) break;
      try {
        decayed += await runWithContext({ correlationId: randomUUID(), workspaceId: workspace.workspace_id }, () =>
          this.decayWorkspace(workspace),
        );
      } catch (err) {
        this.logger.warn(`score decay of workspace ${workspace.workspace_id} failed: ${(err as Error).message}`);
      }
    }
    if (decayed) this.logger.log(`score decay: ${decayed} contacts lost points`);
    return decayed;
  }

  private async decayWorkspace(settings: DecaySettings): Promise<number> {
    let decayed = 0;
    let after = '00000000-0000-0000-0000-000000000000';
    for (let batch = 0; batch < MAX_BATCHES_PER_RUN && !this.task.stopping; batch++) {
      const result = await this.dataSource.transaction(async (manager) => {
        // eslint-disable-next-line no-restricted-syntax -- a lock, no data read
        const [{ locked }]: { locked: boolean }[] = await manager.query(
          'SELECT pg_try_advisory_xact_lock(hashtext($1)) AS locked',
          [`crm:score-decay:${settings.workspace_id}`],
        );
        // Another replica is decaying this workspace right now: its run is this run.
        if (!locked) return null;
        const due = await this.dueContacts(manager, settings, after);
        let applied = 0;
        for (const contact of due) {
          if (await this.decayContact(manager, settings, contact)) applied++;
        }
        return { due, applied };
      });
      if (!result) break;
      decayed += result.applied;
      if (result.due.length < DECAY_BATCH_SIZE) break;
      after = result.due[result.due.length - 1].id;
    }
    return decayed;
  }

  /**
   * Contacts of the workspace inactive for `after_days`, above the floor, whose current period has not decayed
   * yet, by id after `after` (a run walks the workspace once). The period is computed by the database clock, the
   * same for every replica.
   */
  private dueContacts(manager: EntityManager, s: DecaySettings, after: string): Promise<DueContact[]> {
    const contacts = quotedTablePath(manager, ContactEntity);
    const changes = quotedTablePath(manager, ScoreChangeEntity);
    // eslint-disable-next-line no-restricted-syntax -- scoped by hand: workspace_id in both WHERE clauses
    return manager.query(
      `WITH due AS (
         SELECT c."id", coalesce(c."last_activity_at", c."created_at") AS since
           FROM ${contacts} c
          WHERE c."workspace_id" = $1 AND c."id" > $2
            AND coalesce(c."last_activity_at", c."created_at") <= now() - make_interval(days => $3)
            AND c."lead_score" > $5
       ), keyed AS (
         SELECT "id", "since",
                'decay:' || floor(extract(epoch FROM "since") * 1000)::bigint || ':' ||
                  floor((extract(epoch FROM now() - "since") / 86400 - $3) / $4)::bigint AS period_key
           FROM due
       )
       SELECT k."id", k."since", k."period_key" FROM keyed k
        WHERE NOT EXISTS (
          SELECT 1 FROM ${changes} sc
           WHERE sc."workspace_id" = $1 AND sc."contact_id" = k."id" AND sc."period_key" = k."period_key")
        ORDER BY k."id"
        LIMIT ${DECAY_BATCH_SIZE}`,
      [s.workspace_id, after, s.after_days, s.every_days, s.floor],
    );
  }

  /** Takes the period's points under the contact's lock, unless it became active meanwhile. */
  private async decayContact(manager: EntityManager, s: DecaySettings, due: DueContact): Promise<boolean> {
    const outcome = await this.scorer.apply(manager, s.workspace_id, due.id, async (contact) => {
      const since = contact.lastActivityAt ?? contact.createdAt;
      // An activity arrived between the search and the lock: the contact is not inactive any more.
      if (since.getTime() !== new Date(due.since).getTime()) return [];
      const points = Math.min(s.points, contact.leadScore - s.floor);
      if (points <= 0) return [];
      return [
        {
          kind: 'decay',
          points: -points,
          reason: `decay: no activity since ${since.toISOString()}`,
          periodKey: due.period_key,
        },
      ];
    });
    return !!outcome?.changes.length;
  }
}
