import type { FieldCondition, SeedAction, SeedTrigger } from '@mab/workflow-definition';
import { fieldOf, type SuggestionSignals, type UsableField } from './suggestion-signals';

/**
 * The pieces suggested workflows are made of, wired to the component: its trigger, the visitor as a crm contact,
 * and the team's notification email. Recipes say what to do; these say how, the same way every time.
 */

/** The id the contact step gets, so later steps can name the contact it made. */
export const CONTACT_STEP = 'create_contact';
export const CONTACT_ID = `{{ steps.${CONTACT_STEP}.output.contact.id }}`;

/**
 * Who a page event is about. A view or click carries no form, and the published page sends no address, so crm
 * steps find their contact only when the event's data names one (`email`, from a page that knows its visitor).
 * The trigger's own condition keeps anonymous events from starting anything, rather than failing at the first crm
 * step (which refuses a step with neither contact id nor address).
 */
export const VISITOR_EMAIL = '{{ trigger.email }}';
const KNOWN_VISITOR: FieldCondition = { field: 'email', operator: 'exists' };

/** A form's workflows start on its submissions; without a component id the caller wires the trigger later. */
export function formTrigger(signals: SuggestionSignals): SeedTrigger {
  const id = signals.component.id;
  return { type: 'form_submission', ...(id ? { component_id: id } : {}) };
}

/** Any other component's start on a view or a click, by visitors known by address. */
export function interactionTrigger(signals: SuggestionSignals, interaction: 'view' | 'click'): SeedTrigger {
  const id = signals.component.id;
  return {
    type: 'page_interaction',
    ...(id ? { component_id: id } : {}),
    interaction,
    conditions: [KNOWN_VISITOR],
  };
}

const expr = (source: string) => `{{ ${source} }}`;

/**
 * The visitor as a crm contact: the form's address, name and phone under their real field names (the crm's own
 * defaults read only fields named `email`, `name`, `phone`…), tagged. Later steps name the contact by `CONTACT_ID`.
 *
 * The seed shape keeps an action's `name` for the step's label, so the contact's name goes as first and last name:
 * the form's own first/last name fields, or its one name field split at the first space (the crm shows them joined,
 * and its emails greet by the first name).
 */
export function addContact(signals: SuggestionSignals, tags: string[], name = 'Add to CRM'): SeedAction {
  const email = fieldOf(signals, 'email');
  if (!email) throw new Error('addContact needs an email field (recipes declare it as a need)');
  const config: Record<string, unknown> = { email: expr(email.ref) };
  const named = (pattern: RegExp) => signals.fields.find((f) => f.kinds.has('name') && pattern.test(f.field.name));
  const first = named(/^first_?name$/i);
  const last = named(/^(last_?name|surname)$/i);
  const person = fieldOf(signals, 'name');
  if (first || last) {
    if (first) config.first_name = expr(first.ref);
    if (last) config.last_name = expr(last.ref);
  } else if (person) {
    const text = `$trim($string(${person.ref}))`;
    config.first_name = expr(`$substringBefore(${text}, " ")`);
    config.last_name = expr(`$contains(${text}, " ") ? $substringAfter(${text}, " ")`);
  }
  const phone = fieldOf(signals, 'phone');
  if (phone) config.phone = expr(phone.ref);
  // The other answers stay on the submission the crm records; custom_fields would be refused unless the
  // workspace had defined each one.
  return { id: CONTACT_STEP, type: 'add_to_crm', name, ...config, tags: unique(tags) };
}

/** An email to the contact the workflow made, with one of the crm's built-in templates. */
export function emailContact(
  id: string,
  name: string,
  template: 'welcome-email' | 'onboarding-email' | 'booking-confirmation' | 'follow-up' | 'newsletter',
  extra: Record<string, unknown> = {},
): SeedAction {
  return { id, type: 'send_email', name, template, contact_id: CONTACT_ID, ...extra };
}

/**
 * A submitted value in the team's HTML email. The engine escapes every value an expression inserts into an email's
 * HTML (its `template: 'html'` fields), so the visitor's `<`, `&` and braces arrive as entities, never as markup.
 */
export function htmlValue(ref: string): string {
  return expr(ref);
}

/**
 * A submitted value for a subject line: one line (the engine keeps it from being read as Liquid), a fallback when
 * the answer is missing.
 */
