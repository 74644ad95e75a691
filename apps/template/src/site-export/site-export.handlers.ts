import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import {
  EXPORT_SITE,
  IMPORT_SITE,
  SITE_EXPORT_FORMAT,
  SITE_EXPORT_VERSIONS_MAX,
  ServiceError,
  type ImportedSiteView,
  type SiteExportDocument,
  type SiteIdRequest,
} from '@mab/contracts';
import { EventPublisher, OnCommand, type CommandContext } from '@mab/messaging';
import { WorkspaceRepository } from '@mab/persistence';
import { DataSource } from 'typeorm';
import { componentView } from '../components/component-view';
import { assertPlanValid, captureSiteState, replaceSiteContent, type SiteState } from '../publishing/site-state';
import { SiteVersionEntity } from '../publishing/site-version.entity';
import { saveVersion } from '../publishing/site-versions';
import { createSite } from '../sites/create-site';
import { siteOr404 } from '../sites/site-access';
import { siteView } from '../sites/site-view';
import { TEMPLATE_ENV } from '../template.config';
import type { TemplateEnv } from '../template.env';

/** Backup and restore of a site as a JSON document (see SiteExportDocument for what it carries and why). */
@Injectable()
export class SiteExportHandlers {
  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: EventPublisher,
    @Inject(TEMPLATE_ENV) private readonly env: TemplateEnv,
  ) {}

  @OnCommand(EXPORT_SITE)
  async export(request: SiteIdRequest, ctx: CommandContext<typeof EXPORT_SITE>): Promise<SiteExportDocument> {
    const site = await siteOr404(this.dataSource, ctx.workspaceId, request.site_id);
    const state = await captureSiteState(this.dataSource.manager, site);
    const versions = await WorkspaceRepository.of(this.dataSource, SiteVersionEntity, ctx.workspaceId).find({
      where: { siteId: site.id },
      order: { number: 'DESC' },
      take: SITE_EXPORT_VERSIONS_MAX,
    });
    return {
      format: SITE_EXPORT_FORMAT,
      format_version: 1,
      exported_at: new Date().toISOString(),
      site: state,
      versions: versions.reverse().map((v) => ({
        version: v.number,
        kind: v.kind,
        reason: v.reason,
        created_at: v.createdAt.toISOString(),
        state: v.state,
      })),
    };
  }

  @OnCommand(IMPORT_SITE)
  async import(document: SiteExportDocument, ctx: CommandContext<typeof IMPORT_SITE>): Promise<ImportedSiteView> {
    const remap = idRemapper();
    const current = remapState(document.site, remap);
    assertImportable(current, 'site');
    document.versions.forEach((version, index) => assertImportable(version.state, `versions[${index}].state`));

    const site = await createSite(ctx.manager, this.publisher, ctx.workspaceId, ctx.userId, {
      name: current.name,
      slug: current.slug,
      slugFallback: true,
      seoTitle: current.seo_title ?? null,
      seoDescription: current.seo_description ?? null,
      ogImageUrl: current.og_image_url ?? null,
      customizations: current.customizations,
      pages: current.pages.map((p) => ({ path: p.path, title: p.title, description: p.description ?? null })),
    });
    // History first (oldest to newest, as saved states), so the numbers keep their order.
    for (const version of document.versions) {
      await saveVersion(
        ctx.manager,
        site,
        {
          kind: 'snapshot',
          reason: `imported: ${version.reason} (version ${version.version} of the export)`,
          state: remapState(version.state, remap),
        },
        ctx.userId,
      );
    }
    const components = await replaceSiteContent(
      ctx.manager,
      this.publisher,
      site,
      { pages: current.pages, customizations: current.customizations, components: current.components },
      false,
    );
    const fresh = (await siteOr404(ctx.manager, ctx.workspaceId, site.id))!;
    return {
      site: siteView(fresh, this.env.PUBLIC_BASE_URL),
      components: components.map(componentView),
      versions_imported: document.versions.length,
    };
  }
}

/** The same new id for the same old id, across the current state and every version of one import. */
function idRemapper(): (id: string) => string {
  const ids = new Map<string, string>();
  return (id) => {
    if (!ids.has(id)) ids.set(id, randomUUID());
    return ids.get(id)!;
  };
}

function remapState(state: SiteState, remap: (id: string) => string): SiteState {
  return { ...state, components: state.components.map((c) => ({ ...c, id: remap(c.id) })) };
}

/** An imported state obeys the rules of any write: pages start at `/` and differ, components are valid. */
function assertImportable(state: SiteState, path: string): void {
  if (state.pages[0]?.path !== '/') {
    throw ServiceError.validation('the first page is the home page', [
      { field: `${path}.pages[0].path`, constraints: ['must be /'] },
    ]);
  }
  const paths = state.pages.map((p) => p.path);
  if (new Set(paths).size !== paths.length) {
    throw ServiceError.validation('two pages share a path', [
      { field: `${path}.pages`, constraints: ['must have distinct paths'] },
    ]);
  }
  assertPlanValid(state.pages, state.components, `${path}.components`);
}
