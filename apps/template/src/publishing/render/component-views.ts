import { FORM_FIELD_TYPES, SOCIAL_NETWORKS, type FormFieldType, type SiteCustomizations } from '@mab/contracts';
import { FORM_FIELD_NAME } from '../../component-types/component-config.validator';
import { featureIcon } from './icons';
import { formatPrice } from './price-format';
import type { UiText } from './ui-text';

/**
 * Turns a stored component config into the plain view its Liquid template renders. Configs are validated on write,
 * but nothing here trusts that: every text is coerced to a string (escaped later by the template engine), every
 * choice that becomes a class name or an attribute is picked from a fixed list, and every list is a list of plain
 * objects. URLs are passed on as written; the templates send each one through the `safe_url` filter.
 */

export type Config = Record<string, unknown>;

export interface ViewContext {
  language: string;
  ui: UiText;
  customizations: SiteCustomizations;
  companyName: string;
  /** Set once the page's single `<h1>` has been given to a hero headline. */
  h1Given: boolean;
}

export interface ComponentIds {
  /** The component's id made safe for `id` attributes (`c-{dom}`, `h-{dom}`, `f-{dom}-email`). */
  dom: string;
  heading: string;
}

export interface ComponentView {
  /** Extra classes of the component's section, each from a fixed list. */
  classes: string[];
  /** Whether the template writes a heading with the id `ids.heading` (the section is labelled by it). */
  labelled: boolean;
  data: Config;
}

type Prepare = (config: Config, ids: ComponentIds, ctx: ViewContext) => ComponentView;

export const isRecord = (value: unknown): value is Config =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

const has = (value: string) => value.trim() !== '';
const firstOf = (...values: string[]): string => values.find(has) ?? '';

function records(value: unknown, max: number): Config[] {
  return Array.isArray(value) ? value.filter(isRecord).slice(0, max) : [];
}

function texts(value: unknown, max: number): string[] {
  return Array.isArray(value) ? value.map(text).filter(has).slice(0, max) : [];
}

function choice<T extends string>(value: unknown, options: readonly T[], fallback: T): T {
  return typeof value === 'string' && (options as readonly string[]).includes(value) ? (value as T) : fallback;
}

function integer(value: unknown, min: number, max: number): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? value : null;
}

/** Grid columns: the configured count, else as many as the items up to `preferred`, never fewer than `min`. */
function columns(value: unknown, count: number, min: number, max: number, preferred: number): number {
  return integer(value, min, max) ?? Math.max(min, Math.min(preferred, count));
}

interface ImageView {
  url: string;
  alt: string;
}

/** An IMAGE config (`{url, alt}`); every `<img>` gets a non-empty alt, so a missing one falls back to `fallbackAlt`. */
function image(value: unknown, fallbackAlt: string): ImageView | null {
  if (!isRecord(value)) return null;
  const url = text(value.url);
  if (!has(url)) return null;
  const alt = text(value.alt);
  return { url, alt: has(alt) ? alt : fallbackAlt };
}

function initials(name: string): string {
  const letters = name
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => [...word][0] ?? '')
    .filter((letter) => /\p{L}|\p{N}/u.test(letter));
  return (letters.length > 1 ? letters[0] + letters[letters.length - 1] : (letters[0] ?? '')).toUpperCase();
}

/** Heading and subheading of most sections. */
function head(config: Config, subheadingKey = 'subheading'): { heading: string; subheading: string } {
  return { heading: text(config.heading), subheading: text(config[subheadingKey]) };
}

const view = (data: Config, labelled: boolean, classes: string[] = []): ComponentView => ({ classes, labelled, data });

const hero: Prepare = (config, _ids, ctx) => {
  const headline = text(config.headline);
  // The page's one h1 is the first hero's headline; a hero without one leaves it to the next hero or the page title.
  const level = !ctx.h1Given && has(headline) ? 'h1' : 'h2';
  if (level === 'h1') ctx.h1Given = true;
  const background = image(config.background_image, firstOf(headline, ctx.companyName, ctx.ui.image));
  const theme = choice(config.theme, ['light', 'dark'] as const, background ? 'dark' : 'light');
  const alignment = choice(config.alignment, ['left', 'center'] as const, 'center');
  const classes = [`hero-${theme}`, `hero-${alignment}`];
  if (background) classes.push('hero-has-media');
  return view(
    {
      level,
      headline,
      subheadline: text(config.subheadline),
      cta_label: text(config.cta_label),
      cta_url: text(config.cta_url),
      image: background,
      button: theme === 'dark' ? 'btn-secondary' : 'btn-primary',
    },
    has(headline),
    classes,
  );
};

