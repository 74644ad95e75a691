import { Inject, Injectable } from '@nestjs/common';
import { SITE_UPDATED, ServiceError, type UpdateSiteRequest } from '@mab/contracts';
import { EventPublisher } from '@mab/messaging';
import { WorkspaceRepository } from '@mab/persistence';
import type { EntityManager } from 'typeorm';
import { ComponentEntity } from '../../components/component.entity';
import { TEMPLATE_ENV } from '../../template.config';
import { platformHosts, type TemplateEnv } from '../../template.env';
import { assertDomainFree } from '../custom-domain-claim';
import { bumpRevision, siteOr404 } from '../site-access';
import { siteRouting } from '../site-view';
import { SiteEntity } from '../site.entity';

/**
 * Changes a site's settings. The rules: the slug stays unique in the workspace, a custom domain is claimed by
 * one site across workspaces, the pages start with `/` and have distinct paths, and a page that still holds
 * components cannot be removed (move or delete them first).
 */
@Injectable()
export class UpdateSiteUseCase {
  private readonly reservedHosts: string[];

  constructor(
    private readonly publisher: EventPublisher,
    @Inject(TEMPLATE_ENV) env: TemplateEnv,
  ) {
    this.reservedHosts = platformHosts(env);
  }

  async execute(request: UpdateSiteRequest, manager: EntityManager, workspaceId: string): Promise<SiteEntity> {
    const site = await siteOr404(manager, workspaceId, request.site_id, true);
    const sites = WorkspaceRepository.of(manager, SiteEntity, workspaceId);
    const patch: Partial<SiteEntity> = {};
    const changed: string[] = [];
    const set = <K extends keyof SiteEntity>(field: string, key: K, value: SiteEntity[K] | undefined) => {
      if (value === undefined || JSON.stringify(value) === JSON.stringify(site[key])) return;
      patch[key] = value;
      changed.push(field);
    };

    if (request.slug !== undefined && request.slug !== site.slug) {
      // Two renames to one slug take turns, so the loser gets a 409 rather than the unique index's error.
      // eslint-disable-next-line no-restricted-syntax -- a lock, no data read
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`site-slug:${workspaceId}:${request.slug}`]);
      if (await sites.exists({ slug: request.slug })) {
        throw new ServiceError(409, 'slug_taken', `another site of this workspace is at "${request.slug}"`, [
          { field: 'slug', constraints: ['is already used by another site of this workspace'] },
        ]);
      }
    }
    if (request.custom_domain) {
      const domain = request.custom_domain;
      if (this.reservedHosts.some((host) => domain === host || domain.endsWith(`.${host}`))) {
        throw ServiceError.validation(`${domain} is the platform's own address`, [
          {
            field: 'custom_domain',
            constraints: ["must not be the platform's own host name or one of its sub-domains"],
          },
        ]);
      }
      await assertDomainFree(manager, domain, site.id);
    }
    if (request.pages)
      await this.assertPagesCanChange(
        manager,
        site,
        request.pages.map((p) => p.path),
      );

    set('name', 'name', request.name);
    set('slug', 'slug', request.slug);
    set('seo_title', 'seoTitle', request.seo_title);
    set('seo_description', 'seoDescription', request.seo_description);
    set('og_image_url', 'ogImageUrl', request.og_image_url);
    set('custom_domain', 'customDomain', request.custom_domain);
    set('customizations', 'customizations', request.customizations && { ...request.customizations });
    set(
      'pages',
      'pages',
      request.pages?.map((p) => ({ path: p.path, title: p.title, description: p.description ?? null })),
    );
    if (!changed.length) return site;

    await sites.update({ id: site.id }, patch);
    Object.assign(site, patch);
    await bumpRevision(manager, site);
    await this.publisher.publish(manager, SITE_UPDATED, {
      site_id: site.id,
      name: site.name,
      slug: site.slug,
      changed,
      routing: siteRouting(site),
    });
    return (await sites.findById(site.id))!;
  }

  private async assertPagesCanChange(manager: EntityManager, site: SiteEntity, paths: string[]): Promise<void> {
    if (paths[0] !== '/') {
      throw ServiceError.validation('the first page is the home page', [
        { field: 'pages[0].path', constraints: ['must be /'] },
      ]);
    }
    const seen = new Set<string>();
    paths.forEach((path, index) => {
      if (seen.has(path))
        throw ServiceError.validation(`two pages at ${path}`, [
          { field: `pages[${index}].path`, constraints: ['must differ from the other pages'] },
        ]);
      seen.add(path);
    });
    const removed = site.pages.map((p) => p.path).filter((path) => !seen.has(path));
    if (!removed.length) return;
    const components = WorkspaceRepository.of(manager, ComponentEntity, site.workspaceId);
    for (const page of removed) {
      const count = await components.count({ siteId: site.id, page });
      if (count) {
        throw new ServiceError(409, 'page_not_empty', `page ${page} still holds ${count} component(s)`, [
          { field: 'pages', constraints: [`keeps ${page} until its components are moved or deleted`] },
        ]);
      }
    }
  }
}
