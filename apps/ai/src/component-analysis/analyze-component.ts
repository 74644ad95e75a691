import type { CollectedFieldView, ComponentFindingView } from '@mab/contracts';
import type { ComponentContext, ComponentField, SiteContext } from '../context/component-context';

const MAX_COMFORTABLE_REQUIRED = 4;

/** What a field is for, from its input type first and its name second. */
export function fieldKind(field: ComponentField): string {
  const type = field.type.toLowerCase();
  const name = `${field.name} ${field.label ?? ''}`.toLowerCase();
  if (type === 'email' || /e-?mail/.test(name)) return 'email';
  if (type === 'tel' || /phone|mobile/.test(name)) return 'phone';
  if (type === 'date' || type === 'datetime-local' || /\bdate\b/.test(name)) return 'date';
  if (type === 'checkbox' && /consent|agree|accept|privacy|terms|opt.?in|gdpr/.test(name)) return 'consent';
  if (type === 'select' || type === 'radio') return 'choice';
  if (type === 'number' || /party|guests|budget|size|quantity/.test(name)) return 'number';
  if (type === 'textarea' || /message|comment|question|details/.test(name)) return 'message';
  if (/\bname\b|first.?name|last.?name|full.?name/.test(name)) return 'name';
  return 'text';
}

const PURPOSES: Record<string, string> = {
  contact_form: 'lets visitors write to you, so that each one can be answered, added to the CRM and followed up',
  newsletter_signup: 'grows your mailing list: each signup can be welcomed and nurtured',
  booking_form: 'takes appointment or table requests that need a confirmation and a reminder',
  pricing_table: 'shows your plans; a click on one is a strong buying signal',
  cta_button: 'drives visitors to one action; its clicks measure intent',
  hero: 'makes the first impression of the page; its views measure reach',
  testimonials: 'builds trust with social proof',
  features: 'explains what you offer',
  faq: 'answers objections before they stop a visitor',
  menu: 'shows what you serve',
  schedule: 'shows the programme of an event',
  gallery: 'shows your work',
  team: 'introduces the people behind the business',
  stats: 'backs your claims with figures',
  logo_cloud: 'shows who already trusts you',
  footer: 'holds contact details and links on every page',
};

/** The goals a component serves, from its type and what it collects. */
export function componentGoals(component: ComponentContext): string[] {
  const kinds = new Set(component.fields.map(fieldKind));
  const goals = new Set<string>();
  if (component.type === 'newsletter_signup') goals.add('newsletter_growth');
  if (component.type === 'booking_form' || kinds.has('date')) goals.add('bookings');
  if (component.type === 'contact_form' || (component.fields.length && kinds.has('email')))
    goals.add('lead_generation');
  if (kinds.has('choice') || kinds.has('number')) goals.add('lead_qualification');
  if (component.type === 'pricing_table') goals.add('sales');
  if (component.type === 'cta_button') goals.add('conversion');
  if (['hero', 'features', 'testimonials', 'faq', 'gallery', 'team', 'stats', 'logo_cloud'].includes(component.type))
    goals.add('engagement');
  if (component.type === 'schedule') goals.add('event_registration');
  if (!goals.size) goals.add('engagement');
  return [...goals];
}

/**
 * The analysis of a component: what it collects, the goals it serves, and what is missing or could be better
 * (no way to reach the visitor back, no consent wording on a form that leads to marketing email, too many required
 * fields, a booking form without a date). Rules over the component's own config: the same component always gets the
 * same findings.
 */
export function analyzeComponent(component: ComponentContext, site: SiteContext) {
  const collects: CollectedFieldView[] = component.fields.map((f) => ({
    name: f.name,
    kind: fieldKind(f),
    required: f.required ?? false,
  }));
  const kinds = new Set(collects.map((c) => c.kind));
  const findings: ComponentFindingView[] = [];
  const isForm =
    component.fields.length > 0 || ['contact_form', 'newsletter_signup', 'booking_form'].includes(component.type);
  if (isForm) {
    if (!component.fields.length) {
      findings.push({
        code: 'no_fields',
        severity: 'problem',
        message: 'The form has no fields: visitors cannot send anything.',
      });
    } else if (!kinds.has('email') && !kinds.has('phone')) {
      findings.push({
        code: 'no_contact_field',
        severity: 'problem',
        message: 'The form asks for no email or phone: nobody can be answered or added to the CRM.',
      });
    } else if (!kinds.has('email')) {
      findings.push({
        code: 'no_email_field',
        severity: 'warning',
        message: 'The form has no email field: workflows cannot email the visitor (only call them back).',
      });
    }
    const consentText = typeof component.config.consent_text === 'string' && component.config.consent_text.trim();
    if (!consentText && !kinds.has('consent')) {
      findings.push({
        code: 'no_consent',
        severity: component.type === 'newsletter_signup' ? 'problem' : 'warning',
        message:
          'There is no consent wording or checkbox: say what visitors sign up for (GDPR and CAN-SPAM expect it before marketing email).',
      });
    }
    const required = collects.filter((c) => c.required).length;
    if (required > MAX_COMFORTABLE_REQUIRED) {
      findings.push({
        code: 'too_many_required_fields',
        severity: 'warning',
        message: `${required} required fields: every extra required field costs conversions; keep ${MAX_COMFORTABLE_REQUIRED} or fewer.`,
      });
    }
    if (component.fields.length > 8) {
      findings.push({
        code: 'long_form',
        severity: 'info',
        message: `${component.fields.length} fields: consider asking the rest in a follow-up email.`,
      });
    }
    if (component.type === 'booking_form' && !kinds.has('date')) {
      findings.push({ code: 'no_date_field', severity: 'problem', message: 'A booking form needs a date field.' });
    }
    if (component.type === 'contact_form' && !kinds.has('name')) {
      findings.push({
        code: 'no_name_field',
        severity: 'info',
        message: 'Asking for a name lets every email greet the visitor by name.',
      });
    }
  }
  if (!site.teamEmail && isForm) {
    findings.push({
      code: 'no_team_email',
      severity: 'info',
      message: 'The site has no contact email: add one so that workflows can notify your team of each submission.',
    });
  }
  return {
    component_type: component.type,
    component_id: component.id,
    purpose: `This ${component.type.replace(/_/g, ' ')} ${PURPOSES[component.type] ?? 'collects interactions that workflows can react to'}.`,
    collects,
    goals: componentGoals(component),
    findings,
  };
}