const features: Prepare = (config) => {
  const items = records(config.items, 12).map((item) => ({
    icon: featureIcon(item.icon),
    title: text(item.title),
    description: text(item.description),
  }));
  return view(
    { ...head(config), columns: columns(config.columns, items.length, 2, 4, 3), items },
    has(text(config.heading)),
  );
};

const PERIODS = ['monthly', 'yearly', 'one_time'] as const;
/** The catalogue's currencies; a price in any other is shown as written. */
const CURRENCY_CODES = ['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'CHF', 'JPY', 'SEK', 'NOK', 'DKK', 'INR', 'BRL'] as const;

const pricingTable: Prepare = (config, _ids, ctx) => {
  const currency = choice(config.currency, ['', ...CURRENCY_CODES], '');
  const period = choice(config.billing_period, PERIODS, 'monthly');
  const plans = records(config.plans, 6).map((plan) => ({
    name: text(plan.name),
    price: formatPrice(text(plan.price), currency, ctx.language),
    description: text(plan.description),
    features: texts(plan.features, 20),
    cta_label: text(plan.cta_label),
    cta_url: text(plan.cta_url),
    highlighted: plan.highlighted === true,
  }));
  const periodLabel = { monthly: ctx.ui.per_month, yearly: ctx.ui.per_year, one_time: ctx.ui.one_time }[period];
  return view(
    { ...head(config), plans, period: periodLabel, columns: Math.max(1, Math.min(plans.length, 4)) },
    has(text(config.heading)),
  );
};

const testimonials: Prepare = (config, _ids, ctx) => {
  const items = records(config.items, 12).map((item) => {
    const author = text(item.author);
    return {
      quote: text(item.quote),
      author,
      byline: [text(item.role), text(item.company)].filter(has).join(', '),
      avatar: image(item.avatar, firstOf(author, ctx.ui.image)),
      initials: initials(author),
    };
  });
  return view({ ...head(config), items, columns: columns(null, items.length, 1, 3, 3) }, has(text(config.heading)));
};

/** Input types whose values have a length (minlength/maxlength apply). */
const LENGTH_TYPES = new Set<FormFieldType>(['text', 'textarea', 'email', 'tel', 'url']);
/** Autocomplete hints by field name: browsers fill these in for the visitor. */
const AUTOCOMPLETE_BY_NAME: Record<string, string> = {
  name: 'name',
  full_name: 'name',
  first_name: 'given-name',
  last_name: 'family-name',
  company: 'organization',
  organization: 'organization',
  organisation: 'organization',
  job_title: 'organization-title',
  phone: 'tel',
  email: 'email',
  website: 'url',
  address: 'street-address',
  city: 'address-level2',
  postcode: 'postal-code',
  zip: 'postal-code',
  country: 'country-name',
};
const AUTOCOMPLETE_BY_TYPE: Partial<Record<FormFieldType, string>> = { email: 'email', tel: 'tel', url: 'url' };

function formField(field: Config, domId: string, used: Set<string>, slotMinutes: number | null): Config | null {
  const name = text(field.name);
  // The name is the key of form_data; one the server would refuse (or `_hp`, the honeypot's) is not rendered.
  if (!FORM_FIELD_NAME.test(name) || used.has(name)) return null;
  used.add(name);
  const type = choice(field.type, FORM_FIELD_TYPES, 'text');
  const control = type === 'textarea' || type === 'select' || type === 'checkbox' ? type : 'input';
  const required = field.required === true;
  const lengthy = LENGTH_TYPES.has(type);
  const id = `f-${domId}-${name}`;
  const help = text(field.help_text);
  const label = text(field.label);
  return {
    id,
    name,
    type,
    control,
    label: has(label) ? label : name,
    required,
    placeholder: control === 'input' || control === 'textarea' ? text(field.placeholder) : '',
    help,
    help_id: has(help) ? `${id}-help` : '',
    options: type === 'select' ? texts(field.options, 50) : [],
    empty_option: type === 'select' && !required,
    minlength: lengthy ? integer(field.min_length, 0, 5000) : null,
    maxlength: lengthy ? integer(field.max_length, 1, 5000) : null,
    min: type === 'number' ? integer(field.min, -1e9, 1e9) : null,
    max: type === 'number' ? integer(field.max, -1e9, 1e9) : null,
    // A booking's time field steps by its slot length (the time picker offers 09:00, 09:30, …).
    step: type === 'time' && slotMinutes ? slotMinutes * 60 : null,
    autocomplete: Object.hasOwn(AUTOCOMPLETE_BY_NAME, name)
      ? AUTOCOMPLETE_BY_NAME[name]
      : (AUTOCOMPLETE_BY_TYPE[type] ?? ''),
  };
}

/** The site's own contact details, shown beside a contact or booking form. */
function contactDetails(ctx: ViewContext): Config {
  const c = ctx.customizations;
  return { email: text(c.contact_email), phone: text(c.phone), address: text(c.address) };
}

function form(kind: 'contact' | 'newsletter' | 'booking'): Prepare {
  return (config, ids, ctx) => {
    const slotMinutes = kind === 'booking' ? integer(config.slot_minutes, 5, 480) : null;
    const used = new Set<string>();
    const fields = records(config.fields, 30)
      .map((field) => formField(field, ids.dom, used, slotMinutes))
      .filter((field): field is Config => field !== null);
    const contact = kind === 'newsletter' ? null : contactDetails(ctx);
    const openingHours = kind === 'booking' ? text(config.opening_hours) : '';
    const hasAside =
      has(openingHours) ||
      (contact !== null && [contact.email, contact.phone, contact.address].some((v) => has(text(v))));
    const submit = text(config.submit_label);
    const success = text(config.success_message);
    return view(
      {
        ...head(config, 'description'),
        kind,
        fields,
        submit_label: has(submit) ? submit : ctx.ui.send,
        success_message: has(success) ? success : ctx.ui.form_sent,
        consent_text: text(config.consent_text),
        hp_id: `f-${ids.dom}--hp`,
        opening_hours: openingHours,
        contact,
        has_aside: hasAside,
      },
      has(text(config.heading)),
    );
  };
}

const ctaButton: Prepare = (config) =>
  view(
    {
      label: text(config.label),
      url: text(config.url),
      style: choice(config.style, ['primary', 'secondary', 'outline'] as const, 'primary'),
      size: choice(config.size, ['small', 'medium', 'large'] as const, 'medium'),
      new_tab: config.new_tab === true,
    },
    false,
  );

const faq: Prepare = (config) =>
  view(
    {
      ...head(config),
      items: records(config.items, 30).map((item) => ({ question: text(item.question), answer: text(item.answer) })),
    },
    has(text(config.heading)),
  );

const gallery: Prepare = (config, _ids, ctx) => {
  const images = records(config.images, 40).map((item) => {
    const caption = text(item.caption);
    const alt = text(item.alt);
    return { url: text(item.url), alt: has(alt) ? alt : has(caption) ? caption : ctx.ui.image, caption };
  });
  const heading = text(config.heading);
  return view(
    {
      ...head(config),
      layout: choice(config.layout, ['grid', 'masonry', 'carousel'] as const, 'grid'),
      columns: columns(config.columns, images.length, 2, 5, 3),
      label: has(heading) ? heading : ctx.ui.gallery,
      images,
    },
    has(heading),
  );
};

const team: Prepare = (config, _ids, ctx) => {
  const members = records(config.members, 40).map((member) => {
    const name = text(member.name);
    return {
      name,
      role: text(member.role),
      bio: text(member.bio),
      photo: image(member.photo, firstOf(name, ctx.ui.image)),
      linkedin_url: text(member.linkedin_url),
      initials: initials(name),
    };
  });
  return view({ ...head(config), members, columns: columns(null, members.length, 1, 4, 3) }, has(text(config.heading)));
};

const stats: Prepare = (config) => {
  const items = records(config.items, 8).map((item) => ({ value: text(item.value), label: text(item.label) }));
  return view({ ...head(config), items, columns: Math.max(1, Math.min(items.length, 4)) }, has(text(config.heading)));
};

const logoCloud: Prepare = (config, _ids, ctx) =>
  view(
    {
      ...head(config),
      logos: records(config.logos, 24)
        .map((logo) => ({ image: image(logo.image, ctx.ui.image), url: text(logo.url) }))
        .filter((logo) => logo.image !== null),
    },
    has(text(config.heading)),
  );

const menu: Prepare = (config, _ids, ctx) => {
  const currency = choice(config.currency, ['', ...CURRENCY_CODES], '');
  const sections = records(config.sections, 12).map((section) => ({
    title: text(section.title),
    items: records(section.items, 40).map((item) => ({
      name: text(item.name),
      description: text(item.description),
      price: formatPrice(text(item.price), currency, ctx.language),
      dietary: texts(item.dietary, 6),
    })),
  }));
  return view({ ...head(config), sections, columns: sections.length > 1 ? 2 : 1 }, has(text(config.heading)));
};

const schedule: Prepare = (config) =>
  view(
    {
      ...head(config),
      days: records(config.days, 10).map((day) => ({
        label: text(day.label),
        sessions: records(day.sessions, 30).map((session) => ({
          time: text(session.time),
          title: text(session.title),
          speaker: text(session.speaker),
          description: text(session.description),
        })),
      })),
    },
    has(text(config.heading)),
  );

const NETWORK_LABELS: Record<(typeof SOCIAL_NETWORKS)[number], string> = {
  linkedin: 'LinkedIn',
  x: 'X',
  facebook: 'Facebook',
  instagram: 'Instagram',
  youtube: 'YouTube',
  tiktok: 'TikTok',
  github: 'GitHub',
  mastodon: 'Mastodon',
};

/** The footer's social links: its own list first, then the site's social profiles it does not already name. */
function socialLinks(config: Config, customizations: SiteCustomizations): Config[] {
  const links: Config[] = [];
  const seen = new Set<string>();
  const add = (network: unknown, url: unknown) => {
    const key = choice(network, SOCIAL_NETWORKS, 'linkedin');
    const href = text(url);
    if (network !== key || !has(href) || seen.has(href)) return;
    seen.add(href);
    links.push({ network: key, label: NETWORK_LABELS[key], url: href, me: key === 'mastodon' });
  };
  for (const item of records(config.social, 10)) add(item.network, item.url);
  const site = isRecord(customizations.social_links) ? customizations.social_links : {};
  for (const network of SOCIAL_NETWORKS) if (Object.hasOwn(site, network)) add(network, site[network]);
  return links;
}

const footer: Prepare = (config, _ids, ctx) => {
  const c = ctx.customizations;
  const or = (own: unknown, site: unknown) => (has(text(own)) ? text(own) : text(site));
  const company = or(config.company_name, ctx.companyName);
  return view(
    {
      company_name: company,
      tagline: or(config.tagline, c.tagline),
      address: or(config.address, c.address),
      email: or(config.email, c.contact_email),
      phone: or(config.phone, c.phone),
      links: records(config.links, 20).map((link) => ({ label: text(link.label), url: text(link.url) })),
      social: socialLinks(config, c),
      copyright: has(text(config.copyright)) ? text(config.copyright) : has(company) ? `© ${company}` : '',
    },
    has(company),
  );
};

const PREPARE: Record<string, Prepare> = {
  hero,
  features,
  pricing_table: pricingTable,
  testimonials,
  contact_form: form('contact'),
  newsletter_signup: form('newsletter'),
  booking_form: form('booking'),
  cta_button: ctaButton,
  faq,
  gallery,
  team,
  stats,
  logo_cloud: logoCloud,
  menu,
  schedule,
  footer,
};

/** The view of a component, or null for a type this renderer does not know (it is left out of the page). */
export function prepareComponent(
  type: string,
  config: unknown,
  ids: ComponentIds,
  ctx: ViewContext,
): ComponentView | null {
  if (!Object.hasOwn(PREPARE, type)) return null;
  return PREPARE[type](isRecord(config) ? config : {}, ids, ctx);
}
