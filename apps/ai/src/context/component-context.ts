/**
 * What the ai service knows about a component when it suggests or generates workflows for it: its type, config and
 * form fields (normalised from the template service's config or from the seed request), and the site around it.
 */
export interface ComponentField {
  /** The key the submission carries, e.g. `email` (expressions read `trigger.form_data.<name>`). */
  name: string;
  /** The field's input type: text, email, tel, textarea, select, checkbox, date, number… (`text` when unknown). */
  type: string;
  label?: string;
  required?: boolean;
  /** A select's or radio's choices. */
  options?: string[];
}

export interface ComponentContext {
  /** The component's id when it exists (suggestions are wired to it); null for a type-only request. */
  id: string | null;
  /** The component type, e.g. contact_form, newsletter_signup, booking_form, pricing_table, cta_button. */
  type: string;
  config: Record<string, unknown>;
  fields: ComponentField[];
  siteId: string | null;
}

export interface SiteContext {
  /** A template category such as professional_services, restaurant, saas (free text is matched loosely). */
  industry: string | null;
  /** e.g. lead_generation, client_acquisition, bookings, newsletter_growth, sales, retention, event_registration. */
  goals: string[];
  /** Where team notifications go by email (the site's contact email when known). */
  teamEmail: string | null;
  companyName: string | null;
}

/** The form component types; any other component with fields is a form too. */
export const FORM_TYPES = ['contact_form', 'newsletter_signup', 'booking_form'] as const;

/** Whether a component's workflows start on its submissions (form_submission) rather than on a view or click. */
export function isFormComponent(component: Pick<ComponentContext, 'type' | 'fields'>): boolean {
  return component.fields.length > 0 || (FORM_TYPES as readonly string[]).includes(component.type);
}

const MAX_FIELDS = 50;
const MAX_OPTIONS = 50;
const MAX_TEXT = 200;
const clip = (value: string) => value.slice(0, MAX_TEXT);

/**
 * The fields of a component config: `fields` as names (`["name", "email"]`) or as objects (`[{name, type}]`),
 * bounded (50 fields, 50 options each, 200 characters a text), since they end up in prompts.
 */
export function componentFields(config: Record<string, unknown>): ComponentField[] {
  const raw = Array.isArray(config.fields) ? config.fields.slice(0, MAX_FIELDS) : [];
  const fields: ComponentField[] = [];
  for (const item of raw) {
    if (typeof item === 'string' && item.trim()) {
      const name = clip(item.trim());
      fields.push({ name, type: guessFieldType(name) });
    } else if (item && typeof item === 'object' && typeof (item as { name?: unknown }).name === 'string') {
      const f = item as Record<string, unknown>;
      fields.push({
        name: clip(String(f.name)),
        type: typeof f.type === 'string' ? clip(f.type) : guessFieldType(String(f.name)),
        ...(typeof f.label === 'string' ? { label: clip(f.label) } : {}),
        ...(typeof f.required === 'boolean' ? { required: f.required } : {}),
        ...(Array.isArray(f.options) ? { options: f.options.slice(0, MAX_OPTIONS).map((o) => clip(String(o))) } : {}),
      });
    }
  }
  return fields;
}

/** A field known only by its name: what its name says it holds. */
export function guessFieldType(name: string): string {
  const n = name.toLowerCase();
  if (/e-?mail/.test(n)) return 'email';
  if (/phone|mobile|tel\b/.test(n)) return 'tel';
  if (/date|day\b/.test(n)) return 'date';
  if (/message|comment|note|description/.test(n)) return 'textarea';
  if (/size|count|number|guests|party|budget|amount|quantity|age/.test(n)) return 'number';
  if (/consent|agree|opt.?in|accept/.test(n)) return 'checkbox';
  return 'text';
}
