import { Inject, Injectable } from '@nestjs/common';
import {
  GET_PUBLISHED_PAGE,
  LIST_SITE_VERSIONS,
  PREVIEW_SITE,
  PUBLISH_SITE,
  RESTORE_SITE_VERSION,
  ROLLBACK_SITE,
  ServiceError,
  SITE_PUBLISHED,
  SITE_UNPUBLISHED,
  SITE_UPDATED,
  UNPUBLISH_SITE,
  type GetPublishedPageRequest,
  type ListSiteVersionsRequest,
  type Page,
  type PreviewSiteRequest,
  type PublishedSiteView,
  type RenderedPageView,
  type SiteIdRequest,
  type SiteVersionRequest,
  type SiteVersionView,
} from '@mab/contracts';
import { EventPublisher, OnCommand, type CommandContext } from '@mab/messaging';
import { WorkspaceRepository, keysetPage } from '@mab/persistence';
import { DataSource, type EntityManager } from 'typeorm';
import { bumpRevision, siteOr404 } from '../sites/site-access';
import { publicUrl, siteRouting } from '../sites/site-view';
import { SiteEntity } from '../sites/site.entity';
import { TEMPLATE_ENV } from '../template.config';
import type { TemplateEnv } from '../template.env';
import { claimPublicSlug } from './public-slug';
import { SiteRenderer } from './site-renderer';
import { captureSiteState, replaceSiteContent } from './site-state';
import { SiteVersionEntity } from './site-version.entity';
import { saveVersion } from './site-versions';

/**
 * Publishing: every publish renders all pages into a new immutable version and puts it live; rollback puts an
 * older one live again byte for byte; restore brings a version's content back as the draft. The gateway serves
 * the live version and learns about every change from `template.site.*` events.
 */
