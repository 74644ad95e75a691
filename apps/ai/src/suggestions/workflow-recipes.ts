import type { TemplateCategory } from '@mab/contracts';
import type { FieldCondition, SeedAction, SeedWorkflow } from '@mab/workflow-definition';
import { fieldOf, type FieldKind, type Goal, type SuggestionSignals, type UsableField } from './suggestion-signals';
import {
  CONTACT_ID,
  VISITOR_EMAIL,
  addContact,
  componentLabel,
  emailContact,
  formTrigger,
  fromWhom,
  htmlValue,
  interactionTrigger,
  notifyTeam,
  onlyIf,
  subjectText,
  subjectValue,
  tagOf,
  type TeamNotice,
} from './workflow-blocks';

/**
 * The built-in engine's catalogue: workflows worth suggesting, each saying what it needs (hard: without it the
 * workflow cannot work, so it is not offered), what it fits (component types, industries, goals) and which form
 * fields it makes use of when they are there. The scorer (built-in-suggestions.ts) measures the fit; a recipe only
 * builds its workflow from the request. Seven of them adapt the six built-in workflow templates (`adapts`).
 */

export interface RecipeFit {
  /** The component types it is the natural workflow of; empty for an add-on that no component is made for. */
  types: readonly string[];
  /** Form or page types it serves as well, less closely. */
  alsoTypes?: readonly string[];
  /** Other forms (a component with fields that is none of the catalogue's form types) serve too, less closely. */
  anyForm?: boolean;
  /** The template categories it suits best. */
  industries: readonly TemplateCategory[];
  /** How well it suits the other industries, 0..1 (0.5: works anywhere, as well as anything else). */
  elsewhere: number;
  goals: readonly Goal[];
}

export interface WorkflowRecipe {
  key: string;
  /** Its name, after the industry when the industry fits: "Professional Services Lead Follow-up". */
  title: string;
  /** The built-in workflow template (libs/workflow-definition) it adapts, if any. */
  adapts?: string;
  /** Whether it starts on the component's submissions or on its views and clicks. */
  trigger: 'form' | 'page';
  fit: RecipeFit;
  /** Field kinds it cannot work without (no email field: no email to the visitor). */
  needs: readonly FieldKind[];
  /** Field kinds it reads when present; each one present makes it fit better. */
  uses: readonly FieldKind[];
  /** Field kinds that make it pointless (the phone-only callback is for forms without an email field). */
  lacks?: readonly FieldKind[];
  /** Whether it notifies the team: `required` ones are not offered without a team email. */
  team: 'none' | 'optional' | 'required';
  /** A condition beyond fields and types (an event context): the reason it fits, or null when it does not. */
  when?: (s: SuggestionSignals) => string | null;
  /** Its workflow for this request; null when the request lacks something specific (a budget field). */
  build: (s: SuggestionSignals) => RecipeDraft | null;
}

export interface RecipeDraft {
  workflow: SeedWorkflow;
  description: string;
  /** What it found in the request beyond the scorer's common checks ("reads the budget field"). */
  reasons?: string[];
  /** A name more specific than the title, used as is. */
  name?: string;
}

// ---- helpers the recipes share ----------------------------------------------------------------------------------

const TWO_DAYS = 2 * 24 * 60;
const THREE_DAYS = 3 * 24 * 60;
const FIVE_DAYS = 5 * 24 * 60;
const THIRTY_DAYS = 30 * 24 * 60;

const score = (id: string, name: string, points: number, reason: string, who = CONTACT_ID): SeedAction => ({
  id,
  type: 'update_lead_score',
  name,
  ...(who === VISITOR_EMAIL ? { email: who } : { contact_id: who }),
  points,
  reason: subjectText(reason).slice(0, 200),
});

const tag = (id: string, name: string, tags: string[], who = CONTACT_ID): SeedAction => ({
  id,
  type: 'add_tag',
  name,
  ...(who === VISITOR_EMAIL ? { email: who } : { contact_id: who }),
  tags,
});

/** The team's notice, or nothing when there is no team address (recipes with `team: 'optional'`). */
const teamNotice = (s: SuggestionSignals, notice: TeamNotice): SeedAction[] =>
  s.teamEmail ? [notifyTeam(s, notice)] : [];

/**
 * A description that ends with the team's part: `, notify the team at x`, or, without a team address, the hint to
 * add one (the workflow does all the rest without it).
 */
const withTeam = (s: SuggestionSignals, main: string, teamDoes: string, hint = 'to be notified') =>
  s.teamEmail ? `${main}, ${teamDoes} at ${s.teamEmail}` : `${main}; add a team email ${hint}`;

