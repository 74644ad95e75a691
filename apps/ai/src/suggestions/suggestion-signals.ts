import { TEMPLATE_CATEGORIES, type TemplateCategory } from '@mab/contracts';
import { CONDITION_FIELD_PATTERN } from '@mab/workflow-definition';
import {
  FORM_TYPES,
  guessFieldType,
  isFormComponent,
  type ComponentContext,
  type ComponentField,
  type SiteContext,
} from '../context/component-context';

export { FORM_TYPES, isFormComponent };

/**
 * What a suggestion request offers a recipe, read once: the kinds of form fields the component has (and which
 * field of each kind a workflow should read), the site's industry as a template category, its goals as known
 * goals, and whether team notifications have somewhere to go. Free text (industries, goals, field names) is matched
 * loosely, since it comes from people and from templates written by different hands.
 */

export const FIELD_KINDS = [
  'email',
  'phone',
  'name',
  'date',
  'time',
  'select',
  'number',
  'textarea',
  'consent',
] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

export const GOALS = [
  'lead_generation',
  'client_acquisition',
  'bookings',
  'newsletter_growth',
  'sales',
  'retention',
  'event_registration',
  'engagement',
  'onboarding',
] as const;
export type Goal = (typeof GOALS)[number];

/** A form field a workflow can read, with what it holds. */
export interface UsableField {
  field: ComponentField;
  kinds: ReadonlySet<FieldKind>;
  /** The JSONata path of its value, e.g. `trigger.form_data.email` (backquoted when the name needs it). */
  ref: string;
  /** Its dotted path for conditions, when its name fits one (conditions take no quoting). */
  conditionPath: string | null;
  /** How a person would call it: its label, else its name in words. */
  label: string;
}

export interface SuggestionSignals {
  component: ComponentContext;
  site: SiteContext;
  /** Whether the component's workflows start on its submissions (else on views and clicks). */
  isForm: boolean;
  /** The fields workflows can read, in the form's order. */
  fields: UsableField[];
  kinds: ReadonlySet<FieldKind>;
  /** Fields assumed from the component type's catalogue because the request gave none (a type-only request). */
  assumedFields: boolean;
  industry: TemplateCategory | null;
  goals: ReadonlySet<Goal>;
  /** How many goals the request named (recognised or not): what goal overlap is measured against. */
  goalCount: number;
  /** A plausible address for team notifications, or null. */
  teamEmail: string | null;
}

/**
 * The fields each form type must have (the template service's catalogue refuses a form without them), assumed
 * under their usual names for a type-only request that names no fields.
 */
const REQUIRED_FORM_FIELDS: Record<string, ComponentField[]> = {
  contact_form: [{ name: 'email', type: 'email' }],
  newsletter_signup: [{ name: 'email', type: 'email' }],
  booking_form: [
    { name: 'email', type: 'email' },
    { name: 'date', type: 'date' },
  ],
};

const PLAIN_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const PERSON_NAME = /^(name|full_?name|your_?name|first_?name|last_?name|contact_?name|parent_?name|surname)$/i;
const NOT_A_PERSON = /company|business|organi[sz]ation|animal|child|pet|event|project|product|shop|brand|team/i;
const CONSENT = /consent|agree|opt.?in|accept|gdpr|newsletter|marketing|subscribe/i;

