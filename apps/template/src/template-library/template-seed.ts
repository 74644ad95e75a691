import type { SiteCustomizations, TemplateCategory } from '@mab/contracts';

/**
 * A template of the library, as data. The seed step stores each one (with a content hash: a changed template
 * becomes a new version, and sites made from the old version keep their own copy of its components).
 *
 * Texts may name a customization as a token, `{{company_name}}`, `{{tagline}}`, `{{contact_email}}`, `{{phone}}`
 * or `{{address}}`: instantiation replaces the token with the person's value, or with the template's default.
 */
export interface TemplateSeed {
  /** Unique across the library, lower-case words joined by hyphens; stable forever (ids derive from it). */
  slug: string;
  name: string;
  category: TemplateCategory;
  /** What kind of business it is for, in plain words (`Accounting firm`, `Yoga studio`). */
  industry: string;
  tags: string[];
  /** Two or three sentences a person reads in the gallery. */
  description: string;
  /** The look and the placeholder business the template ships with. */
  defaults: SiteCustomizations & { company_name: string; primary_color: string; secondary_color: string };
  pages: PageSeed[];
}

export interface PageSeed {
  /** `/` for the home page, then `/pricing`, `/menu`, … */
  path: string;
  /** The page's `<title>` and navigation label. */
  title: string;
  /** Its meta description. */
  description?: string;
  /** In order, top to bottom; each valid against its type's spec in the component catalogue. */
  components: ComponentSeed[];
}

export interface ComponentSeed {
  type: string;
  config: Record<string, unknown>;
}