const form = (s: SuggestionSignals, actions: SeedAction[]): SeedWorkflow => ({ trigger: formTrigger(s), actions });

/** Where a page event came from, for the team's notice about a known visitor. */
const pageRows = (): [string, string][] => [
  ['Visitor', htmlValue('trigger.email')],
  ['Page', htmlValue('trigger.page')],
  ['Clicked', htmlValue('trigger.target')],
];

/** The data the booking-confirmation template shows (its keys), from the form's own fields. */
function bookingData(s: SuggestionSignals): Record<string, string> {
  const data: Record<string, string> = {};
  const date = fieldOf(s, 'date');
  const time = fieldOf(s, 'time');
  const party = partySize(s);
  if (date) data.booking_date = `{{ ${date.ref} }}`;
  if (time) data.booking_time = `{{ ${time.ref} }}`;
  if (party) data.party_size = `{{ ${party.ref} }}`;
  return data;
}

const PARTY = /party|guests?|people|persons|covers|group_?size|seats|attendees|number_of/i;

/** A number field counting people (party_size, guests). */
function partySize(s: SuggestionSignals): UsableField | undefined {
  return s.fields.find((f) => f.kinds.has('number') && PARTY.test(f.field.name));
}

/** A typed date field (a date input gives ISO dates, which expressions can compute with; free text may not). */
function isoDate(s: SuggestionSignals): UsableField | undefined {
  return s.fields.find((f) => ['date', 'datetime-local', 'datetime'].includes(f.field.type.toLowerCase()));
}

const NOT_AN_ANSWER = /not sure|unsure|\bother\b|something else|don.?t know|no preference|flexible|just exploring/i;
const BUDGET_LIKE = /budget|plan|package|tier|spend|investment|price|licen[cs]e|seats|volume|size|employees/i;
const HIGH_VALUE_OPTION = /enterprise|wholesale|sponsor|partnership|corporate|stockist|custom|group|bulk|full.?day/i;

interface Qualifier {
  field: UsableField;
  condition: FieldCondition;
  /** "Monthly budget is $20,000–$100,000 or Over $100,000" */
  says: string;
}

/**
 * What makes a submission sales-qualified, from the form's own fields: the upper half of a budget-like choice
 * (forms list budgets from low to high), a budget or quantity above a bar, or a choice naming a high-value kind
 * of request (wholesale, sponsorship).
 */
export function salesQualifier(s: SuggestionSignals): Qualifier | null {
  const selects = s.fields.filter((f) => f.kinds.has('select') && f.conditionPath && f.field.options?.length);
  // A party size is a booking detail, not a budget, however it is chosen.
  for (const f of selects.filter((x) => BUDGET_LIKE.test(x.field.name) && !PARTY.test(x.field.name))) {
    const answers = (f.field.options ?? []).filter((o) => !NOT_AN_ANSWER.test(o));
    if (answers.length < 2) continue;
    const high = answers.slice(answers.length - Math.max(1, Math.floor(answers.length / 2)));
    return {
      field: f,
      condition: { field: f.conditionPath!, operator: 'in', value: high },
      says: `${f.label} is ${high.join(' or ')}`,
    };
  }
  const numbers = s.fields.filter((f) => f.kinds.has('number') && f.conditionPath);
  const bars: [RegExp, number][] = [
    [/budget|amount|spend|price|investment|value/i, 5000],
    [/quantity|units|pieces|volume|order_?size/i, 100],
    [/seats|users|employees|team_?size|learners|students|licen[cs]es|staff/i, 10],
  ];
  for (const [pattern, bar] of bars) {
    const f = numbers.find((x) => pattern.test(x.field.name));
    if (f)
      return {
        field: f,
        condition: { field: f.conditionPath!, operator: 'gte', value: bar },
        says: `${f.label} is ${bar.toLocaleString('en-US')} or more`,
      };
  }
  for (const f of selects) {
    const high = (f.field.options ?? []).filter((o) => HIGH_VALUE_OPTION.test(o) && !NOT_AN_ANSWER.test(o));
    if (high.length)
      return {
        field: f,
        condition: { field: f.conditionPath!, operator: 'in', value: high },
        says: `${f.label} is ${high.join(' or ')}`,
      };
  }
  return null;
}

const TOPIC =
  /topic|enquiry|inquiry|subject|service|reason|interest|practice_?area|treatment|course|department|need|project_?type|request|category/i;

