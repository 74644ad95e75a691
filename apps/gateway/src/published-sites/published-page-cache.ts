import { Injectable } from '@nestjs/common';
import { GET_PUBLISHED_PAGE, type RenderedPageView } from '@mab/contracts';
import { ServiceClient } from '@mab/messaging';

/** Memory the cached pages may take, in bytes of HTML (a typical page is 20–60 KB). */
const MAX_BYTES = 64 * 1024 * 1024;

/**
 * Pages of published versions, by site, version and path. A published version never changes, so an entry never
 * goes stale: a new publish or a rollback changes the version the directory points at, and the next request asks
 * for the new key. The least recently used pages leave first when the budget is spent; concurrent misses of one
 * page share one request to the template service.
 */
@Injectable()
export class PublishedPageCache {
  private readonly pages = new Map<string, RenderedPageView>();
  private readonly loading = new Map<string, Promise<RenderedPageView | null>>();
  private bytes = 0;

  constructor(private readonly services: ServiceClient) {}

  async get(siteId: string, version: number, page: string): Promise<RenderedPageView | null> {
    const key = `${siteId}:${version}:${page}`;
    const hit = this.pages.get(key);
    if (hit) {
      // Map order is insertion order: moving the entry to the end makes the first entry the least recent.
      this.pages.delete(key);
      this.pages.set(key, hit);
      return hit;
    }
    const pending = this.loading.get(key);
    if (pending) return pending;
    const load = this.load(key, siteId, version, page).finally(() => this.loading.delete(key));
    this.loading.set(key, load);
    return load;
  }

  private async load(key: string, siteId: string, version: number, page: string): Promise<RenderedPageView | null> {
    try {
      const view = await this.services.request(GET_PUBLISHED_PAGE, { site_id: siteId, version, page });
      this.keep(key, view);
      return view;
    } catch (err) {
      if ((err as { statusCode?: number }).statusCode === 404) return null;
      throw err;
    }
  }

  private keep(key: string, view: RenderedPageView): void {
    const size = view.html.length;
    if (size > MAX_BYTES / 4) return;
    this.pages.set(key, view);
    this.bytes += size;
    for (const [oldest, page] of this.pages) {
      if (this.bytes <= MAX_BYTES) break;
      this.pages.delete(oldest);
      this.bytes -= page.html.length;
    }
  }
}