/** The kinds a field's type and name say it holds. Its declared type wins; a plain text field is read by name. */
export function fieldKinds(field: ComponentField): Set<FieldKind> {
  const kinds = new Set<FieldKind>();
  const type = field.type.toLowerCase();
  const byName = guessFieldType(field.name);
  const loose = type === 'text' || type === '' || type === 'hidden';
  if (type === 'email' || (loose && byName === 'email')) kinds.add('email');
  if (type === 'tel' || (loose && byName === 'tel')) kinds.add('phone');
  if (['date', 'datetime-local', 'datetime'].includes(type) || (loose && byName === 'date')) kinds.add('date');
  if (type === 'time' || (/^(time|slot|time_?slot|preferred_?time)$/i.test(field.name) && type !== 'textarea'))
    kinds.add('time');
  if (['select', 'radio'].includes(type)) kinds.add('select');
  if (['number', 'range'].includes(type) || (loose && byName === 'number' && !kinds.has('date'))) kinds.add('number');
  if (type === 'textarea' || (loose && byName === 'textarea')) kinds.add('textarea');
  if (type === 'checkbox' && (CONSENT.test(field.name) || CONSENT.test(field.label ?? ''))) kinds.add('consent');
  if (loose && PERSON_NAME.test(field.name)) kinds.add('name');
  else if (loose && /name/i.test(field.name) && !NOT_A_PERSON.test(field.name)) kinds.add('name');
  return kinds;
}