@Injectable()
export class PublishingHandlers {
  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: EventPublisher,
    private readonly renderer: SiteRenderer,
    @Inject(TEMPLATE_ENV) private readonly env: TemplateEnv,
  ) {}

  private async goLive(
    manager: EntityManager,
    site: SiteEntity,
    version: SiteVersionEntity,
    rollback: boolean,
  ): Promise<PublishedSiteView> {
    await claimPublicSlug(manager, site);
    const live = {
      publishedVersion: version.number,
      publishedPages: version.state.pages.map((p) => p.path),
      publishedComponentIds: version.state.components.map((c) => c.id),
      status: 'published' as const,
      publishedAt: new Date(),
    };
    await WorkspaceRepository.of(manager, SiteEntity, site.workspaceId).update({ id: site.id }, live);
    Object.assign(site, live);
    await bumpRevision(manager, site);
    const url = publicUrl(site, this.env.PUBLIC_BASE_URL);
    const pages = live.publishedPages;
    const publishedAt = live.publishedAt;
    await this.publisher.publish(manager, SITE_PUBLISHED, {
      site_id: site.id,
      version: version.number,
      url,
      pages,
      rollback,
      routing: siteRouting(site),
    });
    return {
      url,
      domain_url: site.customDomain ? `https://${site.customDomain}/` : null,
      version: version.number,
      pages,
      published_at: publishedAt.toISOString(),
    };
  }

  @OnCommand(PUBLISH_SITE)
  async publish(request: SiteIdRequest, ctx: CommandContext<typeof PUBLISH_SITE>): Promise<PublishedSiteView> {
    const site = await siteOr404(ctx.manager, ctx.workspaceId, request.site_id, true);
    const state = await captureSiteState(ctx.manager, site);
    const pagesHtml = await this.renderer.renderAll(site, state);
    const version = await saveVersion(
      ctx.manager,
      site,
      { kind: 'publish', reason: 'published', state, pagesHtml },
      ctx.userId,
    );
    return this.goLive(ctx.manager, site, version, false);
  }

  @OnCommand(ROLLBACK_SITE)
  async rollback(request: SiteVersionRequest, ctx: CommandContext<typeof ROLLBACK_SITE>): Promise<PublishedSiteView> {
    const site = await siteOr404(ctx.manager, ctx.workspaceId, request.site_id, true);
    const version = await WorkspaceRepository.of(ctx.manager, SiteVersionEntity, ctx.workspaceId).findOne({
      siteId: site.id,
      number: request.version,
    });
    if (!version) throw ServiceError.notFound('version', String(request.version));
    if (version.kind !== 'publish') {
      throw new ServiceError(
        409,
        'not_a_published_version',
        `version ${request.version} is a saved state, not a publish: restore it, then publish`,
      );
    }
    return this.goLive(ctx.manager, site, version, true);
  }

  @OnCommand(UNPUBLISH_SITE)
  async unpublish(request: SiteIdRequest, ctx: CommandContext<typeof UNPUBLISH_SITE>): Promise<void> {
    const site = await siteOr404(ctx.manager, ctx.workspaceId, request.site_id, true);
    if (site.publishedVersion === null) return;
    // The short address goes back to the pool with the site offline.
    await WorkspaceRepository.of(ctx.manager, SiteEntity, ctx.workspaceId).update(
      { id: site.id },
      { publishedVersion: null, publishedPages: null, publishedComponentIds: null, status: 'draft', publicSlug: null },
    );
    Object.assign(site, {
      publishedVersion: null,
      publishedPages: null,
      publishedComponentIds: null,
      status: 'draft',
      publicSlug: null,
    });
    await bumpRevision(ctx.manager, site);
    await this.publisher.publish(ctx.manager, SITE_UNPUBLISHED, { site_id: site.id, routing: siteRouting(site) });
  }

  @OnCommand(LIST_SITE_VERSIONS)
  async versions(
    request: ListSiteVersionsRequest,
    ctx: CommandContext<typeof LIST_SITE_VERSIONS>,
  ): Promise<Page<SiteVersionView>> {
    const site = await siteOr404(this.dataSource, ctx.workspaceId, request.site_id);
    const qb = WorkspaceRepository.of(this.dataSource, SiteVersionEntity, ctx.workspaceId)
      .queryBuilder('version')
      .andWhere('version.siteId = :siteId', { siteId: site.id });
    return keysetPage(qb, { keys: ['number'], direction: 'DESC' }, request, (version) => ({
      version: version.number,
      kind: version.kind,
      reason: version.reason,
      live: version.number === site.publishedVersion,
      component_count: version.state.components.length,
      pages: version.state.pages.map((p) => p.path),
      created_by: version.createdBy,
      created_at: version.createdAt.toISOString(),
    }));
  }

  @OnCommand(RESTORE_SITE_VERSION)
  async restore(request: SiteVersionRequest, ctx: CommandContext<typeof RESTORE_SITE_VERSION>): Promise<void> {
    const site = await siteOr404(ctx.manager, ctx.workspaceId, request.site_id, true);
    const version = await WorkspaceRepository.of(ctx.manager, SiteVersionEntity, ctx.workspaceId).findOne({
      siteId: site.id,
      number: request.version,
    });
    if (!version) throw ServiceError.notFound('version', String(request.version));
    await saveVersion(
      ctx.manager,
      site,
      { kind: 'snapshot', reason: `before restoring version ${version.number}` },
      ctx.userId,
    );
    const { state } = version;
    await replaceSiteContent(
      ctx.manager,
      this.publisher,
      site,
      { pages: state.pages, customizations: state.customizations, components: state.components },
      // A component that workflows use is not dropped by a restore: 409 lists them (delete it first, with force).
      false,
    );
    await WorkspaceRepository.of(ctx.manager, SiteEntity, ctx.workspaceId).update(
      { id: site.id },
      {
        seoTitle: state.seo_title ?? null,
        seoDescription: state.seo_description ?? null,
        ogImageUrl: state.og_image_url ?? null,
      },
    );
    await bumpRevision(ctx.manager, site);
    await this.publisher.publish(ctx.manager, SITE_UPDATED, {
      site_id: site.id,
      name: site.name,
      slug: site.slug,
      changed: ['pages', 'customizations', 'components', 'seo'],
      routing: siteRouting(site),
    });
  }

  @OnCommand(PREVIEW_SITE)
  async preview(request: PreviewSiteRequest, ctx: CommandContext<typeof PREVIEW_SITE>): Promise<RenderedPageView> {
    const site = await siteOr404(this.dataSource, ctx.workspaceId, request.site_id);
    const state = await captureSiteState(this.dataSource.manager, site);
    const page = await this.renderer.renderPage(site, state, request.page ?? '/', true);
    return { html: page.html, content_security_policy: page.csp, etag: page.etag };
  }

  /**
   * One page of a published version, for the gateway's cache. Not scoped to a workspace: published pages are
   * public, and the gateway names the site and version from its read model.
   */
  @OnCommand(GET_PUBLISHED_PAGE)
  async publishedPage(request: GetPublishedPageRequest): Promise<RenderedPageView> {
    // eslint-disable-next-line no-restricted-syntax -- public data of any workspace, selected by site and version
    const row: { page: { html: string; csp: string; etag: string } | null } | undefined = await this.dataSource
      .createQueryBuilder(SiteVersionEntity, 'version')
      .select(`version.pages_html -> :page`, 'page')
      .where('version.siteId = :siteId AND version.number = :number AND version.kind = :kind', {
        siteId: request.site_id,
        number: request.version,
        kind: 'publish',
        page: request.page,
      })
      .getRawOne();
    if (!row?.page) throw ServiceError.notFound('page', request.page);
    return { html: row.page.html, content_security_policy: row.page.csp, etag: row.page.etag };
  }
}