export function subjectValue(ref: string, fallback: string): string {
  const cleaned = [
    ['\\r', ' '],
    ['\\n', ' '],
  ].reduce((inner, [from, to]) => `$replace(${inner}, "${from}", "${to}")`, `$string(${ref})`);
  return expr(`$exists(${ref}) ? ${cleaned} : "${subjectText(fallback)}"`);
}

/** Our own text (labels, company name) in the team's HTML: escaped, and braces kept from being read as expressions. */
export function htmlText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\{/g, '&#123;')
    .replace(/\}/g, '&#125;');
}

/** Our own text in a subject: no braces (the engine would read them as an expression, the crm as Liquid). */
export function subjectText(text: string): string {
  return text.replace(/[{}]/g, '').replace(/\s+/g, ' ').trim();
}

/** A row of the notice's table: our label (escaped here) and a value that is HTML-safe already. */
const row = (label: string, value: string) =>
  `<tr><td style="padding:4px 16px 4px 0;color:#6b7280;vertical-align:top">${htmlText(label)}</td>` +
  `<td style="padding:4px 0;vertical-align:top">${value}</td></tr>`;

export interface TeamNotice {
  id?: string;
  name?: string;
  /** The subject, our text and `subjectValue` expressions only. */
  subject: string;
  /** The first paragraph, our own words (escaped here). */
  intro: string;
  /** Rows of the table: every submitted field (forms) and extra rows (label, value as HTML-safe text). */
  fields?: readonly UsableField[];
  rows?: readonly [string, string][];
}

/**
 * The team's notification: an email to the team address with an inline subject and HTML that lists what the
 * visitor submitted, every value through `htmlValue`. Transactional: it is the team's own mail, not marketing, so
 * no unsubscribe or suppression applies to it.
 */
export function notifyTeam(signals: SuggestionSignals, notice: TeamNotice): SeedAction {
  if (!signals.teamEmail) throw new Error('notifyTeam needs a team email (recipes check it first)');
  const rows = [
    ...(notice.fields ?? []).map((f) => row(f.label, htmlValue(f.ref))),
    ...(notice.rows ?? []).map(([label, value]) => row(label, value)),
  ];
  const where = signals.site.companyName ? ` on the ${htmlText(signals.site.companyName)} site` : '';
  const html =
    `<p>${htmlText(notice.intro)}</p>` +
    (rows.length ? `<table style="border-collapse:collapse">${rows.join('')}</table>` : '') +
    `<p style="color:#6b7280;font-size:13px">Sent by a workflow of the ${htmlText(
      componentLabel(signals.component.type),
    )}${where}.</p>`;
  return {
    id: notice.id ?? 'notify_team',
    type: 'send_email',
    name: notice.name ?? 'Notify the team',
    to: signals.teamEmail,
    subject: notice.subject,
    html,
    category: 'transactional',
  };
}

/** The subject naming who wrote: "New enquiry from Ada Lovelace" (or the address, or "a visitor"). */
export function fromWhom(signals: SuggestionSignals): string {
  const who = fieldOf(signals, 'name') ?? fieldOf(signals, 'email') ?? fieldOf(signals, 'phone');
  return who ? subjectValue(who.ref, 'a visitor') : 'a visitor';
}

/** A condition action (field conditions, or one expression giving true or false): the chain goes on when it holds. */
export function onlyIf(id: string, name: string, when: FieldCondition[] | string, match?: 'all' | 'any'): SeedAction {
  return {
    id,
    type: 'condition',
    // Labels come from the form's config; a step's name holds at most 200 characters.
    name: name.slice(0, 200),
    ...(typeof when === 'string' ? { expression: when } : { conditions: when }),
    ...(match ? { match } : {}),
  };
}

const COMPONENT_LABELS: Record<string, string> = {
  contact_form: 'contact form',
  newsletter_signup: 'newsletter signup',
  booking_form: 'booking form',
  pricing_table: 'pricing table',
  cta_button: 'call-to-action button',
  faq: 'FAQ',
  logo_cloud: 'logo cloud',
  stats: 'key figures',
  schedule: 'event schedule',
};

/** A component type in words: "contact form", "FAQ". */
export function componentLabel(type: string): string {
  return COMPONENT_LABELS[type] ?? type.replace(/[_-]+/g, ' ');
}

/** A tag made from free text: lower-case words joined by dashes, at most 50 characters. */
export function tagOf(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 50)
      .replace(/-+$/, '') || 'tag'
  );
}

export function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
