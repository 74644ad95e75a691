import { Inject, Injectable, Logger } from '@nestjs/common';
import type { ChannelWrapper } from 'amqp-connection-manager';
import type { ConfirmChannel } from 'amqplib';
import { MetricsService } from '@mab/observability';
import { OutboxMessage, quotedTablePath, vacuumWhenBloated } from '@mab/persistence';
import { DataSource } from 'typeorm';
import { AmqpConnection } from './amqp-connection';
import { HEADERS, MESSAGING_OPTIONS, type MessagingOptions } from './messaging.options';
import { assertExchanges, assertSubscriberQueues, topologyNames } from './topology';

/** Transactions (their query runners) that wrote to the outbox and have not committed yet. */
const outboxWriters = new WeakSet<object>();
/** How often the relay checks its outbox for dead rows to vacuum. */
const VACUUM_CHECK_MS = 30_000;

/** Called by EventPublisher: the relay is nudged when this transaction commits. */
export function markOutboxWrite(queryRunner: object | undefined): void {
  if (queryRunner) outboxWriters.add(queryRunner);
}

interface PendingRow {
  sequence: string;
  id: string;
  name: string;
  envelope: { correlation_id?: string; occurred_at?: string; source?: string; workspace_id?: string | null };
}

/**
 * Publishes committed outbox rows with publisher confirms in `sequence` order, and stamps them sent in the same
 * database transaction that locked them. Several replicas are safe: only the one holding the outbox's advisory lock
 * relays, and rows are claimed FOR UPDATE SKIP LOCKED. (Sequence order is the order rows were written; two
 * transactions committing out of that order can be published in commit order instead. Events of one entity keep
 * their order, because the entity's row lock serialises the transactions that write them.) If the broker is down, the batch's
 * transaction rolls back and the rows wait; a confirm that arrives after a crash can at worst cause one
 * re-publication, which consumers' inboxes absorb (at-least-once delivery, exactly-once effect).
 */
@Injectable()
export class OutboxRelay {
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly names;
  private readonly table: string;
  private channel?: ChannelWrapper;
  private timer?: NodeJS.Timeout;
  private purgeTimer?: NodeJS.Timeout;
  private vacuumTimer?: NodeJS.Timeout;
  private running = false;
  private stopped = true;
  private currentBatch: Promise<number> = Promise.resolve(0);
  private failures = 0;
  private nudged = false;
  /** The broker came back while a pass was running: run again right after it, whatever that pass's outcome. */
  private woken = false;

  constructor(
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
    private readonly connection: AmqpConnection,
    private readonly dataSource: DataSource,
    private readonly metrics: MetricsService,
  ) {
    this.names = topologyNames(options.prefix, options.service);
    this.table = quotedTablePath(dataSource, OutboxMessage);
    metrics.gauge('outbox_pending_messages', 'Outbox rows not yet published', () => this.pendingCount());
    // Relay as soon as a transaction that wrote events commits, not at the next poll: every publisher gets this
    // without having to remember to ask.
    dataSource.subscribers.push({
      afterTransactionCommit: ({ queryRunner }) => {
        if (outboxWriters.delete(queryRunner)) this.nudge();
      },
      afterTransactionRollback: ({ queryRunner }) => {
        outboxWriters.delete(queryRunner);
      },
    });
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.channel = this.connection.createChannel({
      name: 'outbox-relay',
      confirm: true,
      setup: async (channel: ConfirmChannel) => {
        await assertExchanges(channel, this.names);
        await assertSubscriberQueues(channel, this.options.prefix);
      },
    });
    // Emitted whenever the channel (re)opens with its topology declared: after an outage the backlog goes at once.
    this.channel.on('connect', () => this.wake());
    this.schedule(0);
    this.purgeTimer = setInterval(() => void this.purgeSent(24).catch(() => undefined), 10 * 60_000);
    this.purgeTimer.unref();
    // Every sent row leaves a dead entry in the pending index each pass walks: keep them vacuumed (table-vacuum.ts).
    this.vacuumTimer = setInterval(
      () => void vacuumWhenBloated(this.dataSource, 'outbox').catch(() => undefined),
      VACUUM_CHECK_MS,
    );
    this.vacuumTimer.unref();
  }

