import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { quotedTablePath } from '@mab/persistence';
import { DataSource } from 'typeorm';
import { SiteEventReceiptEntity } from './site-event-receipt.entity';

/** How long a client event id is remembered: a browser retries a beacon within seconds, at most hours. */
export const RECEIPT_RETENTION_HOURS = 48;
const PRUNE_EVERY_MS = 15 * 60 * 1000;

/** Deletes old event receipts in small batches, so the dedupe table stays the size of two days of traffic. */
@Injectable()
export class SiteEventReceiptsPruner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SiteEventReceiptsPruner.name);
  private timer?: NodeJS.Timeout;

  constructor(private readonly dataSource: DataSource) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.prune(), PRUNE_EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async prune(): Promise<number> {
    const table = quotedTablePath(this.dataSource, SiteEventReceiptEntity);
    let total = 0;
    try {
      for (;;) {
        // Several gateway replicas may prune at once: deleting the same old rows twice is harmless.
        const deleted: unknown[] = await this.dataSource.query(
          `DELETE FROM ${table} WHERE ctid IN (
             SELECT ctid FROM ${table} WHERE "received_at" < now() - make_interval(hours => $1) LIMIT 5000
           ) RETURNING 1`,
          [RECEIPT_RETENTION_HOURS],
        );
        total += deleted.length;
        if (deleted.length < 5000) break;
      }
    } catch (err) {
      this.logger.warn(`pruning event receipts failed (next try in 15 minutes): ${(err as Error).message}`);
    }
    return total;
  }
}
