import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TEMPLATE_CATEGORIES } from '@mab/contracts';
import {
  BUILT_IN_WORKFLOW_TEMPLATES,
  evaluateNodeConfig,
  evaluateValue,
  nodeType,
  seedToGraph,
  validateWorkflow,
  type SeedAction,
  type SeedWorkflow,
} from '@mab/workflow-definition';
import { componentFields, type ComponentContext, type SiteContext } from '../context/component-context';
import { builtInSuggestions, confidenceOf, type WorkflowSuggestion } from './built-in-suggestions';
import { matchGoals, matchIndustry, readSignals } from './suggestion-signals';
import { htmlValue } from './workflow-blocks';
import { WORKFLOW_RECIPES, salesQualifier } from './workflow-recipes';

const COMPONENT_ID = '3f1c8a52-6a0e-4f0b-9d3c-2b7e4c1a9d10';
const TEAM = 'team@northwind.example';

/**
 * Every component type of the template service's catalogue, with its example config (the ai service may not
 * import another app's code; a test below checks this list against the catalogue's source).
 */
const CATALOGUE_EXAMPLES: Record<string, Record<string, unknown>> = {
  hero: { headline: 'Marketing that runs while you sleep', cta_label: 'Start free trial', cta_url: 'https://x.test' },
  features: { heading: 'Everything a small team needs', items: [{ title: 'Instant follow-up', description: 'x' }] },
  pricing_table: {
    currency: 'USD',
    billing_period: 'monthly',
    plans: [
      { name: 'Starter', price: '19' },
      { name: 'Growth', price: '49', highlighted: true },
    ],
  },
  testimonials: { items: [{ quote: 'We answered every enquiry the same day.', author: 'Maya Chen' }] },
  contact_form: {
    heading: 'Get in touch',
    fields: [
      { name: 'name', type: 'text', label: 'Your name', required: true },
      { name: 'email', type: 'email', label: 'Email', required: true },
      { name: 'message', type: 'textarea', label: 'How can we help?', required: true },
    ],
    submit_label: 'Send message',
  },
  newsletter_signup: {
    heading: 'Tips every fortnight',
    fields: [{ name: 'email', type: 'email', label: 'Email address', required: true }],
    submit_label: 'Subscribe',
    consent_text: 'We send one email every two weeks.',
  },
  booking_form: {
    heading: 'Book a consultation',
    fields: [
      { name: 'name', type: 'text', label: 'Name', required: true },
      { name: 'email', type: 'email', label: 'Email', required: true },
      { name: 'date', type: 'date', label: 'Preferred date', required: true },
      { name: 'time', type: 'select', label: 'Time', required: true, options: ['Morning', 'Afternoon'] },
    ],
    submit_label: 'Request booking',
    slot_minutes: 30,
  },
  cta_button: { label: 'Book a demo', url: 'https://example.com/demo', style: 'primary' },
  faq: { items: [{ question: 'Can I cancel anytime?', answer: 'Yes.' }] },
  gallery: { layout: 'grid', images: [{ url: 'https://images.example.com/a.jpg', alt: 'The dining room' }] },
  team: { members: [{ name: 'Jonas Weber', role: 'Managing partner' }] },
  stats: { items: [{ value: '1,200+', label: 'clients served' }] },
  logo_cloud: { logos: [{ image: { url: 'https://images.example.com/acme.svg', alt: 'Acme' } }] },
  menu: { sections: [{ title: 'Starters', items: [{ name: 'Onion soup', price: '9' }] }] },
  schedule: { days: [{ label: 'Day 1', sessions: [{ time: '09:30', title: 'Opening keynote' }] }] },
  footer: { company_name: 'Northwind Studio', email: 'hello@northwind.example' },
};
const COMPONENT_TYPES = Object.keys(CATALOGUE_EXAMPLES);
const FORM_TYPES = ['contact_form', 'newsletter_signup', 'booking_form'];

function component(type: string, config: Record<string, unknown>, id: string | null = COMPONENT_ID): ComponentContext {
  return { id, type, config, fields: componentFields(config), siteId: null };
}

