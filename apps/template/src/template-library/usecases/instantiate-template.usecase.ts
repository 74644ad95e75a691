import { Inject, Injectable } from '@nestjs/common';
import {
  SITE_UPDATED,
  ServiceError,
  type InstantiateTemplateRequest,
  type SiteCustomizations,
  type SiteWithComponentsView,
} from '@mab/contracts';
import { EventPublisher } from '@mab/messaging';
import { WorkspaceRepository } from '@mab/persistence';
import type { EntityManager } from 'typeorm';
import { componentView } from '../../components/component-view';
import { assertPlanValid, replaceSiteContent, type PlannedComponent } from '../../publishing/site-state';
import { saveVersion } from '../../publishing/site-versions';
import { createSite } from '../../sites/create-site';
import { bumpRevision, siteOr404 } from '../../sites/site-access';
import { siteRouting, siteView } from '../../sites/site-view';
import { SiteEntity } from '../../sites/site.entity';
import { TEMPLATE_ENV } from '../../template.config';
import type { TemplateEnv } from '../../template.env';
import { fillTokens, tokensIn } from '../customization-tokens';
import { TemplateEntity } from '../template.entity';

/** The keys that hold a value (a validated request object has every declared key, unset ones undefined). */
function definedOnly<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export interface InstantiateTemplateCommand {
  request: InstantiateTemplateRequest;
  manager: EntityManager;
  workspaceId: string;
  userId: string | null;
}

/**
 * Makes a template the person's site: their customizations over the template's defaults, every `{{token}}` of
 * the template's texts filled in, every component validated against its type, then a new site, or the pages of
 * an existing one replaced (its previous state saved first as a version that can be restored).
 */
@Injectable()
export class InstantiateTemplateUseCase {
  constructor(
    private readonly publisher: EventPublisher,
    @Inject(TEMPLATE_ENV) private readonly env: TemplateEnv,
  ) {}

  async execute({
    request,
    manager,
    workspaceId,
    userId,
  }: InstantiateTemplateCommand): Promise<SiteWithComponentsView> {
    // eslint-disable-next-line no-restricted-syntax -- the library is shared by every workspace
    const template = await manager
      .getRepository(TemplateEntity)
      .createQueryBuilder('t')
      .addSelect('t.definition')
      .where('t.id = :id', { id: request.template_id })
      .getOne();
    if (!template) throw ServiceError.notFound('template', request.template_id);
    const { defaults, pages } = template.definition;
    const given = definedOnly(request.customizations ?? {});
    const socialLinks = { ...definedOnly(defaults.social_links ?? {}), ...definedOnly(given.social_links ?? {}) };
    const customizations: SiteCustomizations = {
      ...definedOnly(defaults),
      ...given,
      ...(Object.keys(socialLinks).length ? { social_links: socialLinks } : {}),
    };
    const planned: PlannedComponent[] = pages.flatMap((page) =>
      page.components.map((component, position) => ({
        page: page.path,
        type: component.type,
        config: fillTokens(component.config, customizations),
        position,
        tokens: tokensIn(component.config),
      })),
    );
    const sitePages = pages.map((p) => ({ path: p.path, title: p.title, description: p.description ?? null }));
    try {
      assertPlanValid(sitePages, planned);
    } catch (err) {
      // The template is valid with its defaults, so what does not fit is the person's text: say which.
      if (err instanceof ServiceError) {
        throw ServiceError.validation(
          'a customization does not fit where the template uses it (see details)',
          err.details,
        );
      }
      throw err;
    }

    let site: SiteEntity;
    if (request.site_id) {
      site = await siteOr404(manager, workspaceId, request.site_id, true);
      await saveVersion(manager, site, { kind: 'snapshot', reason: `before instantiating ${template.name}` }, userId);
      const components = await replaceSiteContent(
        manager,
        this.publisher,
        site,
        { pages: sitePages, customizations, components: planned },
        request.force,
      );
      const patch = {
        templateId: template.id,
        templateVersion: template.version,
        ...(request.name ? { name: request.name } : {}),
      };
      await WorkspaceRepository.of(manager, SiteEntity, workspaceId).update({ id: site.id }, patch);
      Object.assign(site, patch);
      await bumpRevision(manager, site);
      await this.publisher.publish(manager, SITE_UPDATED, {
        site_id: site.id,
        name: site.name,
        slug: site.slug,
        changed: ['template', 'pages', 'customizations', 'components'],
        routing: siteRouting(site),
      });
      return this.reply(manager, workspaceId, site.id, components);
    }

    site = await createSite(manager, this.publisher, workspaceId, userId, {
      name: request.name ?? customizations.company_name ?? template.name,
      slug: request.slug,
      customizations,
      pages: sitePages,
      templateId: template.id,
      templateVersion: template.version,
    });
    const components = await replaceSiteContent(
      manager,
      this.publisher,
      site,
      { pages: sitePages, customizations, components: planned },
      false,
    );
    return this.reply(manager, workspaceId, site.id, components);
  }

  private async reply(
    manager: EntityManager,
    workspaceId: string,
    siteId: string,
    components: Awaited<ReturnType<typeof replaceSiteContent>>,
  ): Promise<SiteWithComponentsView> {
    const site = (await WorkspaceRepository.of(manager, SiteEntity, workspaceId).findById(siteId))!;
    const order = new Map(site.pages.map((p, i) => [p.path, i]));
    const sorted = [...components].sort(
      (a, b) => (order.get(a.page) ?? 0) - (order.get(b.page) ?? 0) || a.position - b.position,
    );
    return { site: siteView(site, this.env.PUBLIC_BASE_URL), components: sorted.map(componentView) };
  }
}