/** The JSONata path of a form field, or null when no quoting can carry its name. */
export function formFieldRef(name: string): string | null {
  if (PLAIN_NAME.test(name)) return `trigger.form_data.${name}`;
  // Backquotes carry any other name (first-name, e-mail) except one holding backquotes or expression braces.
  if (!name || /[`{}]/.test(name)) return null;
  return `trigger.form_data.\`${name}\``;
}

/** A field name in words, capitalised: `party_size` is "Party size". */
function words(name: string): string {
  const text = name.replace(/[_-]+/g, ' ').trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function usable(field: ComponentField): UsableField | null {
  const ref = formFieldRef(field.name);
  if (!ref) return null;
  const path = `trigger.form_data.${field.name}`;
  return {
    field,
    kinds: fieldKinds(field),
    ref,
    conditionPath: CONDITION_FIELD_PATTERN.test(path) ? path : null,
    label: field.label?.trim() || words(field.name),
  };
}

/** Aliases of the template categories in free text: "law firm" is professional_services, "café" a restaurant. */
const INDUSTRY_WORDS: Record<TemplateCategory, string[]> = {
  saas: ['saas', 'software', 'startup', 'app', 'apps', 'platform', 'tech'],
  agency: ['agency', 'studio', 'marketing', 'design', 'creative', 'branding'],
  professional_services: [
    'professional',
    'consult',
    'law',
    'legal',
    'lawyer',
    'account',
    'tax',
    'bookkeep',
    'financ',
    'advis',
    'insurance',
  ],
  ecommerce: ['ecommerce', 'e_commerce', 'shop', 'store', 'retail', 'boutique'],
  restaurant: ['restaurant', 'cafe', 'café', 'bistro', 'bar', 'bakery', 'food', 'dining', 'catering'],
  portfolio: ['portfolio', 'photograph', 'freelanc', 'artist', 'illustrat'],
  event: ['event', 'conference', 'wedding', 'festival', 'meetup', 'summit', 'concert'],
  nonprofit: ['nonprofit', 'non_profit', 'charity', 'ngo', 'foundation', 'volunteer', 'cause'],
  health_wellness: [
    'health',
    'wellness',
    'yoga',
    'fitness',
    'gym',
    'spa',
    'clinic',
    'therap',
    'dental',
    'dentist',
    'medical',
    'physio',
    'massage',
    'pilates',
    'trainer',
  ],
  real_estate: ['real_estate', 'realtor', 'property', 'estate_agent', 'homes', 'letting', 'realty'],
  education: ['education', 'school', 'course', 'training', 'tutor', 'academy', 'bootcamp', 'learning', 'teach'],
};

const normalise = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9à-ÿ]+/g, '_')
    .replace(/^_+|_+$/g, '');

/**
 * Whether normalised text mentions a word: a phrase (`real_estate`) anywhere, a short word (`bar`, `app`, `spa`)
 * only as a whole word (so "barber" is no bar and "appointment" no app), a longer one as a word's start
 * ("accounting" for `account`).
 */
function mentions(text: string, word: string): boolean {
  if (word.includes('_')) return text.includes(word);
  return text.split('_').some((token) => token === word || (word.length >= 4 && token.startsWith(word)));
}

/** The template category free text names, or null. */
export function matchIndustry(text: string | null): TemplateCategory | null {
  if (!text) return null;
  const n = normalise(text);
  if (!n) return null;
  const exact = TEMPLATE_CATEGORIES.find((c) => c === n);
  if (exact) return exact;
  for (const category of TEMPLATE_CATEGORIES) {
    if (INDUSTRY_WORDS[category].some((w) => mentions(n, w))) return category;
  }
  return null;
}

/** Words that say a free-text goal is one of the known goals. */
const GOAL_WORDS: Record<Goal, string[]> = {
  lead_generation: ['lead', 'enquir', 'inquir', 'prospect'],
  client_acquisition: ['client', 'customer', 'acquisition', 'acquire'],
  bookings: ['book', 'reserv', 'appointment', 'consultation'],
  newsletter_growth: ['newsletter', 'subscri', 'audience', 'mailing'],
  sales: ['sale', 'revenue', 'convert', 'conversion', 'purchase', 'upsell', 'order'],
  retention: ['retention', 'retain', 'loyal', 'repeat', 'reengag', 'churn', 'win_back'],
  event_registration: ['event', 'registr', 'ticket', 'attend', 'rsvp'],
  engagement: ['engag', 'awareness', 'brand', 'traffic', 'content'],
  onboarding: ['onboard', 'activation', 'trial', 'sign_up', 'signup', 'enrol'],
};

/** The known goals free text names (one text can name several: "re-engage customers"). */
export function matchGoals(texts: readonly string[]): Set<Goal> {
  const found = new Set<Goal>();
  for (const text of texts) {
    // "re-engage" is retention, not engagement: one word before the words are matched.
    const n = normalise(text).replace(/(^|_)re_(?=engag)/g, '$1re');
    if (!n) continue;
    const exact = GOALS.find((g) => g === n);
    if (exact) {
      found.add(exact);
      continue;
    }
    for (const goal of GOALS) if (GOAL_WORDS[goal].some((w) => mentions(n, w))) found.add(goal);
  }
  return found;
}

/** An address a workflow may send to as is: one @, no spaces, no expression braces. */
const PLAUSIBLE_EMAIL = /^[^\s@{}<>"]{1,64}@[^\s@{}<>"]+\.[^\s@{}<>"]{2,}$/;

export function readSignals(component: ComponentContext, site: SiteContext): SuggestionSignals {
  const isForm = isFormComponent(component);
  let declared = component.fields;
  const assumedFields = isForm && declared.length === 0 && !!REQUIRED_FORM_FIELDS[component.type];
  if (assumedFields) declared = REQUIRED_FORM_FIELDS[component.type];
  const seen = new Set<string>();
  const fields: UsableField[] = [];
  for (const field of declared) {
    if (seen.has(field.name)) continue;
    seen.add(field.name);
    const u = usable(field);
    if (u) fields.push(u);
  }
  const kinds = new Set<FieldKind>(fields.flatMap((f) => [...f.kinds]));
  const goalTexts = site.goals.filter((g) => typeof g === 'string' && g.trim());
  const team = site.teamEmail?.trim() ?? '';
  return {
    component,
    site,
    isForm,
    fields,
    kinds,
    assumedFields,
    industry: matchIndustry(site.industry),
    goals: matchGoals(goalTexts),
    goalCount: goalTexts.length,
    teamEmail: team.length <= 320 && PLAUSIBLE_EMAIL.test(team) ? team : null,
  };
}

/** The field of a kind a workflow should read: the first such field, preferring a required one. */
export function fieldOf(signals: SuggestionSignals, kind: FieldKind): UsableField | undefined {
  const all = signals.fields.filter((f) => f.kinds.has(kind));
  if (kind === 'name') {
    // "name" and "full_name" say who the person is better than a first name alone.
    return all.find((f) => /^(name|full_?name|your_?name)$/i.test(f.field.name)) ?? all[0];
  }
  return all.find((f) => f.field.required) ?? all[0];
}
