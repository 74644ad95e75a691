import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { AmqpConnection, MESSAGING_OPTIONS, subscribeBroadcast, type MessagingOptions } from '@mab/messaging';
import { DataSource, MoreThan, type FindOptionsWhere } from 'typeorm';
import { SiteDirectoryEntity } from './site-directory.entity';
import { entryFromRouting, entryFromRow, isLive, routingOf, type LiveSiteEntry, type SiteEntry } from './site-entry';

/** How often a replica catches up from the directory table (events it may have missed while reconnecting). */
const REFRESH_EVERY_MS = 5_000;
/** Each catch-up re-reads this far back: a row is stamped when written, visible when its transaction commits. */
const REFRESH_OVERLAP_MS = 30_000;
/** Misses that may ask the database per second (a flood of made-up slugs, ids or hosts costs no more than this). */
const MISS_LOOKUPS_PER_SECOND = 20;

/**
 * Finds a live (published, not deleted) site by id, public slug or custom domain, for public serving and
 * ingestion, from memory: loaded from the gateway's site directory table at start, kept current by every
 * `template.site.*.v1` event this replica hears (each replica hears all of them on its own broadcast queue; the
 * table is written once, by the directory handler), and caught up from the table every few seconds. Events
 * carry revisions: an older one never wins. A miss is 404; only a few misses per second are checked against
 * the table (a site this replica has not heard of yet), so made-up addresses cannot load the database.
 */
@Injectable()
export class SiteDirectory implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SiteDirectory.name);
  /** Every site heard of (live or not): its revision decides whether news of it is newer. */
  private readonly byId = new Map<string, SiteEntry>();
  private readonly bySlug = new Map<string, string>();
  private readonly byDomain = new Map<string, string>();
  private lastRefresh = new Date(0);
  private timer?: NodeJS.Timeout;
  private missTokens = MISS_LOOKUPS_PER_SECOND;
  private missRefill = Date.now();

  constructor(
    private readonly dataSource: DataSource,
    private readonly connection: AmqpConnection,
    @Inject(MESSAGING_OPTIONS) private readonly messaging: MessagingOptions,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // Subscribe first, then load: an event published in between is heard, and the revision rule orders both.
    subscribeBroadcast(this.connection, this.messaging.prefix, ['template.site.*.v1'], (envelope) => {
      const routing = routingOf(envelope.payload);
      if (routing && envelope.workspace_id) this.learn(entryFromRouting(routing, envelope.workspace_id));
    });
    await this.refresh();
    this.timer = setInterval(() => void this.refresh(), REFRESH_EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Reads the rows written since the last catch-up (all of them the first time). */
  async refresh(): Promise<void> {
    const started = new Date();
    try {
      const since = new Date(this.lastRefresh.getTime() - REFRESH_OVERLAP_MS);
      const rows = await this.dataSource.getRepository(SiteDirectoryEntity).find({
        where: this.lastRefresh.getTime() === 0 ? { deleted: false } : { updatedAt: MoreThan(since) },
      });
      for (const row of rows) this.learn(entryFromRow(row));
      this.lastRefresh = started;
    } catch (err) {
      this.logger.warn(`site directory catch-up failed (retried in ${REFRESH_EVERY_MS} ms): ${(err as Error).message}`);
    }
  }

  /** Takes news of a site: the newer revision wins; its old slug and domain stop pointing at it. */
  learn(entry: SiteEntry): void {
    const known = this.byId.get(entry.siteId);
    if (known && known.revision >= entry.revision) return;
    if (known) this.unmap(known);
    this.byId.set(entry.siteId, entry);
    if (!isLive(entry)) return;
    if (entry.publicSlug) this.bySlug.set(entry.publicSlug, entry.siteId);
    if (entry.customDomain) this.byDomain.set(entry.customDomain, entry.siteId);
  }

  /** Removes a site's names, unless another site holds them by now (events of two sites arrive in any order). */
  private unmap(entry: SiteEntry): void {
    if (entry.publicSlug && this.bySlug.get(entry.publicSlug) === entry.siteId) this.bySlug.delete(entry.publicSlug);
    if (entry.customDomain && this.byDomain.get(entry.customDomain) === entry.siteId)
      this.byDomain.delete(entry.customDomain);
  }

  async byIdentifier(id: string): Promise<LiveSiteEntry | null> {
    const entry = this.byId.get(id);
    if (entry) return isLive(entry) ? entry : null;
    return this.missed({ siteId: id });
  }

  async bySlugName(slug: string): Promise<LiveSiteEntry | null> {
    const entry = this.live(this.bySlug.get(slug));
    if (entry?.publicSlug === slug) return entry;
    return this.missed({ publicSlug: slug, deleted: false });
  }

  async byHost(domain: string): Promise<LiveSiteEntry | null> {
    const entry = this.live(this.byDomain.get(domain));
    if (entry?.customDomain === domain) return entry;
    return this.missed({ customDomain: domain, deleted: false });
  }

  private live(siteId: string | undefined): LiveSiteEntry | null {
    const entry = siteId ? this.byId.get(siteId) : undefined;
    return isLive(entry) ? entry : null;
  }

  /** A site this replica has not heard of: asked of the table, within a budget per second. */
  private async missed(where: FindOptionsWhere<SiteDirectoryEntity>): Promise<LiveSiteEntry | null> {
    const now = Date.now();
    this.missTokens = Math.min(
      MISS_LOOKUPS_PER_SECOND,
      this.missTokens + ((now - this.missRefill) / 1000) * MISS_LOOKUPS_PER_SECOND,
    );
    this.missRefill = now;
    if (this.missTokens < 1) return null;
    this.missTokens -= 1;
    const row = await this.dataSource
      .getRepository(SiteDirectoryEntity)
      .findOne({ where, order: { updatedAt: 'DESC' } });
    if (!row) return null;
    this.learn(entryFromRow(row));
    const entry = this.byId.get(row.siteId);
    return isLive(entry) ? entry : null;
  }
}