function site(over: Partial<SiteContext> = {}): SiteContext {
  return { industry: null, goals: [], teamEmail: TEAM, companyName: 'Northwind', ...over };
}

const problemsOf = (seed: SeedWorkflow) => validateWorkflow(seedToGraph(seed));
const actionsOf = (s: WorkflowSuggestion, type?: string): SeedAction[] =>
  s.workflow_template.actions.filter((a) => !type || a.type === type);
const templatesOf = (s: WorkflowSuggestion) => actionsOf(s, 'send_email').map((a) => a.template);
const hasDelay = (s: WorkflowSuggestion) =>
  actionsOf(s).some((a) => (typeof a.delay === 'number' && a.delay > 0) || a.type === 'delay');

/** Every `trigger.form_data.<name>` (plain or backquoted) a workflow reads. */
function fieldsRead(seed: SeedWorkflow): Set<string> {
  const text = JSON.stringify(seed.actions);
  const names = [...text.matchAll(/trigger\.form_data\.(?:`([^`]+)`|([A-Za-z_][A-Za-z0-9_]*))/g)].map(
    (m) => m[1] ?? m[2],
  );
  for (const a of seed.actions)
    for (const c of (a.conditions as { field: string }[] | undefined) ?? [])
      if (c.field.startsWith('trigger.form_data.')) names.push(c.field.slice('trigger.form_data.'.length));
  return new Set(names);
}

describe('built-in workflow suggestions', () => {
  describe('the seed example (a professional services contact form)', () => {
    const config = { fields: ['name', 'email', 'message'], submit_text: 'Get In Touch' };
    const suggestions = builtInSuggestions(
      component('contact_form', config),
      site({ industry: 'professional_services', goals: ['lead_generation', 'client_acquisition'] }),
    );

    it('offers at least three, the first a lead follow-up that emails, adds to the crm and fits well', () => {
      expect(suggestions.length).toBeGreaterThanOrEqual(3);
      const [first] = suggestions;
      expect(first.key).toBe('lead-follow-up');
      expect(first.name).toBe('Professional Services Lead Follow-up');
      expect(actionsOf(first, 'send_email').length).toBeGreaterThan(0);
      expect(actionsOf(first, 'add_to_crm')).toHaveLength(1);
      expect(first.confidence).toBeGreaterThanOrEqual(0.8);
      expect(first.reasons).toEqual(
        expect.arrayContaining([
          'the form has an email field',
          'industry professional_services fits',
          'goal lead_generation',
          'goal client_acquisition',
          `notifies the team at ${TEAM}`,
        ]),
      );
      expect(first.description).toBe(
        `Send a welcome email, add to CRM as a lead (+10 points), notify the team at ${TEAM}`,
      );
    });

    it('wires the first to the form and its real fields, with a welcome email and a team notice', () => {
      const { trigger, actions } = suggestions[0].workflow_template;
      expect(trigger).toEqual({ type: 'form_submission', component_id: COMPONENT_ID });
      expect(actions[0]).toMatchObject({
        type: 'add_to_crm',
        email: '{{ trigger.form_data.email }}',
        first_name: '{{ $substringBefore($trim($string(trigger.form_data.name)), " ") }}',
        tags: ['lead'],
      });
      // In the seed shape an action's `name` is its step's label: the contact's name never goes there.
      const node = seedToGraph(suggestions[0].workflow_template).nodes.find((n) => n.type === 'add_to_crm')!;
      expect(node.name).toBe('Add to CRM');
      expect(node.config).not.toHaveProperty('name');
      expect(node.config.last_name).toEqual(expect.stringContaining('$substringAfter'));
      expect(actions.find((a) => a.template === 'welcome-email')).toMatchObject({
        contact_id: '{{ steps.create_contact.output.contact.id }}',
      });
      const notice = actions.find((a) => a.to === TEAM)!;
      expect(notice).toMatchObject({ type: 'send_email', category: 'transactional' });
      expect(notice.html).toEqual(expect.stringContaining('trigger.form_data.message'));
      expect(notice.subject).toEqual(expect.stringContaining('New enquiry from {{'));
    });

    it('are valid, distinct, ranked by confidence with ties by key, with 2-decimal confidences in (0, 1)', () => {
      for (const s of suggestions) {
        expect(problemsOf(s.workflow_template)).toEqual([]);
        expect(s.confidence).toBeGreaterThan(0);
        expect(s.confidence).toBeLessThan(1);
        expect(Math.round(s.confidence * 100) / 100).toBe(s.confidence);
        expect(s.reasons.length).toBeGreaterThan(0);
      }
      expect(new Set(suggestions.map((s) => s.key)).size).toBe(suggestions.length);
      for (let i = 1; i < suggestions.length; i++) {
        const [a, b] = [suggestions[i - 1], suggestions[i]];
        expect(a.confidence > b.confidence || (a.confidence === b.confidence && a.key < b.key)).toBe(true);
      }
    });
  });

  it('the fixture covers every component type of the template catalogue', () => {
    const source = readFileSync(
      join(__dirname, '../../../template/src/component-types/component-catalogue.ts'),
      'utf8',
    );
    const catalogueTypes = [...source.matchAll(/^ {4}type: '([a-z_]+)',$/gm)].map((m) => m[1]);
    expect(catalogueTypes.length).toBeGreaterThanOrEqual(16);
    expect([...catalogueTypes].sort()).toEqual([...COMPONENT_TYPES].sort());
  });

  describe('every component type × every template category', () => {
    const cases = COMPONENT_TYPES.flatMap((type) => TEMPLATE_CATEGORIES.map((category) => [type, category] as const));

    it.each(cases)('%s on a %s site: valid, wired and relevant', (type, category) => {
      const c = component(type, CATALOGUE_EXAMPLES[type]);
      const suggestions = builtInSuggestions(c, site({ industry: category }));
      expect(suggestions.length).toBeGreaterThan(0);
      expect(suggestions.length).toBeLessThanOrEqual(5);
      expect(new Set(suggestions.map((s) => s.key)).size).toBe(suggestions.length);
      const isForm = FORM_TYPES.includes(type);
      const known = new Set(c.fields.map((f) => f.name));
      for (const s of suggestions) {
        expect({ key: s.key, problems: problemsOf(s.workflow_template) }).toEqual({ key: s.key, problems: [] });
        expect(s.workflow_template.trigger.type).toBe(isForm ? 'form_submission' : 'page_interaction');
        expect(s.workflow_template.trigger.component_id).toBe(COMPONENT_ID);
        for (const name of fieldsRead(s.workflow_template)) expect(known.has(name)).toBe(true);
        expect(s.name.length).toBeGreaterThan(5);
        expect(s.description.length).toBeGreaterThan(20);
      }
      const [top] = suggestions;
      switch (type) {
        case 'contact_form':
          expect(actionsOf(top, 'add_to_crm')).toHaveLength(1);
          expect(actionsOf(top, 'send_email').length).toBeGreaterThan(0);
          break;
        case 'booking_form':
          expect(templatesOf(top)).toContain('booking-confirmation');
          break;
        case 'newsletter_signup':
          expect(top.key).toBe('newsletter-welcome-sequence');
          expect(templatesOf(top)).toContain('welcome-email');
          expect(actionsOf(top, 'add_to_crm')[0].tags).toEqual(['newsletter']);
          expect(hasDelay(top)).toBe(true);
          break;
        case 'pricing_table':
          expect(top.key).toBe('pricing-interest');
          expect(top.workflow_template.trigger.interaction).toBe('click');
          expect(actionsOf(top, 'update_lead_score')).toHaveLength(1);
          expect(actionsOf(top, 'add_tag')[0].tags).toEqual(['pricing-interest']);
          break;
        case 'cta_button':
          expect(top.workflow_template.trigger.interaction).toBe('click');
          expect(suggestions.some((s) => actionsOf(s, 'update_lead_score').length)).toBe(true);
          break;
        default:
          // Content: views or clicks of known visitors are scored.
          expect(actionsOf(top, 'update_lead_score')).toHaveLength(1);
      }
      if (!isForm) {
        // Page events carry no form: crm steps name the visitor the event identifies, and only such events start.
        for (const s of suggestions) {
          expect(s.workflow_template.trigger.conditions).toEqual([{ field: 'email', operator: 'exists' }]);
          for (const a of s.workflow_template.actions)
            if (a.type !== 'send_email') expect(a.email).toBe('{{ trigger.email }}');
        }
      }
    });

    it.each(COMPONENT_TYPES)('%s without a team email or site context still gets valid suggestions', (type) => {
      const suggestions = builtInSuggestions(component(type, CATALOGUE_EXAMPLES[type]), site({ teamEmail: null }));
      expect(suggestions.length).toBeGreaterThan(0);
      for (const s of suggestions) {
        expect(problemsOf(s.workflow_template)).toEqual([]);
        expect(actionsOf(s, 'send_email').some((a) => a.to && a.to !== '{{ trigger.email }}')).toBe(false);
      }
    });
  });

  it('a booking form with a party size suggests a reservation that alerts on parties of 8 or more', () => {
    const c = component('booking_form', {
      fields: [
        { name: 'name', type: 'text' },
        { name: 'email', type: 'email' },
        { name: 'date', type: 'date' },
        { name: 'time', type: 'time' },
        { name: 'party_size', type: 'number', label: 'Guests' },
      ],
    });
    const suggestions = builtInSuggestions(c, site({ industry: 'restaurant', goals: ['bookings'] }));
    const reservation = suggestions.find((s) => s.key === 'restaurant-reservation')!;
    expect(reservation.name).toBe('Restaurant Reservation with Large-Party Alert');
    expect(actionsOf(reservation, 'condition')[0].conditions).toEqual([
      { field: 'trigger.form_data.party_size', operator: 'gte', value: 8 },
    ]);
    expect(actionsOf(reservation, 'send_email')[0]).toMatchObject({
      template: 'booking-confirmation',
      data: {
        booking_date: '{{ trigger.form_data.date }}',
        booking_time: '{{ trigger.form_data.time }}',
        party_size: '{{ trigger.form_data.party_size }}',
      },
    });
    expect(reservation.reasons).toEqual(expect.arrayContaining(['industry restaurant fits', 'goal bookings']));
    // The booking confirmation reminds the day before, computed from the typed date.
    const booking = suggestions.find((s) => s.key === 'booking-confirmation')!;
    expect(actionsOf(booking, 'delay')[0]).toMatchObject({ mode: 'until' });
    expect(templatesOf(booking).filter((t) => t === 'booking-confirmation')).toHaveLength(2);
    for (const s of suggestions) expect(problemsOf(s.workflow_template)).toEqual([]);
  });

  it('reminds the day before only for bookings more than two days ahead with a well-formed date', async () => {
    const c = component('booking_form', CATALOGUE_EXAMPLES.booking_form);
    const booking = builtInSuggestions(c, site({ industry: 'health_wellness' })).find(
      (s) => s.key === 'booking-confirmation',
    )!;
    const gate = actionsOf(booking, 'condition')[0];
    const wait = actionsOf(booking, 'delay')[0];
    const at = (date: unknown) => ({ trigger: { form_data: { date } }, steps: {} });
    const inAWeek = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    expect(await evaluateValue(gate.expression, at(inAWeek))).toBe(true);
    expect(await evaluateValue(gate.expression, at(new Date().toISOString().slice(0, 10)))).toBe(false);
    for (const bad of ['', 'soon', '12/03/2030', undefined])
      expect(await evaluateValue(gate.expression, at(bad))).toBeFalsy();
    expect(await evaluateValue(wait.until, at('2030-03-12'))).toBe('2030-03-11T09:00:00.000Z');
  });

  it('qualifies leads by the upper half of a budget choice and alerts the team', () => {
    const c = component('contact_form', {
      fields: [
        { name: 'name', type: 'text' },
        { name: 'email', type: 'email' },
        {
          name: 'monthly_budget',
          type: 'select',
          label: 'Monthly ad budget',
          options: ['Under $5,000', '$5,000–$20,000', '$20,000–$100,000', 'Over $100,000'],
        },
        { name: 'goals', type: 'textarea' },
      ],
    });
    const suggestions = builtInSuggestions(c, site({ industry: 'agency', goals: ['sales'] }), 10);
    const sql = suggestions.find((s) => s.key === 'sales-qualified-lead')!;
    expect(actionsOf(sql, 'condition')[0].conditions).toEqual([
      { field: 'trigger.form_data.monthly_budget', operator: 'in', value: ['$20,000–$100,000', 'Over $100,000'] },
    ]);
    expect(actionsOf(sql, 'update_lead_score')[0].points).toBe(25);
    expect(actionsOf(sql, 'send_email')[0].to).toBe(TEAM);
    expect(sql.reasons).toContain('qualifies by the Monthly ad budget field');
    expect(problemsOf(sql.workflow_template)).toEqual([]);
  });

  it('finds other qualifiers: a quantity bar, a high-value choice; none in a plain form', () => {
    const signals = (fields: Record<string, unknown>[]) => readSignals(component('contact_form', { fields }), site());
    expect(salesQualifier(signals([{ name: 'email' }, { name: 'quantity', type: 'number' }]))?.condition).toEqual({
      field: 'trigger.form_data.quantity',
      operator: 'gte',
      value: 100,
    });
    expect(
      salesQualifier(
        signals([
          { name: 'email' },
          { name: 'enquiry', type: 'select', options: ['Group tickets (5+)', 'Sponsorship', 'Something else'] },
        ]),
      )?.condition,
    ).toEqual({ field: 'trigger.form_data.enquiry', operator: 'in', value: ['Group tickets (5+)', 'Sponsorship'] });
    expect(salesQualifier(signals([{ name: 'email' }, { name: 'message', type: 'textarea' }]))).toBeNull();
  });

  describe('a form without an email field', () => {
    const c = component('contact_form', { fields: ['name', 'phone', 'message'] });

    it('never emails the visitor: only a callback request to the team', () => {
      const suggestions = builtInSuggestions(c, site({ industry: 'professional_services' }));
      expect(suggestions.map((s) => s.key)).toEqual(['phone-callback']);
      const [callback] = suggestions;
      for (const email of actionsOf(callback, 'send_email')) expect(email.to).toBe(TEAM);
      expect(actionsOf(callback, 'add_to_crm')).toHaveLength(0);
      expect(callback.reasons).toEqual(
        expect.arrayContaining(['the form has a phone field', 'the form has no email field']),
      );
      expect(problemsOf(callback.workflow_template)).toEqual([]);
    });

    it('offers nothing without a team to call back', () => {
      expect(builtInSuggestions(c, site({ teamEmail: null }))).toEqual([]);
    });
  });

  it('without a team email the lead follow-up still emails and adds to the crm, and says how to be notified', () => {
    const c = component('contact_form', CATALOGUE_EXAMPLES.contact_form);
    const [first] = builtInSuggestions(c, site({ teamEmail: null, industry: 'saas', goals: ['lead_generation'] }));
    expect(first.key).toBe('lead-follow-up');
    expect(first.description).toBe(
      'Send a welcome email, add to CRM as a lead (+10 points); add a team email to be notified',
    );
    expect(actionsOf(first, 'add_to_crm')).toHaveLength(1);
    expect(actionsOf(first, 'send_email').map((a) => a.template)).toEqual(['welcome-email']);
    expect(first.reasons.some((r) => r.startsWith('notifies the team'))).toBe(false);
  });

  it('confidence follows the match: a good match scores higher than a poor one', () => {
    const good = builtInSuggestions(
      component('contact_form', CATALOGUE_EXAMPLES.contact_form),
      site({ industry: 'professional_services', goals: ['lead_generation', 'client_acquisition'] }),
    ).find((s) => s.key === 'lead-follow-up')!;
    const poor = builtInSuggestions(
      component('booking_form', {
        fields: [
          { name: 'email', type: 'email' },
          { name: 'date', type: 'date' },
        ],
      }),
      site({ industry: 'restaurant', goals: ['retention'], teamEmail: null }),
      10,
    ).find((s) => s.key === 'lead-follow-up')!;
    expect(good.confidence).toBeGreaterThan(poor.confidence + 0.3);
    expect(poor.confidence).toBeGreaterThan(0);
    // Within one request the recipes differ too: the confidences are not one constant.
    const all = builtInSuggestions(
      component('contact_form', CATALOGUE_EXAMPLES.contact_form),
      site({ industry: 'saas', goals: ['lead_generation'] }),
      10,
    );
    expect(new Set(all.map((s) => s.confidence)).size).toBeGreaterThan(2);
    expect(confidenceOf(5)).toBeLessThan(1);
    expect(confidenceOf(-5)).toBeGreaterThan(0);
  });

  it('reads the real field names, quoting the ones expressions cannot name bare', () => {
    const c = component('contact_form', {
      fields: [
        { name: 'full_name', type: 'text' },
        { name: 'work-email', type: 'email' },
        { name: 'mobile', type: 'tel' },
      ],
    });
    const [first] = builtInSuggestions(c, site({ industry: 'agency' }));
    expect(actionsOf(first, 'add_to_crm')[0]).toMatchObject({
      email: '{{ trigger.form_data.`work-email` }}',
      first_name: '{{ $substringBefore($trim($string(trigger.form_data.full_name)), " ") }}',
      phone: '{{ trigger.form_data.mobile }}',
    });
    expect(problemsOf(first.workflow_template)).toEqual([]);
  });

  it('leaves component_id out of the trigger when the component has no id yet', () => {
    const suggestions = builtInSuggestions(
      component('newsletter_signup', CATALOGUE_EXAMPLES.newsletter_signup, null),
      site({ industry: 'ecommerce' }),
    );
    expect(suggestions.length).toBeGreaterThan(0);
    for (const s of suggestions) {
      expect(s.workflow_template.trigger).not.toHaveProperty('component_id');
      const wired = { ...s.workflow_template, trigger: { ...s.workflow_template.trigger, component_id: COMPONENT_ID } };
      expect(problemsOf(wired)).toEqual([]);
    }
  });

  it('assumes a form type’s required fields when a type-only request names none', () => {
    const [first] = builtInSuggestions(component('contact_form', {}, null), site({ industry: 'saas' }));
    expect(first.key).toBe('lead-follow-up');
    expect(first.workflow_template.trigger).toEqual({ type: 'form_submission' });
    expect(first.reasons).toContain("assumes the contact form's required fields, since the request names none");
  });

  it('asks for consent before a newsletter sequence when the form has a consent box', () => {
    const c = component('newsletter_signup', {
      fields: [
        { name: 'first_name', type: 'text' },
        { name: 'email', type: 'email' },
        { name: 'marketing_consent', type: 'checkbox', label: 'Send me news' },
      ],
    });
    const [first] = builtInSuggestions(c, site({ industry: 'ecommerce', goals: ['newsletter growth'] }));
    expect(first.key).toBe('newsletter-welcome-sequence');
    expect(first.workflow_template.actions[0]).toMatchObject({
      type: 'condition',
      conditions: [{ field: 'trigger.form_data.marketing_consent', operator: 'equals', value: true }],
    });
    expect(actionsOf(first, 'add_to_crm')[0]).toMatchObject({ first_name: '{{ trigger.form_data.first_name }}' });
    expect(first.reasons).toContain('goal newsletter_growth');
  });

  it('names a call to action by its label and tags its clicks', () => {
    const [first] = builtInSuggestions(
      component('cta_button', CATALOGUE_EXAMPLES.cta_button),
      site({ industry: 'saas', goals: ['sales'] }),
    );
    expect(first.name).toBe('"Book a demo" Click Scoring');
    expect(actionsOf(first, 'add_tag')[0].tags).toEqual(['clicked-book-a-demo']);
  });

  it('keeps a visitor’s markup and template braces out of the team’s email', async () => {
    const c = component('contact_form', CATALOGUE_EXAMPLES.contact_form);
    const [first] = builtInSuggestions(c, site({ companyName: 'A <b>{{ bold }}</b> Co' }));
    const notice = actionsOf(first, 'send_email').find((a) => a.to === TEAM)!;
    const trigger = {
      form_data: {
        name: 'Eve {% raw %}\r\nBcc: x',
        email: 'eve@example.com',
        message: '<a href="https://evil.test">hi</a> {{ x }}',
      },
    };
    // Evaluated as the engine does: values inserted into an email's subject and HTML are escaped for them.
    const rendered = (await evaluateNodeConfig(
      { subject: notice.subject, html: notice.html },
      nodeType('send_email')!.config,
      { trigger, steps: {} },
    )) as { subject: string; html: string };
    expect(rendered.subject).not.toMatch(/\{%/);
    expect(rendered.subject.replace(/\u2060/g, '')).toBe('New enquiry from Eve {% raw %}  Bcc: x');
    expect(rendered.html).toContain(
      '&lt;a href=&quot;https://evil.test&quot;&gt;hi&lt;/a&gt; &#123;&#123; x &#125;&#125;',
    );
    expect(rendered.html).not.toMatch(/<a |\{\{|\{%/);
    expect(rendered.html).toContain('A &lt;b&gt;&#123;&#123; bold &#125;&#125;&lt;/b&gt; Co');
    // A missing answer is simply empty.
    expect(await evaluateValue(`Answer: ${htmlValue('trigger.form_data.nothing')}`, { trigger, steps: {} })).toBe(
      'Answer: ',
    );
  });

  it('respects the limit', () => {
    const c = component('contact_form', CATALOGUE_EXAMPLES.contact_form);
    const all = builtInSuggestions(c, site({ industry: 'saas' }), 10);
    expect(builtInSuggestions(c, site({ industry: 'saas' }), 2)).toEqual(all.slice(0, 2));
    expect(builtInSuggestions(c, site({ industry: 'saas' }))).toHaveLength(Math.min(5, all.length));
    expect(builtInSuggestions(c, site(), 0)).toEqual([]);
  });

  it('reads industries and goals loosely', () => {
    expect(matchIndustry('Law firm')).toBe('professional_services');
    expect(matchIndustry('Café & bakery')).toBe('restaurant');
    expect(matchIndustry('barber shop')).not.toBe('restaurant');
    expect(matchIndustry('real estate')).toBe('real_estate');
    expect(matchIndustry('something else')).toBeNull();
    expect([...matchGoals(['more bookings', 'Lead Generation', 're-engage customers'])].sort()).toEqual([
      'bookings',
      'client_acquisition',
      'lead_generation',
      'retention',
    ]);
  });

  it('has at least 15 recipes with distinct keys, adapting all six built-in workflow templates', () => {
    expect(WORKFLOW_RECIPES.length).toBeGreaterThanOrEqual(15);
    expect(new Set(WORKFLOW_RECIPES.map((r) => r.key)).size).toBe(WORKFLOW_RECIPES.length);
    const adapted = new Set(WORKFLOW_RECIPES.map((r) => r.adapts).filter(Boolean));
    expect([...adapted].sort()).toEqual(BUILT_IN_WORKFLOW_TEMPLATES.map((t) => t.key).sort());
  });

  it('the built-in workflow templates (shared with the engine) validate once their inputs are given', () => {
    for (const t of BUILT_IN_WORKFLOW_TEMPLATES) {
      const graph = t.graph({ componentId: COMPONENT_ID, notifyWebhookUrl: 'https://hooks.slack.com/services/T/B/x' });
      expect({ key: t.key, problems: validateWorkflow(graph) }).toEqual({ key: t.key, problems: [] });
    }
  });
});
