import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { AmqpConnection, MESSAGING_OPTIONS, subscribeBroadcast, type MessagingOptions } from '@mab/messaging';
import { DataSource } from 'typeorm';
import { SiteDirectoryEntity } from './site-directory.entity';
import { entryFromRouting, routingOf, type SiteEntry } from './site-entry';

interface Cached<T> {
  value: T;
  expires: number;
}

/** A found site stays cached this long without news; events update it sooner. */
const FOUND_TTL_MS = 60_000;
/** An unknown slug, id or host is asked again after this (a site may appear without this replica hearing). */
const MISSING_TTL_MS = 5_000;
const MAX_ENTRIES = 50_000;

/**
 * Finds a site by id, public slug or custom domain, for public serving and ingestion, without a broker round
 * trip: from memory, filled from the gateway's site directory table, and kept current by every
 * `template.site.*.v1` event this replica hears (each replica hears all of them, on its own broadcast queue; the
 * table is written once, by the directory handler). Events carry revisions, so an older one never wins.
 */
@Injectable()
export class SiteDirectory implements OnApplicationBootstrap {
  private readonly byId = new Map<string, Cached<SiteEntry | null>>();
  private readonly bySlug = new Map<string, Cached<string | null>>();
  private readonly byDomain = new Map<string, Cached<string | null>>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly connection: AmqpConnection,
    @Inject(MESSAGING_OPTIONS) private readonly messaging: MessagingOptions,
  ) {}

  onApplicationBootstrap(): void {
    subscribeBroadcast(this.connection, this.messaging.prefix, ['template.site.*.v1'], (envelope) => {
      const routing = routingOf(envelope.payload);
      if (routing && envelope.workspace_id) this.learn(entryFromRouting(routing, envelope.workspace_id));
    });
  }

  /** Takes news of a site: the newer revision wins, and its old slug and domain stop pointing at it. */
  learn(entry: SiteEntry): void {
    const known = this.byId.get(entry.siteId)?.value;
    if (known && known.revision > entry.revision) return;
    if (known?.publicSlug && known.publicSlug !== entry.publicSlug) this.bySlug.delete(known.publicSlug);
    if (known?.customDomain && known.customDomain !== entry.customDomain) this.byDomain.delete(known.customDomain);
    const expires = Date.now() + FOUND_TTL_MS;
    this.remember(this.byId, entry.siteId, entry, expires);
    if (entry.publicSlug) this.remember(this.bySlug, entry.publicSlug, entry.siteId, expires);
    if (entry.customDomain) this.remember(this.byDomain, entry.customDomain, entry.siteId, expires);
  }

  async byIdentifier(id: string): Promise<SiteEntry | null> {
    const cached = this.fresh(this.byId, id);
    if (cached !== undefined) return cached;
    const row = await this.repository().findOneBy({ siteId: id });
    return this.store(row, { map: this.byId, key: id });
  }

  async bySlugName(slug: string): Promise<SiteEntry | null> {
    const id = this.fresh(this.bySlug, slug);
    if (id !== undefined) return id === null ? null : this.byIdentifier(id);
    const row = await this.repository().findOne({
      where: { publicSlug: slug, deleted: false },
      order: { updatedAt: 'DESC' },
    });
    return this.store(row, { map: this.bySlug, key: slug });
  }

  async byHost(domain: string): Promise<SiteEntry | null> {
    const id = this.fresh(this.byDomain, domain);
    if (id !== undefined) return id === null ? null : this.byIdentifier(id);
    const row = await this.repository()
      .createQueryBuilder('site')
      .where('lower(site.customDomain) = :domain AND site.deleted = false', { domain })
      .orderBy('site.updatedAt', 'DESC')
      .getOne();
    return this.store(row, { map: this.byDomain, key: domain });
  }

  private repository() {
    return this.dataSource.getRepository(SiteDirectoryEntity);
  }

  private store(
    row: SiteDirectoryEntity | null,
    missing: { map: Map<string, Cached<SiteEntry | null>> | Map<string, Cached<string | null>>; key: string },
  ): SiteEntry | null {
    if (!row) {
      this.remember(missing.map as Map<string, Cached<null>>, missing.key, null, Date.now() + MISSING_TTL_MS);
      return null;
    }
    const entry: SiteEntry = {
      siteId: row.siteId,
      workspaceId: row.workspaceId,
      revision: row.revision,
      publicSlug: row.publicSlug,
      customDomain: row.customDomain?.toLowerCase() ?? null,
      publishedVersion: row.publishedVersion,
      deleted: row.deleted,
    };
    this.learn(entry);
    return this.byId.get(entry.siteId)!.value;
  }

  private fresh<T>(map: Map<string, Cached<T>>, key: string): T | undefined {
    const cached = map.get(key);
    if (!cached) return undefined;
    if (cached.expires < Date.now()) {
      map.delete(key);
      return undefined;
    }
    return cached.value;
  }

  private remember<T>(map: Map<string, Cached<T>>, key: string, value: T, expires: number): void {
    // A crude bound: a flood of made-up slugs or hosts cannot grow memory without limit.
    if (map.size >= MAX_ENTRIES && !map.has(key)) map.clear();
    map.set(key, { value, expires });
  }
}
