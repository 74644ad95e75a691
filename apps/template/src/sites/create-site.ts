import { SITE_CREATED, ServiceError, type SiteCustomizations, type SitePageView } from '@mab/contracts';
import type { EventPublisher } from '@mab/messaging';
import { WorkspaceRepository } from '@mab/persistence';
import type { EntityManager } from 'typeorm';
import { slugCandidates, slugFromName } from './site-slug';
import { siteRouting } from './site-view';
import { SiteEntity } from './site.entity';

export interface NewSite {
  name: string;
  /** Taken as given (409 when used in the workspace); made from the name when absent. */
  slug?: string;
  /** When the given slug is taken, move on to -2, -3… instead of answering 409 (import). */
  slugFallback?: boolean;
  seoTitle?: string | null;
  seoDescription?: string | null;
  ogImageUrl?: string | null;
  customizations?: SiteCustomizations;
  pages?: SitePageView[];
  templateId?: string | null;
  templateVersion?: number | null;
}

/** Creates a draft site (the one path for create, instantiate and import) and records `template.site.created.v1`. */
export async function createSite(
  manager: EntityManager,
  publisher: EventPublisher,
  workspaceId: string,
  userId: string | null,
  input: NewSite,
): Promise<SiteEntity> {
  const sites = WorkspaceRepository.of(manager, SiteEntity, workspaceId);
  const values = {
    name: input.name,
    seoTitle: input.seoTitle ?? null,
    seoDescription: input.seoDescription ?? null,
    ogImageUrl: input.ogImageUrl ?? null,
    customizations: input.customizations ?? {},
    pages: input.pages ?? [{ path: '/', title: 'Home', description: null }],
    templateId: input.templateId ?? null,
    templateVersion: input.templateVersion ?? null,
    createdBy: userId,
  };
  let site: SiteEntity | null = null;
  if (input.slug && !input.slugFallback) {
    site = await sites.insertUnlessConflict({ ...values, slug: input.slug });
    if (!site) {
      throw new ServiceError(409, 'slug_taken', `another site of this workspace is at "${input.slug}"`, [
        { field: 'slug', constraints: ['is already used by another site of this workspace'] },
      ]);
    }
  } else {
    // The unique index decides between concurrent creations; a taken slug just moves on to the next candidate.
    for (const slug of slugCandidates(input.slug ?? slugFromName(input.name))) {
      site = await sites.insertUnlessConflict({ ...values, slug });
      if (site) break;
    }
    if (!site) throw ServiceError.conflict('could not find a free slug for this name; give one');
  }
  await publisher.publish(manager, SITE_CREATED, {
    site_id: site.id,
    name: site.name,
    slug: site.slug,
    template_id: site.templateId,
    routing: siteRouting(site),
  });
  return site;
}
