import type { ComponentContext, ComponentField } from '../context/component-context';
import { humanise } from './phrase-patterns';
import type { TriggerIntent } from './workflow-intents';

/**
 * What generated steps say: the team email summarising a submission, a chat message, a note. Values of the
 * submission are `{{ trigger.form_data.<field> }}` expressions (the engine fills them in when the step runs); what
 * comes from the component's config (labels, the form's name) is written in as text, HTML-escaped in HTML.
 */
export interface ContentContext {
  trigger: TriggerIntent;
  component: ComponentContext | null;
  /** "booking form", or "form" when nothing names it. */
  form: string;
}

const SIMPLE_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;
const USABLE_KEY = /^[A-Za-z0-9_-]+$/;
const FIELDS_SHOWN_MAX = 20;

export const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** The form a trigger listens to, as a person names it: the component's type, else the prompt's words. */
export function formName(trigger: TriggerIntent, component: ComponentContext | null): string {
  // Braces are dropped: the name is written into texts that may hold expressions.
  const type = component?.type ? humanise(component.type).replace(/[{}]/g, '') : null;
  if (type && /\b(?:form|signup|sign up|registration|booking)\b/.test(type))
    return /form$/.test(type) ? type : `${type} form`;
  if (trigger.type === 'form_submission' && trigger.form) return `${trigger.form} form`;
  return 'form';
}

/** The JSONata path of a submitted field (backquoted when its name is not a plain identifier). */
export const formPath = (name: string): string => `trigger.form_data.${SIMPLE_KEY.test(name) ? name : `\`${name}\``}`;

/** Where a condition reads a field of the trigger's data. */
export function conditionPath(trigger: TriggerIntent, field: string): string {
  if (trigger.type === 'form_submission') return `trigger.form_data.${field}`;
  if (trigger.type === 'webhook') return `trigger.body.${field}`;
  return `trigger.${field}`;
}

/** The component's fields that can be shown (names an expression can reach). */
function shownFields(component: ComponentContext | null): ComponentField[] {
  return (component?.fields ?? []).filter((f) => USABLE_KEY.test(f.name)).slice(0, FIELDS_SHOWN_MAX);
}

/** A field's label; braces are dropped so a label can never read as an expression. */
const fieldLabel = (field: ComponentField): string =>
  (field.label?.trim() || capitalise(humanise(field.name))).replace(/[{}]/g, '');

/** The field holding the visitor's name, if the form has one. */
function nameField(component: ComponentContext | null): ComponentField | undefined {
  const fields = shownFields(component);
  return fields.find((f) => /^(?:full_?)?name$/i.test(f.name)) ?? fields.find((f) => /^first_?name$/i.test(f.name));
}

/** One line per submitted field, or the whole submission when the form's fields are not known. */
function submissionTable(ctx: ContentContext): string {
  const fields = shownFields(ctx.component);
  if (!fields.length) return '<pre>{{ $string(trigger.form_data) }}</pre>';
  const rows = fields.map(
    (f) => `<tr><td><strong>${escapeHtml(fieldLabel(f))}</strong></td><td>{{ ${formPath(f.name)} }}</td></tr>`,
  );
  return `<table>\n${rows.join('\n')}\n</table>`;
}

/** What happened, in words, for subjects and messages. */
export function eventHeadline(ctx: ContentContext): string {
  const t = ctx.trigger;
  switch (t.type) {
    case 'form_submission':
      return `New ${ctx.form} submission`;
    case 'page_interaction':
      return `Someone ${t.interaction === 'view' ? 'viewed' : t.interaction === 'click' ? 'clicked' : 'used'} the ${t.target}`;
    case 'schedule':
      return `Scheduled run: ${t.when}`;
    case 'webhook':
      return 'Webhook received';
    case 'custom_event':
      return capitalise(t.about);
    case 'manual':
      return 'Workflow run by hand';
  }
}

/** The trigger's data, as an expression to show in a message (nothing when there is none worth showing). */
function dataExpression(trigger: TriggerIntent): string | null {
  if (trigger.type === 'webhook') return '{{ $string(trigger.body) }}';
  if (trigger.type === 'custom_event') return '{{ $string(trigger) }}';
  return null;
}

/** The inline email to the team: a subject and an HTML summary of what happened. */
export function teamEmail(ctx: ContentContext, because: string | null): { subject: string; html: string } {
  const headline = eventHeadline(ctx);
  const why = because ? ` (${because})` : '';
  if (ctx.trigger.type === 'form_submission') {
    const name = nameField(ctx.component);
    return {
      subject: `${headline}${name ? ` from {{ ${formPath(name.name)} }}` : ''}`,
      html: `<p>${escapeHtml(`${headline}${why}`)}:</p>\n${submissionTable(ctx)}`,
    };
  }
  const data = dataExpression(ctx.trigger);
  return {
    subject: headline,
    html: `<p>${escapeHtml(`${headline}${why}`)}.</p>${data ? `\n<pre>${data}</pre>` : ''}`,
  };
}

/** The inline email to the visitor when no template is named: thanks, and what they sent. */
export function visitorEmail(ctx: ContentContext): { subject: string; html: string } {
  const name = nameField(ctx.component);
  return {
    subject: `Thank you${name ? `, {{ ${formPath(name.name)} }}` : ''}`,
    html: `<p>Thank you for your ${escapeHtml(ctx.form)} submission. Here is what you sent us:</p>\n${submissionTable(ctx)}`,
  };
}

/** A chat message: what happened, why, and the submitted values. */
export function chatText(ctx: ContentContext, because: string | null): string {
  const first = `${eventHeadline(ctx)}${because ? ` (${because})` : ''}`;
  if (ctx.trigger.type === 'form_submission') {
    const fields = shownFields(ctx.component);
    const lines = fields.length
      ? fields.map((f) => `${fieldLabel(f)}: {{ ${formPath(f.name)} }}`)
      : ['{{ $string(trigger.form_data) }}'];
    return [first, ...lines].join('\n');
  }
  const data = dataExpression(ctx.trigger);
  return data ? `${first}\n${data}` : first;
}

/** A timeline entry's data when the prompt gives no text. */
export function activityData(ctx: ContentContext, note: string | null): Record<string, unknown> {
  if (note) return { text: note };
  if (ctx.trigger.type === 'form_submission')
    return { text: `Submitted the ${ctx.form}`, submission: '{{ trigger.form_data }}' };
  return { text: eventHeadline(ctx) };
}