/** A choice that says what an enquiry is about (topic, service, practice area). */
function topicField(s: SuggestionSignals): UsableField | undefined {
  return s.fields.find(
    (f) => f.kinds.has('select') && TOPIC.test(f.field.name) && !BUDGET_LIKE.test(f.field.name) && !f.kinds.has('time'),
  );
}

const REGISTRATION_FIELD = /attend|ticket|rsvp|registr|session|workshop|guests|dietary|meal/i;

/** The label a page component's call to action reads (a button's label, a hero's cta_label), if any. */
function callToAction(s: SuggestionSignals): string | null {
  const c = s.component.config;
  const label = typeof c.label === 'string' ? c.label : typeof c.cta_label === 'string' ? c.cta_label : '';
  const clean = subjectText(label).slice(0, 60);
  return clean || null;
}

/** The names of a pricing table's plans: "Starter, Growth". */
function planNames(s: SuggestionSignals): string[] {
  const plans = Array.isArray(s.component.config.plans) ? s.component.config.plans : [];
  return plans
    .map((p) => (p && typeof p === 'object' ? (p as { name?: unknown }).name : undefined))
    .filter((n): n is string => typeof n === 'string' && !!n.trim())
    .map((n) => subjectText(n).slice(0, 40))
    .slice(0, 4);
}

/** Points a view of each kind of content is worth: what it says about intent. */
const VIEW_POINTS: Record<string, number> = {
  pricing_table: 5,
  testimonials: 3,
  faq: 3,
  menu: 3,
  schedule: 3,
  features: 2,
  team: 2,
  hero: 1,
  gallery: 1,
  stats: 1,
  logo_cloud: 1,
};

const TITLE_LABELS: Record<string, string> = {
  faq: 'FAQ',
  logo_cloud: 'Logo Cloud',
  stats: 'Key Figures',
  schedule: 'Event Schedule',
  pricing_table: 'Pricing Table',
};
const titleOf = (type: string) =>
  TITLE_LABELS[type] ??
  componentLabel(type)
    .split(' ')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');

// ---- the catalogue ------------------------------------------------------------------------------------------------

