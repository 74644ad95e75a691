import type { SiteRoutingV1, SiteView } from '@mab/contracts';
import type { SiteEntity } from './site.entity';

/** The public address of a published site: its slug when it holds it publicly, else its id (always unique). */
export function publicUrl(site: SiteEntity, publicBaseUrl: string): string {
  return `${publicBaseUrl}/s/${site.publicSlug ?? site.id}/`;
}

export function siteView(site: SiteEntity, publicBaseUrl: string): SiteView {
  return {
    id: site.id,
    name: site.name,
    slug: site.slug,
    status: site.status,
    template_id: site.templateId,
    template_version: site.templateVersion,
    seo_title: site.seoTitle,
    seo_description: site.seoDescription,
    og_image_url: site.ogImageUrl,
    customizations: site.customizations,
    pages: site.pages.map((p) => ({ path: p.path, title: p.title, description: p.description ?? null })),
    custom_domain: site.customDomain,
    published_version: site.publishedVersion,
    public_url: site.publishedVersion !== null ? publicUrl(site, publicBaseUrl) : null,
    published_at: site.publishedAt?.toISOString() ?? null,
    created_at: site.createdAt.toISOString(),
    updated_at: site.updatedAt.toISOString(),
  };
}

/** What every site event carries so the gateway's read model can apply it without asking (newest revision wins). */
export function siteRouting(site: SiteEntity, deleted = false): SiteRoutingV1 {
  return {
    site_id: site.id,
    revision: site.revision,
    public_slug: site.publicSlug,
    custom_domain: site.customDomain,
    published_version: site.publishedVersion,
    pages: site.publishedVersion !== null ? (site.publishedPages ?? []) : null,
    component_ids: site.publishedVersion !== null ? (site.publishedComponentIds ?? []) : null,
    deleted,
  };
}
