import { Injectable } from '@nestjs/common';
import { GET_COMPONENT, GET_SITE, GET_TEMPLATE, ServiceError } from '@mab/contracts';
import { ServiceClient } from '@mab/messaging';
import { componentFields, type ComponentContext, type SiteContext } from './component-context';

export interface ComponentRequest {
  component_id?: string;
  component_type?: string;
  component_config?: Record<string, unknown>;
  site_context?: { industry?: string; goals?: string[]; team_email?: string };
}

interface Identity {
  workspaceId: string;
  userId: string | null;
}

/**
 * Reads what a request is about from the template service: a component by id (its type, config and site), the
 * site's contact email and company, and the category of the template it was made from (its industry, unless the
 * request names one). A component or site of another workspace answers 404, as the template service says.
 */
@Injectable()
export class ContextReader {
  constructor(private readonly services: ServiceClient) {}

  async component(
    request: ComponentRequest,
    who: Identity,
  ): Promise<{ component: ComponentContext; site: SiteContext }> {
    const given = request.site_context ?? {};
    if (!request.component_id) {
      if (!request.component_type) {
        throw ServiceError.validation('give component_id, or component_type (and component_config)', [
          { field: 'component_type', constraints: ['is required without component_id'] },
        ]);
      }
      const config = request.component_config ?? {};
      return {
        component: {
          id: null,
          type: request.component_type,
          config,
          fields: componentFields(config),
          siteId: null,
        },
        site: siteContext(given, null, null),
      };
    }
    const found = await this.services.request(GET_COMPONENT, { component_id: request.component_id }, who);
    const site = await this.services.request(GET_SITE, { site_id: found.site_id }, who);
    const category = !given.industry && site.template_id ? await this.category(site.template_id, who) : null;
    return {
      component: {
        id: found.id,
        type: found.type,
        config: found.config,
        fields: componentFields(found.config),
        siteId: found.site_id,
      },
      site: siteContext(given, site.customizations ?? {}, category),
    };
  }

  /** The site's context alone (text-to-workflow with a site but no component). */
  async site(siteId: string, given: ComponentRequest['site_context'], who: Identity): Promise<SiteContext> {
    const site = await this.services.request(GET_SITE, { site_id: siteId }, who);
    const category = !given?.industry && site.template_id ? await this.category(site.template_id, who) : null;
    return siteContext(given ?? {}, site.customizations ?? {}, category);
  }

  private async category(templateId: string, who: Identity): Promise<string | null> {
    try {
      return (await this.services.request(GET_TEMPLATE, { template_id: templateId }, who)).category;
    } catch (err) {
      if (err instanceof ServiceError && err.statusCode === 404) return null;
      throw err;
    }
  }
}

function siteContext(
  given: NonNullable<ComponentRequest['site_context']>,
  customizations: { contact_email?: string; company_name?: string } | null,
  category: string | null,
): SiteContext {
  return {
    industry: given.industry ?? category,
    goals: given.goals ?? [],
    teamEmail: given.team_email ?? customizations?.contact_email ?? null,
    companyName: customizations?.company_name ?? null,
  };
}
