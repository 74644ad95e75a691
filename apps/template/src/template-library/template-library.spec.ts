import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { SITE_SLUG_PATTERN, SiteCustomizations, TEMPLATE_CATEGORIES, TEXT_CUSTOMIZATION_KEYS } from '@mab/contracts';
import { componentTypeSpec } from '../component-types/component-catalogue';
import { validateComponentConfig } from '../component-types/component-config.validator';
import { fillTokens, tokensIn } from './customization-tokens';
import { TEMPLATE_LIBRARY } from './template-library';
import { PAGE_PATH_PATTERN } from './page-path';

const LEAD_CAPTURE = new Set(['contact_form', 'newsletter_signup', 'booking_form']);

describe('the template library', () => {
  it('has at least 30 templates in at least 8 categories, no two slugs alike', () => {
    expect(TEMPLATE_LIBRARY.length).toBeGreaterThanOrEqual(30);
    const categories = new Set(TEMPLATE_LIBRARY.map((t) => t.category));
    expect(categories.size).toBeGreaterThanOrEqual(8);
    for (const category of categories) expect(TEMPLATE_CATEGORIES).toContain(category);
    const slugs = TEMPLATE_LIBRARY.map((t) => t.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    const names = TEMPLATE_LIBRARY.map((t) => t.name);
    expect(new Set(names).size).toBe(names.length);
  });

  describe.each(TEMPLATE_LIBRARY.map((t) => [t.slug, t] as const))('%s', (_slug, template) => {
    it('is described: slug, name, industry, tags, description', () => {
      expect(template.slug).toMatch(SITE_SLUG_PATTERN);
      expect(template.name.length).toBeGreaterThan(2);
      expect(template.industry.length).toBeGreaterThan(2);
      expect(template.tags.length).toBeGreaterThanOrEqual(2);
      for (const tag of template.tags) expect(tag).toMatch(/^[a-z0-9][a-z0-9 -]{0,29}$/);
      expect(template.description.length).toBeGreaterThanOrEqual(60);
      expect(template.description.length).toBeLessThanOrEqual(600);
    });

    it('ships valid default customizations', () => {
      const defaults = plainToInstance(SiteCustomizations, template.defaults);
      expect(validateSync(defaults, { whitelist: true, forbidNonWhitelisted: true })).toEqual([]);
    });

    it('has a home page first, unique page paths and a lead-capture form', () => {
      expect(template.pages[0].path).toBe('/');
      const paths = template.pages.map((p) => p.path);
      expect(new Set(paths).size).toBe(paths.length);
      for (const path of paths) expect(path).toMatch(PAGE_PATH_PATTERN);
      const types = template.pages.flatMap((p) => p.components.map((c) => c.type));
      expect(types.some((type) => LEAD_CAPTURE.has(type))).toBe(true);
      expect(template.pages[0].components[0].type).toBe('hero');
    });

    it('has only components valid against their type, with known tokens and real copy', () => {
      for (const page of template.pages) {
        expect(page.components.length).toBeGreaterThan(0);
        page.components.forEach((component, index) => {
          expect(componentTypeSpec(component.type)).toBeDefined();
          for (const token of tokensIn(component.config)) expect(TEXT_CUSTOMIZATION_KEYS).toContain(token);
          const filled = fillTokens(component.config, template.defaults);
          const problems = validateComponentConfig(component.type, filled);
          if (problems.length) throw new Error(`${page.path}#${index} ${component.type}: ${JSON.stringify(problems)}`);
          expect(JSON.stringify(component.config)).not.toMatch(/\b(lorem|ipsum|placeholder text)\b|\bTODO\b/i);
        });
      }
    });
  });
});