  /** Stops polling and waits for the batch in flight to finish (graceful shutdown flushes it). */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    if (this.purgeTimer) clearInterval(this.purgeTimer);
    if (this.vacuumTimer) clearInterval(this.vacuumTimer);
    await this.currentBatch.catch(() => 0);
  }

  /** Asks for an immediate pass (done automatically after a commit that wrote events). */
  nudge(): void {
    if (this.stopped) return;
    // While the relay is failing, the backoff decides when it tries again: otherwise every commit of a busy service
    // would be one more attempt against a broker that is gone or refusing. With the broker known to be gone there is
    // nothing to try at all; the reconnection wakes the relay.
    if (this.failures || !this.connection.isConnected()) return;
    // A pass in progress may have read before the nudging commit: run another as soon as it ends.
    if (this.running) this.nudged = true;
    else this.schedule(0);
  }

  async pendingCount(): Promise<number> {
    const rows = await this.dataSource.query(`SELECT count(*)::int AS n FROM ${this.table} WHERE sent_at IS NULL`);
    return rows[0].n;
  }

  /** The broker is back: the backlog leaves now, not after the rest of a backoff (up to 10 s) or a poll interval. */
  private wake(): void {
    if (this.stopped) return;
    this.failures = 0;
    // A pass in flight may still fail on the old channel; the wake must outlive that failure, unlike a nudge.
    if (this.running) this.woken = true;
    else this.schedule(0);
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), delayMs);
    this.timer.unref?.();
  }

  private async tick(): Promise<void> {
    if (this.running || this.stopped) return;
    this.running = true;
    let sent = 0;
    try {
      this.currentBatch = this.relayBatch();
      sent = await this.currentBatch;
      this.failures = 0;
    } catch (err) {
      this.failures++;
      if (this.failures === 1 || this.failures % 20 === 0) {
        this.logger.warn(`outbox relay paused: ${(err as Error).message} (attempt ${this.failures})`);
      }
    } finally {
      this.running = false;
    }
    if (this.woken) {
      this.woken = false;
      this.failures = 0;
      return this.schedule(0);
    }
    // A nudge that came during a pass that failed is dropped: the backoff decides when to try again.
    const nudged = this.nudged;
    this.nudged = false;
    if (nudged && !this.failures) return this.schedule(0);
    // A full batch means more is waiting: go again at once. After failures back off, capped at 10 s.
    const backoff = this.failures ? Math.min(10_000, this.options.outbox.pollMs * 2 ** Math.min(this.failures, 5)) : 0;
    this.schedule(sent >= this.options.outbox.batchSize ? 0 : backoff || this.options.outbox.pollMs);
  }

  /** One batch in one transaction; returns how many rows were published. */
  async relayBatch(): Promise<number> {
    if (!this.channel || !this.connection.isConnected()) throw new Error('broker not connected');
    const channel = this.channel;
    let failure: Error | undefined;
    const sent = await this.dataSource.transaction(async (manager) => {
      const [{ locked }] = await manager.query('SELECT pg_try_advisory_xact_lock(hashtext($1)) AS locked', [
        `outbox-relay:${this.table}`,
      ]);
      if (!locked) return 0; // another replica is relaying; it keeps the order
      const rows: PendingRow[] = await manager.query(
        `SELECT sequence, id, name, envelope FROM ${this.table}
          WHERE sent_at IS NULL ORDER BY sequence LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [this.options.outbox.batchSize],
      );
      if (rows.length === 0) return 0;
      // Publish the whole batch, then wait for every confirm: one round trip per batch, order kept by the channel.
      const results = await Promise.allSettled(
        rows.map((row) =>
          channel.publish(this.names.eventsExchange, row.name, Buffer.from(JSON.stringify(row.envelope)), {
            persistent: true,
            messageId: row.id,
            type: row.name,
            contentType: 'application/json',
            timestamp: Math.floor(Date.parse(row.envelope.occurred_at ?? '') / 1000) || undefined,
            appId: row.envelope.source,
            correlationId: row.envelope.correlation_id,
            headers: { [HEADERS.correlationId]: row.envelope.correlation_id },
            timeout: 10_000,
          }),
        ),
      );
      // Confirmed rows are done even if others failed: they are not published again on the next pass.
      const confirmed = rows.filter((_, i) => results[i].status === 'fulfilled');
      const failed = rows.filter((_, i) => results[i].status === 'rejected');
      if (confirmed.length) {
        await manager.query(`UPDATE ${this.table} SET sent_at = now() WHERE sequence = ANY($1::bigint[])`, [
          confirmed.map((r) => r.sequence),
        ]);
      }
      if (failed.length) {
        const reason = (results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason as Error;
        await manager.query(
          `UPDATE ${this.table} SET attempts = attempts + 1, last_error = $2 WHERE sequence = ANY($1::bigint[])`,
          [failed.map((r) => r.sequence), String(reason?.message ?? reason).slice(0, 1000)],
        );
        failure = reason instanceof Error ? reason : new Error(String(reason));
      }
      for (const row of confirmed) this.metrics.messagesPublished.inc({ name: row.name });
      return confirmed.length;
    });
    // Thrown after the commit so the attempt count sticks and the caller backs off.
    if (failure) throw failure;
    return sent;
  }

  /** Deletes published rows older than `olderThanHours` (they are kept for a while to inspect). */
  async purgeSent(olderThanHours: number): Promise<number> {
    const [, deleted] = await this.dataSource.query(
      `DELETE FROM ${this.table} WHERE sent_at IS NOT NULL AND sent_at < now() - make_interval(hours => $1)`,
      [olderThanHours],
    );
    return Number(deleted ?? 0);
  }
}
