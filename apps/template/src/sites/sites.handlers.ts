import { Injectable } from '@nestjs/common';
import {
  CREATE_SITE,
  GET_SITE,
  LIST_SITES,
  SITE_CREATED,
  ServiceError,
  type CreateSiteRequest,
  type GetSiteRequest,
  type ListSitesQuery,
  type Page,
  type SiteView,
} from '@mab/contracts';
import { EventPublisher, OnCommand, type CommandContext } from '@mab/messaging';
import { WorkspaceRepository, keysetPage } from '@mab/persistence';
import { Brackets, DataSource } from 'typeorm';
import { SiteEntity } from './site.entity';
import { slugCandidates, slugFromName } from './site-slug';

export function siteView(site: SiteEntity): SiteView {
  return {
    id: site.id,
    name: site.name,
    slug: site.slug,
    status: site.status,
    template_id: site.templateId,
    seo_title: site.seoTitle,
    seo_description: site.seoDescription,
    og_image_url: site.ogImageUrl,
    published_at: site.publishedAt?.toISOString() ?? null,
    created_at: site.createdAt.toISOString(),
    updated_at: site.updatedAt.toISOString(),
  };
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Sites of a workspace: create, list, get. Every query goes through a repository bound to the caller's workspace. */
@Injectable()
export class SitesHandlers {
  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: EventPublisher,
  ) {}

  @OnCommand(CREATE_SITE)
  async create(request: CreateSiteRequest, ctx: CommandContext<typeof CREATE_SITE>): Promise<SiteView> {
    const sites = WorkspaceRepository.of(ctx.manager, SiteEntity, ctx.workspaceId);
    const values = {
      name: request.name,
      seoTitle: request.seo_title ?? null,
      seoDescription: request.seo_description ?? null,
      ogImageUrl: request.og_image_url ?? null,
      createdBy: ctx.userId,
    };
    let site: SiteEntity | null = null;
    if (request.slug) {
      site = await sites.insertUnlessConflict({ ...values, slug: request.slug });
      if (!site) {
        throw new ServiceError(409, 'slug_taken', `another site of this workspace is at "${request.slug}"`, [
          { field: 'slug', constraints: ['is already used by another site of this workspace'] },
        ]);
      }
    } else {
      // The unique index decides between concurrent creations; a taken slug just moves on to the next candidate.
      for (const slug of slugCandidates(slugFromName(request.name))) {
        site = await sites.insertUnlessConflict({ ...values, slug });
        if (site) break;
      }
      if (!site) throw ServiceError.conflict('could not find a free slug for this name; give one');
    }
    await this.publisher.publish(ctx.manager, SITE_CREATED, {
      site_id: site.id,
      name: site.name,
      slug: site.slug,
      template_id: site.templateId,
    });
    return siteView(site);
  }

  @OnCommand(LIST_SITES)
  list(query: ListSitesQuery, ctx: CommandContext<typeof LIST_SITES>): Promise<Page<SiteView>> {
    const qb = WorkspaceRepository.of(this.dataSource, SiteEntity, ctx.workspaceId).queryBuilder('site');
    if (query.status) qb.andWhere('site.status = :status', { status: query.status });
    if (query.q) {
      const pattern = `%${escapeLike(query.q)}%`;
      qb.andWhere(
        new Brackets((w) =>
          w.where('site.name ILIKE :pattern', { pattern }).orWhere('site.slug ILIKE :pattern', { pattern }),
        ),
      );
    }
    return keysetPage(qb, { keys: ['createdAt', 'id'], direction: 'DESC' }, query, siteView);
  }

  @OnCommand(GET_SITE)
  async get(request: GetSiteRequest, ctx: CommandContext<typeof GET_SITE>): Promise<SiteView> {
    const site = await WorkspaceRepository.of(this.dataSource, SiteEntity, ctx.workspaceId).findById(request.site_id);
    if (!site) throw ServiceError.notFound('site', request.site_id);
    return siteView(site);
  }
}
