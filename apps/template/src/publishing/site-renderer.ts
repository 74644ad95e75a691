import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { ServiceError } from '@mab/contracts';
import type { SiteEntity } from '../sites/site.entity';
import { PageRenderer } from './render/page-renderer';
import type { RenderSite } from './render/render-input';
import type { SiteState } from './site-state';
import type { StoredPage } from './site-version.entity';

export const ingestionPath = (siteId: string) => `/api/public/sites/${siteId}/events`;

/** A strong validator: the same HTML always has the same tag, whichever replica rendered it. */
export const etagOf = (html: string) => `"${createHash('sha256').update(html).digest('base64url').slice(0, 32)}"`;

/** Renders the pages of a site's state with the page renderer (LiquidJS, escaping by default). */
@Injectable()
export class SiteRenderer {
  private readonly renderer = new PageRenderer();

  private renderSite(site: SiteEntity, state: SiteState): RenderSite {
    return {
      id: site.id,
      name: state.name,
      seo_title: state.seo_title ?? null,
      seo_description: state.seo_description ?? null,
      og_image_url: state.og_image_url ?? null,
      customizations: state.customizations,
      pages: state.pages.map((p) => ({ path: p.path, title: p.title })),
    };
  }

  async renderPage(site: SiteEntity, state: SiteState, path: string, preview: boolean): Promise<StoredPage> {
    const page = state.pages.find((p) => p.path === path);
    if (!page) throw ServiceError.notFound('page', path);
    const components = state.components
      .filter((c) => c.page === path)
      .sort((a, b) => a.position - b.position)
      .map((c) => ({ id: c.id, type: c.type, config: c.config }));
    const rendered = await this.renderer.render(
      this.renderSite(site, state),
      { path: page.path, title: page.title, description: page.description ?? null, components },
      { ingestionPath: ingestionPath(site.id), preview },
    );
    return { html: rendered.html, csp: rendered.contentSecurityPolicy, etag: etagOf(rendered.html) };
  }

  async renderAll(site: SiteEntity, state: SiteState): Promise<Record<string, StoredPage>> {
    const pages: Record<string, StoredPage> = {};
    for (const page of state.pages) pages[page.path] = await this.renderPage(site, state, page.path, false);
    return pages;
  }
}
