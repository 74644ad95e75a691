import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { customizationKeysOf } from '../components/component-rules';
import { renderTemplateThumbnail } from '../publishing/render/template-thumbnail';
import { tokensIn } from './customization-tokens';
import { templateId } from './template-ids';
import { TEMPLATE_LIBRARY } from './template-library';
import type { TemplateSeed } from './template-seed';
import { TemplateEntity } from './template.entity';

const SEED_LOCK = 'template-library-seed';

export function contentHash(seed: TemplateSeed): string {
  return createHash('sha256').update(JSON.stringify(seed)).digest('hex');
}

/**
 * Writes the template library into the database when the service starts: a template is inserted the first
 * time, becomes a new version when its content changed (the old version stays, so sites made from it keep
 * their meaning), and stops being listed when it left the library. Idempotent, and safe with several replicas
 * starting at once (one transaction-level advisory lock).
 */
@Injectable()
export class TemplateLibrarySeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger(TemplateLibrarySeeder.name);

  constructor(private readonly dataSource: DataSource) {}

  async onApplicationBootstrap(): Promise<void> {
    const changes = await this.seed(TEMPLATE_LIBRARY);
    if (changes.length) this.logger.log(`template library: ${changes.join(', ')}`);
  }

  async seed(library: readonly TemplateSeed[]): Promise<string[]> {
    return this.dataSource.transaction(async (manager) => {
      // eslint-disable-next-line no-restricted-syntax -- the library is shared by every workspace
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [SEED_LOCK]);
      // eslint-disable-next-line no-restricted-syntax -- the library is shared by every workspace
      const templates = manager.getRepository(TemplateEntity);
      const current = new Map((await templates.findBy({ isCurrent: true })).map((t) => [t.slug, t]));
      const changes: string[] = [];
      for (const seed of library) {
        const hash = contentHash(seed);
        const existing = current.get(seed.slug);
        current.delete(seed.slug);
        if (existing?.contentHash === hash) continue;
        if (existing) await templates.update({ id: existing.id }, { isCurrent: false });
        // After every version it ever had (a template that left the library and came back included).
        const version = (await this.latestVersion(manager, seed.slug)) + 1;
        await templates.save(this.row(seed, version, hash));
        changes.push(`${seed.slug} v${version}`);
      }
      for (const retired of current.values()) {
        await templates.update({ id: retired.id }, { isCurrent: false });
        changes.push(`${retired.slug} retired`);
      }
      return changes;
    });
  }

  private async latestVersion(manager: EntityManager, slug: string): Promise<number> {
    // eslint-disable-next-line no-restricted-syntax -- the library is shared by every workspace
    const row = await manager
      .getRepository(TemplateEntity)
      .createQueryBuilder('t')
      .select('MAX(t.version)', 'max')
      .where('t.slug = :slug', { slug })
      .getRawOne<{ max: number | null }>();
    return row?.max ?? 0;
  }

  private row(seed: TemplateSeed, version: number, hash: string): TemplateEntity {
    const components = seed.pages.flatMap((p) => p.components);
    const keys = new Set<string>();
    for (const component of components) {
      for (const key of customizationKeysOf(component.type, tokensIn(component.config))) keys.add(key);
    }
    return Object.assign(new TemplateEntity(), {
      id: templateId(seed.slug, version),
      slug: seed.slug,
      version,
      isCurrent: true,
      name: seed.name,
      category: seed.category,
      industry: seed.industry,
      tags: seed.tags,
      tagsText: seed.tags.join(' '),
      description: seed.description,
      thumbnailSvg: renderTemplateThumbnail(seed),
      primaryColor: seed.defaults.primary_color,
      customizationKeys: [...keys].sort(),
      definition: { defaults: seed.defaults, pages: seed.pages },
      contentHash: hash,
      pageCount: seed.pages.length,
      componentCount: components.length,
    });
  }
}