export const WORKFLOW_RECIPES: readonly WorkflowRecipe[] = [
  {
    key: 'lead-follow-up',
    title: 'Lead Follow-up',
    adapts: 'lead-follow-up',
    trigger: 'form',
    fit: {
      types: ['contact_form'],
      alsoTypes: ['booking_form'],
      anyForm: true,
      // Best where an enquiry is how clients arrive; shops, restaurants and events convert mostly by orders,
      // bookings and registrations, which other recipes serve first.
      industries: [
        'professional_services',
        'agency',
        'saas',
        'real_estate',
        'portfolio',
        'education',
        'health_wellness',
        'nonprofit',
      ],
      elsewhere: 0.5,
      goals: ['lead_generation', 'client_acquisition', 'sales'],
    },
    needs: ['email'],
    uses: ['name', 'phone', 'textarea'],
    team: 'optional',
    build: (s) => ({
      workflow: form(s, [
        addContact(s, ['lead']),
        emailContact('send_welcome', 'Welcome email', 'welcome-email'),
        score('score_lead', '+10 points', 10, `${componentLabel(s.component.type)} enquiry`),
        ...teamNotice(s, {
          subject: `New enquiry from ${fromWhom(s)}`,
          intro: `Someone wrote through the ${componentLabel(s.component.type)}. Their answers:`,
          fields: s.fields,
        }),
      ]),
      description: withTeam(s, 'Send a welcome email, add to CRM as a lead (+10 points)', 'notify the team'),
    }),
  },
  {
    key: 'lead-nurture',
    title: 'Lead Nurture Sequence',
    adapts: 'lead-follow-up',
    trigger: 'form',
    fit: {
      types: ['contact_form'],
      anyForm: true,
      industries: ['professional_services', 'agency', 'saas', 'real_estate', 'portfolio', 'education'],
      elsewhere: 0.25,
      goals: ['lead_generation', 'client_acquisition', 'sales'],
    },
    needs: ['email'],
    uses: ['name', 'textarea', 'select'],
    team: 'none',
    build: (s) => ({
      workflow: form(s, [
        addContact(s, ['lead', 'nurture']),
        { ...emailContact('send_follow_up', 'Follow-up after 2 days', 'follow-up'), delay: TWO_DAYS },
        { ...emailContact('send_news', 'Latest news after 5 more days', 'newsletter'), delay: FIVE_DAYS },
      ]),
      description:
        'Add to CRM tagged nurture, send a personal follow-up two days later and your latest news five days after',
    }),
  },
  {
    key: 'newsletter-welcome-sequence',
    title: 'Newsletter Welcome Sequence',
    adapts: 'newsletter-welcome',
    trigger: 'form',
    fit: {
      types: ['newsletter_signup'],
      industries: [],
      elsewhere: 0.5,
      goals: ['newsletter_growth', 'engagement', 'retention'],
    },
    needs: ['email'],
    uses: ['name', 'consent'],
    team: 'none',
    build: (s) => {
      const consent = fieldOf(s, 'consent');
      const gate = consent?.conditionPath
        ? [
            onlyIf('consented', `Only if ${consent.label} is ticked`, [
              { field: consent.conditionPath, operator: 'equals', value: true },
            ]),
          ]
        : [];
      return {
        workflow: form(s, [
          ...gate,
          addContact(s, ['newsletter'], 'Add subscriber to CRM'),
          emailContact('send_welcome', 'Welcome email', 'welcome-email'),
          {
            ...emailContact('send_getting_started', 'Getting-started email after 3 days', 'onboarding-email'),
            delay: THREE_DAYS,
          },
        ]),
        description: `${gate.length ? 'For subscribers who tick the consent box: add' : 'Add'} to CRM tagged newsletter, send a welcome email at once and a getting-started email three days later`,
        ...(gate.length ? { reasons: [`asks consent first (${consent!.label})`] } : {}),
      };
    },
  },
  {
    key: 'booking-confirmation',
    title: 'Booking Confirmation',
    adapts: 'booking-confirmation',
    trigger: 'form',
    fit: {
      types: ['booking_form'],
      anyForm: true,
      // Best for those who take appointments, tables, viewings or calls; it works for any booking form.
      industries: [
        'restaurant',
        'health_wellness',
        'professional_services',
        'real_estate',
        'education',
        'agency',
        'event',
      ],
      elsewhere: 0.5,
      goals: ['bookings', 'client_acquisition'],
    },
    needs: ['email', 'date'],
    uses: ['name', 'time', 'phone', 'textarea'],
    team: 'optional',
    build: (s) => {
      const date = fieldOf(s, 'date')!;
      const iso = isoDate(s);
      // The reminder needs a date the engine can compute with; a date typed as free text gets no reminder.
      const reminder: SeedAction[] = iso
        ? [
            // A booking for today or tomorrow needs no reminder: the confirmation has just gone out.
            onlyIf(
              'booked_ahead',
              'Only if booked more than 2 days ahead',
              // An empty or malformed date skips the reminder (checked first: $toMillis fails on it).
              `{{ $length($string(${iso.ref})) = 10 and $substring(${iso.ref}, 4, 1) = "-" and $toMillis(${iso.ref}) - $millis() > 172800000 }}`,
            ),
            {
              id: 'wait_day_before',
              type: 'delay',
              name: 'Until 09:00 UTC the day before',
              mode: 'until',
              // Midnight UTC of the booking date, less 15 hours.
              until: `{{ $fromMillis($toMillis(${iso.ref}) - 54000000) }}`,
            },
            emailContact('send_reminder', 'Reminder the day before', 'booking-confirmation', {
              data: bookingData(s),
              category: 'transactional',
            }),
          ]
        : [];
      return {
        workflow: form(s, [
          addContact(s, ['booking']),
          emailContact('send_confirmation', 'Booking confirmation', 'booking-confirmation', {
            data: bookingData(s),
            category: 'transactional',
          }),
          {
            id: 'note_booking',
            type: 'record_activity',
            name: 'Note the booking',
            contact_id: CONTACT_ID,
            activity_type: 'note',
            data: { text: `Booking requested for {{ ${date.ref} }}` },
          },
          ...teamNotice(s, {
            subject: `New booking request from ${fromWhom(s)}`,
            intro: 'A new booking request came in. The details:',
            fields: s.fields,
          }),
          ...reminder,
        ]),
        description: withTeam(
          s,
          `Email a booking confirmation${iso ? ' (and a reminder the day before)' : ''}, add the guest to CRM with a note of the date`,
          'notify the team',
          'to hear of each booking',
        ),
      };
    },
  },
  {
    key: 'restaurant-reservation',
    title: 'Reservation with Large-Party Alert',
    trigger: 'form',
    fit: {
      types: ['booking_form'],
      anyForm: true,
      industries: ['restaurant', 'event'],
      elsewhere: 0.25,
      goals: ['bookings'],
    },
    needs: ['email', 'date', 'number'],
    uses: ['name', 'time', 'phone'],
    team: 'optional',
    build: (s) => {
      const party = partySize(s);
      if (!party?.conditionPath) return null;
      return {
        workflow: form(s, [
          addContact(s, ['reservation']),
          emailContact('send_confirmation', 'Reservation confirmation', 'booking-confirmation', {
            data: bookingData(s),
            category: 'transactional',
          }),
          onlyIf('large_party', `Only if ${party.label} is 8 or more`, [
            { field: party.conditionPath, operator: 'gte', value: 8 },
          ]),
          tag('tag_large_party', 'Tag large-party', ['large-party']),
          ...teamNotice(s, {
            subject: `Large party: ${subjectValue(party.ref, 'several')} guests, from ${fromWhom(s)}`,
            intro: 'A reservation for a large party came in: check the room and the staffing.',
            fields: s.fields,
          }),
        ]),
        description: `Confirm every reservation by email; for parties of 8 or more, tag large-party and ${
          s.teamEmail ? `alert the team at ${s.teamEmail}` : 'add a team email to be alerted'
        }`,
        reasons: [`reads the party size from the ${party.label} field`],
      };
    },
  },
  {
    key: 'sales-qualified-lead',
    title: 'Sales-Qualified Lead Alert',
    trigger: 'form',
    fit: {
      types: ['contact_form'],
      alsoTypes: ['booking_form'],
      anyForm: true,
      industries: ['agency', 'saas', 'professional_services', 'ecommerce', 'portfolio', 'real_estate'],
      elsewhere: 0.25,
      goals: ['sales', 'lead_generation', 'client_acquisition'],
    },
    needs: ['email'],
    uses: ['select', 'number', 'name'],
    team: 'optional',
    build: (s) => {
      const q = salesQualifier(s);
      if (!q) return null;
      return {
        workflow: form(s, [
          addContact(s, ['lead']),
          onlyIf('qualified', `Only if ${q.says}`.slice(0, 200), [q.condition]),
          score('score_qualified', '+25 points', 25, `qualified: ${q.says}`),
          tag('tag_qualified', 'Tag sales-qualified', ['sales-qualified']),
          ...teamNotice(s, {
            subject: `Sales-qualified lead: ${fromWhom(s)}`,
            intro: `A lead answered that ${q.says}. Worth a call soon:`,
            fields: s.fields,
          }),
        ]),
        description: withTeam(s, `When ${q.says}: +25 points, tag sales-qualified`, 'alert the team', 'to be alerted'),
        reasons: [`qualifies by the ${q.field.label} field`],
      };
    },
  },
  {
    key: 'enquiry-topic-routing',
    title: 'Enquiry Routing by Topic',
    trigger: 'form',
    fit: {
      types: ['contact_form'],
      alsoTypes: ['booking_form'],
      anyForm: true,
      industries: [],
      elsewhere: 0.5,
      goals: ['lead_generation', 'client_acquisition', 'retention'],
    },
    needs: ['email', 'select'],
    uses: ['name', 'textarea'],
    team: 'optional',
    build: (s) => {
      const topic = topicField(s);
      if (!topic) return null;
      const tagExpression = `{{ $substring($lowercase($trim($string(${topic.ref}))), 0, 50) }}`;
      return {
        workflow: form(s, [
          addContact(s, ['enquiry', tagExpression]),
          ...teamNotice(s, {
            subject: `New ${subjectValue(topic.ref, 'general')} enquiry from ${fromWhom(s)}`,
            intro: 'A new enquiry came in; its topic is in the subject. Their answers:',
            fields: s.fields,
          }),
        ]),
        description: withTeam(
          s,
          `Add each enquiry to CRM tagged with its ${topic.label.toLowerCase()}, so lists and scores can follow it`,
          'send it with the topic in the subject to the team',
          'to receive each enquiry by topic',
        ),
        reasons: [`routes by the ${topic.label} field`],
      };
    },
  },
  {
    key: 'hot-lead-alert',
    title: 'Hot Lead Alert',
    adapts: 'high-score-notify-sales',
    trigger: 'form',
    fit: {
      types: [],
      alsoTypes: ['contact_form', 'booking_form'],
      anyForm: true,
      industries: ['saas', 'agency', 'professional_services', 'real_estate'],
      elsewhere: 0.25,
      goals: ['sales', 'lead_generation'],
    },
    needs: ['email'],
    uses: ['name', 'phone'],
    team: 'optional',
    build: (s) => ({
      workflow: form(s, [
        addContact(s, ['lead']),
        score('score_lead', '+15 points', 15, `${componentLabel(s.component.type)} submission`),
        onlyIf('hot', 'Only if the lead now has 50 points or more', [
          { field: 'steps.score_lead.output.score', operator: 'gte', value: 50 },
        ]),
        tag('tag_sales_ready', 'Tag sales-ready', ['sales-ready']),
        ...teamNotice(s, {
          subject: `Hot lead: ${fromWhom(s)} has 50+ points`,
          intro: 'A returning lead just passed 50 points with this submission:',
          fields: s.fields,
        }),
      ]),
      description: `Give each submission 15 points; when a returning lead reaches 50, tag sales-ready and ${
        s.teamEmail ? `alert the team at ${s.teamEmail}` : 'add a team email to be alerted'
      }`,
    }),
  },
  {
    key: 'phone-callback',
    title: 'Phone Callback Request',
    trigger: 'form',
    fit: {
      types: ['contact_form', 'booking_form'],
      anyForm: true,
      industries: ['professional_services', 'health_wellness', 'real_estate', 'restaurant'],
      elsewhere: 0.5,
      goals: ['lead_generation', 'bookings', 'client_acquisition'],
    },
    needs: ['phone'],
    lacks: ['email'],
    uses: ['name', 'textarea', 'date'],
    team: 'required',
    build: (s) => {
      const phone = fieldOf(s, 'phone')!;
      if (!phone.conditionPath) return null;
      return {
        workflow: form(s, [
          onlyIf('has_phone', `Only if ${phone.label} is given`, [{ field: phone.conditionPath, operator: 'exists' }]),
          notifyTeam(s, {
            id: 'ask_callback',
            name: 'Ask the team to call back',
            subject: `Please call back ${fromWhom(s)} on ${subjectValue(phone.ref, 'the number given')}`,
            intro: 'This visitor left a phone number and no email address: please call them back.',
            fields: s.fields,
          }),
        ]),
        // The crm keeps contacts by address: without one, there is no contact to record the call on.
        description: `The form has no email field: ask the team at ${s.teamEmail} to call back on the number given`,
      };
    },
  },
  {
    key: 'event-registration',
    title: 'Event Registration Confirmation',
    trigger: 'form',
    fit: {
      types: ['booking_form', 'contact_form'],
      anyForm: true,
      industries: ['event', 'education', 'nonprofit'],
      elsewhere: 0.25,
      goals: ['event_registration', 'engagement'],
    },
    needs: ['email'],
    uses: ['name', 'number', 'select', 'date'],
    team: 'optional',
    when: (s) => {
      if (s.industry === 'event') return 'the site is an event site';
      if (s.goals.has('event_registration')) return 'the goal is event registration';
      const f = s.fields.find((x) => REGISTRATION_FIELD.test(x.field.name));
      return f ? `the ${f.label} field reads like a registration` : null;
    },
    build: (s) => ({
      workflow: form(s, [
        addContact(s, ['registered']),
        emailContact('send_confirmation', 'Registration confirmation', 'booking-confirmation', {
          data: bookingData(s),
          category: 'transactional',
        }),
        score('score_registration', '+10 points', 10, 'registered'),
        ...teamNotice(s, {
          subject: `New registration: ${fromWhom(s)}`,
          intro: 'A new registration came in:',
          fields: s.fields,
        }),
      ]),
      description: withTeam(
        s,
        'Confirm each registration by email, add the attendee to CRM tagged registered (+10 points)',
        'notify the team',
      ),
    }),
  },
  {
    key: 're-engagement',
    title: '30-Day Re-engagement',
    adapts: 're-engagement',
    trigger: 'form',
    fit: {
      types: [],
      alsoTypes: ['contact_form', 'booking_form'],
      anyForm: true,
      industries: [],
      elsewhere: 0.5,
      goals: ['retention', 'sales'],
    },
    needs: ['email'],
    uses: ['name'],
    team: 'none',
    build: (s) => ({
      workflow: form(s, [
        addContact(s, ['lead']),
        { ...emailContact('send_check_in', 'Check-in after 30 days', 'follow-up'), delay: THIRTY_DAYS },
        tag('tag_re_engage', 'Tag re-engage', ['re-engage']),
      ]),
      description: 'Add to CRM, then thirty days later send a check-in email and tag the contact re-engage',
    }),
  },
  {
    key: 'newsletter-opt-in',
    title: 'Newsletter Opt-in from Enquiries',
    trigger: 'form',
    fit: {
      types: ['contact_form', 'booking_form'],
      anyForm: true,
      industries: [],
      elsewhere: 0.5,
      goals: ['newsletter_growth', 'engagement', 'retention'],
    },
    needs: ['email', 'consent'],
    uses: ['name'],
    team: 'none',
    build: (s) => {
      const consent = fieldOf(s, 'consent')!;
      if (!consent.conditionPath) return null;
      return {
        workflow: form(s, [
          onlyIf('consented', `Only if ${consent.label} is ticked`, [
            { field: consent.conditionPath, operator: 'equals', value: true },
          ]),
          addContact(s, ['newsletter'], 'Add subscriber to CRM'),
          { ...emailContact('send_news', 'Latest news the next day', 'newsletter'), delay: 24 * 60 },
        ]),
        description: `Visitors who tick ${consent.label.toLowerCase()} join the newsletter list and get your latest news the next day`,
        reasons: [`reads consent from the ${consent.label} field`],
      };
    },
  },
  {
    key: 'onboarding-sequence',
    title: 'Onboarding Email Sequence',
    trigger: 'form',
    fit: {
      types: ['contact_form'],
      alsoTypes: ['newsletter_signup'],
      anyForm: true,
      industries: ['saas', 'education', 'health_wellness', 'agency'],
      elsewhere: 0.25,
      goals: ['onboarding', 'retention', 'client_acquisition'],
    },
    needs: ['email'],
    uses: ['name', 'select'],
    team: 'none',
    build: (s) => ({
      workflow: form(s, [
        addContact(s, ['onboarding']),
        emailContact('send_welcome', 'Welcome email', 'welcome-email'),
        { ...emailContact('send_getting_started', 'Getting started the next day', 'onboarding-email'), delay: 24 * 60 },
        { ...emailContact('send_check_in', 'Check-in after 3 more days', 'follow-up'), delay: THREE_DAYS },
      ]),
      description:
        'Add to CRM tagged onboarding, send a welcome email, a getting-started guide the next day and a check-in three days later',
    }),
  },
  {
    key: 'pricing-interest',
    title: 'Pricing Interest Scoring',
    trigger: 'page',
    fit: {
      types: ['pricing_table'],
      industries: ['saas', 'ecommerce', 'agency', 'education', 'health_wellness', 'professional_services'],
      elsewhere: 0.5,
      goals: ['sales', 'client_acquisition', 'lead_generation'],
    },
    needs: [],
    uses: [],
    team: 'optional',
    build: (s) => {
      const plans = planNames(s);
      return {
        workflow: {
          trigger: interactionTrigger(s, 'click'),
          actions: [
            score('score_pricing', '+15 points', 15, 'clicked a plan in the pricing table', VISITOR_EMAIL),
            tag('tag_pricing', 'Tag pricing-interest', ['pricing-interest'], VISITOR_EMAIL),
            ...teamNotice(s, {
              subject: `A known lead is looking at your pricing: ${subjectValue('trigger.email', 'a visitor')}`,
              intro: 'A contact you know clicked a plan in your pricing table:',
              rows: pageRows(),
            }),
          ],
        },
        description: `When a known visitor clicks a plan${plans.length ? ` (${plans.join(', ')})` : ''}: +15 points and the pricing-interest tag${
          s.teamEmail ? `, and a note to ${s.teamEmail}` : ''
        }; anonymous clicks start nothing`,
      };
    },
  },
  {
    key: 'cta-click-scoring',
    title: 'CTA Click Scoring',
    trigger: 'page',
    fit: {
      types: ['cta_button'],
      alsoTypes: ['hero'],
      industries: [],
      elsewhere: 0.5,
      goals: ['lead_generation', 'sales', 'engagement', 'client_acquisition'],
    },
    needs: [],
    uses: [],
    team: 'none',
    build: (s) => {
      const label = callToAction(s);
      if (!label && s.component.type !== 'cta_button') return null;
      const what = label ? `"${label}"` : 'the call to action';
      return {
        name: label ? `"${label}" Click Scoring` : undefined,
        workflow: {
          trigger: interactionTrigger(s, 'click'),
          actions: [
            score('score_click', '+5 points', 5, `clicked ${what}`, VISITOR_EMAIL),
            tag('tag_click', 'Tag the click', [`clicked-${tagOf(label ?? 'cta')}`.slice(0, 50)], VISITOR_EMAIL),
          ],
        },
        description: `When a known visitor clicks ${what}: +5 points and a tag to segment by; anonymous clicks start nothing`,
      };
    },
  },
  {
    key: 'click-through-nudge',
    title: 'Click-through Nudge',
    adapts: 'abandoned-form',
    trigger: 'page',
    fit: {
      types: [],
      alsoTypes: ['cta_button', 'pricing_table'],
      industries: ['saas', 'ecommerce', 'education', 'agency'],
      elsewhere: 0.25,
      goals: ['sales', 'lead_generation', 'client_acquisition'],
    },
    needs: [],
    uses: [],
    team: 'none',
    build: (s) => {
      const label = callToAction(s);
      const what = label ? `"${label}"` : `the ${componentLabel(s.component.type)}`;
      return {
        workflow: {
          trigger: interactionTrigger(s, 'click'),
          actions: [
            {
              id: 'send_nudge',
              type: 'send_email',
              name: 'Follow-up an hour later',
              template: 'follow-up',
              to: VISITOR_EMAIL,
              delay: 60,
            },
          ],
        },
        description: `A known visitor who clicks ${what} gets a friendly follow-up email an hour later, in case they did not finish; anonymous clicks start nothing`,
      };
    },
  },
  {
    key: 'content-engagement',
    title: 'Content Engagement Scoring',
    trigger: 'page',
    fit: {
      types: ['features', 'testimonials', 'faq', 'gallery', 'team', 'stats', 'logo_cloud', 'menu'],
      alsoTypes: ['hero', 'pricing_table', 'schedule'],
      industries: [],
      elsewhere: 0.5,
      goals: ['engagement', 'lead_generation', 'retention'],
    },
    needs: [],
    uses: [],
    team: 'none',
    build: (s) => {
      const type = s.component.type;
      const points = VIEW_POINTS[type] ?? 1;
      const what = componentLabel(type);
      // The crm already puts known visitors' views on their timeline; the workflow adds what it cannot: points and
      // a tag to build segments from.
      return {
        name: `${titleOf(type)} Engagement Scoring`,
        workflow: {
          trigger: interactionTrigger(s, 'view'),
          actions: [
            score(
              'score_view',
              `+${points} point${points === 1 ? '' : 's'}`,
              points,
              `viewed the ${what}`,
              VISITOR_EMAIL,
            ),
            tag('tag_view', 'Tag the interest', [`viewed-${tagOf(type)}`], VISITOR_EMAIL),
          ],
        },
        description: `When a known visitor views the ${what}: +${points} point${points === 1 ? '' : 's'} and the viewed-${tagOf(
          type,
        )} tag; anonymous views start nothing`,
      };
    },
  },
  {
    key: 'event-schedule-interest',
    title: 'Event Programme Interest',
    trigger: 'page',
    fit: {
      types: ['schedule'],
      industries: ['event', 'education', 'nonprofit'],
      elsewhere: 0.25,
      goals: ['event_registration', 'engagement'],
    },
    needs: [],
    uses: [],
    team: 'optional',
    build: (s) => ({
      workflow: {
        trigger: interactionTrigger(s, 'click'),
        actions: [
          score('score_programme', '+5 points', 5, 'explored the event programme', VISITOR_EMAIL),
          tag('tag_event_interest', 'Tag event-interest', ['event-interest'], VISITOR_EMAIL),
          ...teamNotice(s, {
            subject: `${subjectValue('trigger.email', 'A visitor')} is exploring the programme`,
            intro: 'A contact you know is exploring the event programme: a good moment to invite them.',
            rows: pageRows(),
          }),
        ],
      },
      description: `When a known visitor explores the programme: +5 points and the event-interest tag${
        s.teamEmail ? `, and a note to ${s.teamEmail}` : ''
      }; anonymous clicks start nothing`,
    }),
  },
  {
    key: 'contact-intent',
    title: 'Contact Details Click Alert',
    trigger: 'page',
    fit: {
      types: ['footer'],
      alsoTypes: ['team'],
      industries: [],
      elsewhere: 0.5,
      goals: ['lead_generation', 'client_acquisition', 'bookings'],
    },
    needs: [],
    uses: [],
    team: 'optional',
    build: (s) => ({
      workflow: {
        trigger: interactionTrigger(s, 'click'),
        actions: [
          score(
            'score_contact_intent',
            '+10 points',
            10,
            `clicked in the ${componentLabel(s.component.type)}`,
            VISITOR_EMAIL,
          ),
          tag('tag_contact_intent', 'Tag contact-intent', ['contact-intent'], VISITOR_EMAIL),
          ...teamNotice(s, {
            subject: `${subjectValue('trigger.email', 'A visitor')} may be about to get in touch`,
            intro: `A contact you know clicked in the ${componentLabel(s.component.type)} (your contact details):`,
            rows: pageRows(),
          }),
        ],
      },
      description: `When a known visitor clicks your contact details: +10 points and the contact-intent tag${
        s.teamEmail ? `, and a heads-up to ${s.teamEmail}` : ''
      }; anonymous clicks start nothing`,
    }),
  },
];
