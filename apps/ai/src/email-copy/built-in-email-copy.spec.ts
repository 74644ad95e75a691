import { Liquid } from 'liquidjs';
import {
  builtInEmailCopy,
  EMAIL_GOALS,
  EMAIL_TONES,
  resolveEmailGoal,
  resolveEmailTone,
  type EmailCopy,
  type EmailCopyRequest,
  type EmailGoal,
  type EmailTone,
} from './built-in-email-copy';
import { anglesForTone, GOAL_PATTERNS, TONE_VOICES } from './email-copy-patterns';

/** The merge data of the brief: a contact with a first name, a workspace, and a workflow that passed nothing. */
const SAMPLE = { contact: { first_name: 'Ana', email: 'a@x.io' }, workspace: { name: 'Acme' }, data: {} };

/** A send with every merge value the copy can use, as a workflow step would pass them. */
const RICH = {
  contact: { first_name: 'Jane', name: 'Jane Doe', email: 'jane@example.com' },
  workspace: { name: 'Northwind Studio' },
  data: {
    cta_url: 'https://example.com/start',
    manage_url: 'https://example.com/bookings/NW-2048',
    booking_date: 'Tuesday, 14 May 2030',
    booking_time: '10:30 AM',
    booking_location: 'Online',
    booking_reference: 'NW-2048',
    event_name: 'Spring Marketing Clinic',
    event_date: 'Thursday, 6 June',
    event_time: '6 PM',
    event_location: 'Northwind Studio, Market St',
    deadline: 'on Sunday at midnight',
    offer: '20% off',
    offer_code: 'SPRING20',
    form_name: 'your quote request',
    sender_name: 'Sam Lee',
  },
};

/** A contact who left nothing but an address (the crm's "bare" case). */
const BARE = {
  contact: { first_name: null, name: null, email: 'someone@example.com' },
  workspace: { name: 'Smith & Sons' },
};

const plainLiquid = new Liquid({ strictVariables: false });

/** The crm's email engine settings (apps/crm/src/email/rendering/email-template-engine.ts), which we may not import. */
function crmLiquid(escapeHtml: boolean): Liquid {
  const liquid = new Liquid({
    templates: {},
    outputEscape: escapeHtml ? 'escape' : undefined,
    strictFilters: true,
    ownPropertyOnly: true,
    jsTruthy: true,
    dynamicPartials: false,
    relativeReference: false,
    renderLimit: 1_000,
    memoryLimit: 10_000_000,
  });
  liquid.registerFilter('safe_url', (value: unknown) =>
    typeof value === 'string' && /^https?:\/\/[^/\\?#@\s]+/i.test(value) ? value : '',
  );
  return liquid;
}
const crmHtml = crmLiquid(true);
const crmPlain = crmLiquid(false);

const LIQUID_LEFTOVERS = /\{\{|\}\}|\{%|%\}/;

function request(
  goal: string,
  tone: string,
  variants: number,
  extra: Partial<EmailCopyRequest> = {},
): EmailCopyRequest {
  return { goal, tone, variants, audience: 'busy clinic managers', product: 'Acme Scheduler', ...extra };
}

const copies = new Map<string, EmailCopy>();
/** The five-variant copy of a goal and tone, written once for all the tests that read it. */
function fullCopy(goal: EmailGoal, tone: EmailTone): EmailCopy {
  const key = `${goal}/${tone}`;
  let copy = copies.get(key);
  if (!copy) {
    copy = builtInEmailCopy(request(goal, tone, 5));
    copies.set(key, copy);
  }
  return copy;
}

function render(liquid: Liquid, template: string, scope: object): string {
  return liquid.parseAndRenderSync(template, scope) as string;
}

const CLOSERS = new Set(EMAIL_TONES.map((tone) => String(TONE_VOICES[tone].closer)));

/**
 * The paragraphs an angle wrote, as a recipient reads them (with a link): without the greeting, the sign-off, the
 * call-to-action line (the same button can close several angles), the tone's closing line and the details table.
 */
function paragraphs(text: string): string[] {
  return render(crmPlain, text, RICH)
    .trim()
    .split(/\n\n+/)
    .slice(0, -1)
    .filter(
      (paragraph) =>
        !/^(Hi|Hello|Hey|Dear) Jane|^Jane,$|https:\/\/|^(Date|Event|When|Where|Your code):/.test(paragraph) &&
        !CLOSERS.has(paragraph.replace(/’/g, "'")),
    );
}

const GOAL_TONE_PAIRS = EMAIL_GOALS.flatMap((goal) => EMAIL_TONES.map((tone) => [goal, tone] as const));

describe('builtInEmailCopy', () => {
  describe('the curated copy', () => {
    it.each(EMAIL_GOALS)('%s has at least five angles with distinct ids and descriptions', (goal) => {
      const { angles } = GOAL_PATTERNS[goal];
      expect(GOAL_PATTERNS[goal].goal).toBe(goal);
      expect(angles.length).toBeGreaterThanOrEqual(5);
      expect(new Set(angles.map((angle) => angle.id)).size).toBe(angles.length);
      expect(new Set(angles.map((angle) => angle.angle)).size).toBe(angles.length);
      for (const angle of angles) expect(angle.angle.length).toBeLessThanOrEqual(60);
    });
  });

  describe.each(GOAL_TONE_PAIRS)('%s, %s', (goal, tone) => {
    it('gives the requested number of variants, each the next best angle for the tone', () => {
      const ordered = anglesForTone(GOAL_PATTERNS[goal], tone).map((angle) => angle.angle);
      for (let n = 1; n <= 5; n++) {
        const copy = builtInEmailCopy(request(goal, tone, n));
        expect(copy.goal).toBe(goal);
        expect(copy.tone).toBe(tone);
        expect(copy.variants.map((variant) => variant.angle)).toEqual(ordered.slice(0, n));
      }
    });

    it('writes variants that differ in angle, subject, preheader and body', () => {
      const { variants } = fullCopy(goal, tone);
      for (const field of ['angle', 'subject', 'preheader', 'html', 'text'] as const) {
        expect(new Set(variants.map((variant) => variant[field])).size).toBe(variants.length);
      }
      // Not the same email with a new first line: every paragraph an angle writes is its own.
      const bodies = variants.map((variant) => paragraphs(variant.text));
      for (const [i, a] of bodies.entries()) {
        expect(a.length).toBeGreaterThanOrEqual(2);
        for (const b of bodies.slice(i + 1)) expect(a.filter((paragraph) => b.includes(paragraph))).toEqual([]);
      }
    });

    it('keeps subjects and preheaders to inbox lengths', () => {
      for (const variant of fullCopy(goal, tone).variants) {
        expect(variant.subject.length).toBeLessThanOrEqual(78);
        expect(variant.subject).not.toMatch(/[\r\n]/);
        const preheader = render(plainLiquid, variant.preheader, SAMPLE);
        expect(preheader.length).toBeGreaterThanOrEqual(40);
        expect(preheader.length).toBeLessThanOrEqual(110);
      }
    });

    it('parses and renders with LiquidJS, as the brief renders it and as the crm does', () => {
      for (const variant of fullCopy(goal, tone).variants) {
        for (const template of [variant.subject, variant.preheader, variant.html, variant.text]) {
          expect(render(plainLiquid, template, SAMPLE)).not.toMatch(LIQUID_LEFTOVERS);
        }
        for (const scope of [SAMPLE, RICH, BARE]) {
          const html = render(crmHtml, variant.html, scope);
          const text = render(crmPlain, variant.text, scope);
          const subject = render(crmPlain, variant.subject, scope);
          for (const part of [html, text, subject]) expect(part).not.toMatch(LIQUID_LEFTOVERS);
          expect(subject.trim()).not.toBe('');
        }
      }
    });

    it('uses only the merge data the crm passes (contact, workspace, data)', () => {
      for (const variant of fullCopy(goal, tone).variants) {
        for (const template of [variant.subject, variant.preheader, variant.html, variant.text]) {
          const outputs = [...template.matchAll(/\{\{-?\s*([A-Za-z_][\w]*)/g)].map((match) => match[1]);
          const conditions = [...template.matchAll(/\{%-?\s*(?:if|unless|elsif)\s+([^%]+)%\}/g)].flatMap((match) =>
            match[1].split(/\s+(?:or|and)\s+/).map((part) => part.trim().split('.')[0]),
          );
          for (const root of [...outputs, ...conditions]) expect(['contact', 'workspace', 'data']).toContain(root);
          expect(template).not.toMatch(/\{%-?\s*(?:assign|capture|include|render|layout|for)\b/);
        }
      }
    });

    it('writes HTML in the house style and a real plain-text version of the same email', () => {
      for (const variant of fullCopy(goal, tone).variants) {
        const html = render(crmHtml, variant.html, RICH);
        const text = render(crmPlain, variant.text, RICH);
        expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
        expect(html).toContain('class="preheader"');
        expect(html).toContain('Northwind Studio');
        // Balanced markup: every element the copy opens, it closes.
        for (const tag of ['table', 'tr', 'td', 'p', 'a', 'h1', 'h2', 'ul', 'ol', 'li', 'div']) {
          expect(html.split(`<${tag} `).length + html.split(`<${tag}>`).length - 2).toBe(
            html.split(`</${tag}>`).length - 1,
          );
        }
        // The crm appends the compliance footer itself.
        expect(html).not.toMatch(/data-mab-|href="[^"]*unsubscribe/i);
        expect(html).not.toContain('postal');
        // The button, and in the text the same call to action with its link.
        const url = goal === 'booking_confirmation' ? RICH.data.manage_url : RICH.data.cta_url;
        expect(html).toContain(`href="${url}"`);
        expect(text).toContain(url);
        // Plain text, not stripped HTML: no tags, no entities, greeting first, a sign-off last.
        expect(text).not.toMatch(/<[a-z/!]|&[a-z]+;|&#\d+;/i);
        expect(text).not.toMatch(/\n{3,}/);
        expect(text.split('\n').some((line) => /^(Hi|Hello|Hey|Dear) Jane|^Jane,/.test(line))).toBe(true);
        expect(text.trimEnd()).toMatch(/(team|Studio|Sam Lee\n.*)$/);
      }
    });

    it('without a link asks for a reply instead of showing a dead button', () => {
      for (const variant of fullCopy(goal, tone).variants) {
        const html = render(crmHtml, variant.html, SAMPLE);
        expect(html).not.toContain('class="email-button"');
        expect(html).not.toContain('href="#"');
        expect(render(crmPlain, variant.text, SAMPLE)).not.toMatch(/https?:|#$/m);
      }
    });
  });

  describe('tone', () => {
    it.each(EMAIL_GOALS)('%s: each tone writes the same angle in its own words', (goal) => {
      for (const angle of GOAL_PATTERNS[goal].angles) {
        const texts = EMAIL_TONES.map((tone) => {
          const variant = fullCopy(goal, tone).variants.find((candidate) => candidate.angle === angle.angle);
          if (!variant) throw new Error(`${goal}/${tone} has no variant "${angle.angle}"`);
          return render(plainLiquid, variant.text, SAMPLE);
        });
        expect(new Set(texts).size).toBe(EMAIL_TONES.length);
      }
    });

    it.each(EMAIL_GOALS)('%s: formal, casual and urgent differ in more than greeting and sign-off', (goal) => {
      const byTone = (tone: EmailTone) =>
        new Map(fullCopy(goal, tone).variants.map((variant) => [variant.angle, variant] as const));
      const [formal, casual, urgent, friendly] = (['formal', 'casual', 'urgent', 'friendly'] as const).map(byTone);
      for (const [angle, variant] of formal) {
        const pairs = [
          [variant, casual.get(angle)],
          [urgent.get(angle), friendly.get(angle)],
        ];
        for (const [a, b] of pairs) {
          if (!a || !b) continue;
          const own = paragraphs(a.text).filter((paragraph) => !paragraphs(b.text).includes(paragraph));
          expect(own.length).toBeGreaterThanOrEqual(Math.ceil(paragraphs(a.text).length / 2));
        }
        const casualVariant = casual.get(angle);
        if (casualVariant) expect(variant.subject).not.toBe(casualVariant.subject);
      }
    });

    it('formal copy spells contractions out and does not exclaim', () => {
      for (const goal of EMAIL_GOALS) {
        for (const variant of fullCopy(goal, 'formal').variants) {
          const text = render(plainLiquid, `${variant.subject}\n${variant.preheader}\n${variant.text}`, SAMPLE);
          expect(text).not.toMatch(/\b\w+['’](re|ve|ll|d|m|t)\b/i);
          expect(text).not.toMatch(/\b(can|won|don|isn|aren|didn|haven)['’]t\b/i);
          expect(text).not.toContain('!');
          expect(text).toContain('Dear Sir or Madam,');
        }
      }
    });

    it('puts the angles that suit the tone first', () => {
      const first = (goal: EmailGoal, tone: EmailTone) => anglesForTone(GOAL_PATTERNS[goal], tone)[0].id;
      expect(first('promotion', 'urgent')).toBe('last-chance');
      expect(first('event_invitation', 'urgent')).toBe('registration-deadline');
      expect(first('abandoned_form', 'urgent')).toBe('expiring');
      expect(first('re_engagement', 'urgent')).toBe('come-back-offer');
      expect(first('re_engagement', 'empathetic')).toBe('we-miss-you');
      expect(first('abandoned_form', 'empathetic')).toBe('offer-help');
      expect(first('booking_confirmation', 'formal')).toBe('all-the-details');
    });

    it('greets and signs off in the tone', () => {
      const text = (tone: EmailTone) => render(plainLiquid, fullCopy('welcome', tone).variants[0].text, SAMPLE);
      expect(text('friendly')).toContain('Hi Ana,');
      expect(text('casual')).toContain('Hey Ana,');
      expect(text('casual')).toContain('Cheers,');
      expect(text('formal')).toContain('Kind regards,');
      expect(text('urgent').split('\n')).toContain('Ana,');
      expect(render(plainLiquid, fullCopy('welcome', 'urgent').variants[0].text, BARE)).toContain('Hi there,');
    });
  });

  describe('free-text goals and tones', () => {
    it.each([
      ['welcome', 'welcome'],
      ['Follow-up', 'follow_up'],
      ['RE-ENGAGEMENT', 're_engagement'],
      ['booking confirmation', 'booking_confirmation'],
      ['win back lapsed customers', 're_engagement'],
      ['reactivate inactive subscribers', 're_engagement'],
      ['we miss you', 're_engagement'],
      ['say thanks', 'thank_you'],
      ['thank you for your purchase', 'thank_you'],
      ['launch', 'announcement'],
      ['announce a new feature', 'announcement'],
      ['book', 'booking_confirmation'],
      ['confirm a dentist appointment', 'booking_confirmation'],
      ['reservation', 'booking_confirmation'],
      ['monthly digest', 'newsletter'],
      ['Black Friday sale: 30% off', 'promotion'],
      ['discount code for VIPs', 'promotion'],
      ['webinar invite', 'event_invitation'],
      ['register for our workshop', 'event_invitation'],
      ['NPS survey', 'feedback_request'],
      ['ask for a review', 'feedback_request'],
      ['getting started guide for new users', 'onboarding'],
      ['cart abandonment', 'abandoned_form'],
      ['they did not finish the application', 'abandoned_form'],
      ['check in after the demo', 'follow_up'],
      ['greet new subscribers', 'welcome'],
    ] as const)('%s → %s', (text, goal) => {
      expect(resolveEmailGoal(text)).toBe(goal);
    });

    it('matches whole words, not parts of them', () => {
      expect(resolveEmailGoal('bookkeeping')).toBeNull();
      expect(resolveEmailGoal('newsletter')).toBe('newsletter');
    });

    it.each(['', '   ', 'xyzzy', 'quarterly tax filing', '🤖'])('%j matches no goal', (text) => {
      expect(resolveEmailGoal(text)).toBeNull();
    });

    it.each([
      ['friendly', 'friendly'],
      ['warm', 'friendly'],
      ['Corporate', 'professional'],
      ['laid-back and conversational', 'casual'],
      ['super excited', 'enthusiastic'],
      ['respectful, formal', 'formal'],
      ['caring and supportive', 'empathetic'],
      ['time-sensitive', 'urgent'],
      ['professional but warm', 'professional'],
      ['sarcastic', 'friendly'],
      ['', 'friendly'],
    ] as const)('tone %j → %s', (text, tone) => {
      expect(resolveEmailTone(text)).toBe(tone);
    });

    it('says in the notes how it read the goal and the tone', () => {
      const copy = builtInEmailCopy(request('win back lapsed customers', 'corporate', 2));
      expect(copy.goal).toBe('re_engagement');
      expect(copy.tone).toBe('professional');
      expect(copy.notes).toContain('Read the goal "win back lapsed customers" as re_engagement.');
      expect(copy.notes).toContain('Read the tone "corporate" as professional.');
      expect(builtInEmailCopy(request('welcome', 'friendly', 1)).notes.join(' ')).not.toMatch(/Read the/);
    });

    it('falls back to friendly for an unknown tone, and says so', () => {
      const copy = builtInEmailCopy(request('welcome', 'sarcastic', 2));
      expect(copy.tone).toBe('friendly');
      expect(copy.notes.find((note) => note.includes('"sarcastic"'))).toMatch(/not one we know.*friendly/);
      expect(copy.variants).toEqual(builtInEmailCopy(request('welcome', 'friendly', 2)).variants);
    });

    it('throws a clear error when the goal matches nothing', () => {
      expect(() => builtInEmailCopy(request('quarterly tax filing', 'friendly', 3))).toThrow(
        /Unknown email goal "quarterly tax filing": use one of welcome, follow_up, .*abandoned_form/,
      );
      expect(() => builtInEmailCopy(request('', 'friendly', 3))).toThrow(Error);
    });
  });

  describe('user data', () => {
    const ATTACK = {
      audience: 'clinic managers {{ 7*7 }} <script>alert(1)</script> {% raw %}',
      product: 'Acme"><img src=x onerror=alert(1)>{{ contact.email }}{%- include "secrets" -%}',
      company_name: "Evil {% render 'x' %} & Co's {{",
    };

    it.each(GOAL_TONE_PAIRS.filter(([, tone]) => tone === 'friendly' || tone === 'formal'))(
      '%s, %s: prints injected Liquid and HTML as text, never runs it',
      (goal, tone) => {
        const copy = builtInEmailCopy(request(goal, tone, 5, ATTACK));
        for (const variant of copy.variants) {
          for (const template of [variant.subject, variant.preheader, variant.html, variant.text]) {
            // Every tag left in the template is one of ours; the injected ones are now plain words.
            for (const [tag] of template.matchAll(/\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}/g)) {
              expect(tag).not.toMatch(/7\*7|contact\.email|include|render|raw/);
            }
            expect(template).not.toMatch(/<script|<img/);
          }
          const html = render(crmHtml, variant.html, SAMPLE);
          const text = render(crmPlain, variant.text, SAMPLE);
          const subject = render(crmPlain, variant.subject, SAMPLE);
          for (const part of [html, text, subject]) {
            expect(part).not.toContain('a@x.io');
            expect(part).not.toContain('49');
            expect(part).not.toMatch(/<script|<img|onerror=alert\(1\)>/);
          }
          expect(html).toContain('Evil % render &#39;x&#39; % &amp; Co&#39;s');
          expect(text).toContain("Evil % render 'x' % & Co's");
        }
        // The product, where an angle names it: escaped in the HTML, without angle brackets in the text.
        const html = copy.variants.map((variant) => variant.html).join('\n');
        const text = copy.variants.map((variant) => variant.text).join('\n');
        if (html.includes('Acme&quot;')) expect(html).toContain('Acme&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
        expect(text).not.toMatch(/[<>]/);
      },
    );

    it('weaves the audience and the product into the copy, escaped once', () => {
      const copy = builtInEmailCopy(
        request('announcement', 'friendly', 5, { audience: 'R&D teams', product: 'Acme "Pro" Scheduler' }),
      );
      const html = copy.variants.map((variant) => variant.html).join('\n');
      const text = copy.variants.map((variant) => variant.text).join('\n');
      expect(html).toContain('R&amp;D teams');
      expect(html).toContain('Acme &quot;Pro&quot; Scheduler');
      expect(html).not.toContain('&amp;amp;');
      expect(text).toContain('R&D teams');
      expect(text).toContain('Acme "Pro" Scheduler');
      expect(copy.variants.some((variant) => variant.subject.includes('Acme "Pro" Scheduler'))).toBe(true);
    });

    it('speaks to people, not to the name of a segment', () => {
      const copy = builtInEmailCopy(
        request('welcome', 'friendly', 5, { audience: 'New leads from our contact form who have not replied' }),
      );
      const text = copy.variants.map((variant) => variant.text).join('\n');
      expect(text).not.toMatch(/leads|contact form/i);
      expect(text).toContain('people like you');
      expect(copy.notes.join(' ')).toMatch(/calls the audience "people like you"/);
      const yoga = builtInEmailCopy(request('welcome', 'friendly', 1, { audience: 'Yoga teachers who run a studio' }));
      expect(yoga.variants[0].text).toContain('for yoga teachers');
    });

    it('bounds long values and keeps subjects short', () => {
      const long = 'a very particular kind of busy clinic manager '.repeat(30);
      const copy = builtInEmailCopy(
        request('announcement', 'friendly', 5, {
          audience: long,
          product: `Mega${'x'.repeat(990)}`,
          company_name: long,
        }),
      );
      for (const variant of copy.variants) {
        expect(variant.subject.length).toBeLessThanOrEqual(78);
        expect(variant.html).not.toMatch(/x{201}/);
        expect(variant.text).not.toMatch(/(a very particular kind of busy clinic manager ){6}/);
      }
      expect(copy.notes).toEqual(
        expect.arrayContaining([
          'The audience was cut to 200 characters.',
          'The product was cut to 200 characters.',
          'The company_name was cut to 200 characters.',
        ]),
      );
    });

    it('writes the company name in when given, and {{ workspace.name }} otherwise', () => {
      const named = builtInEmailCopy(request('welcome', 'friendly', 2, { company_name: 'Northwind' }));
      for (const variant of named.variants) {
        expect(variant.html).not.toContain('workspace.name');
        expect(variant.text).toContain('Northwind');
      }
      const unnamed = builtInEmailCopy(request('welcome', 'friendly', 2));
      for (const variant of unnamed.variants) expect(variant.html).toContain('{{ workspace.name }}');
    });

    it('reads well without a product or an audience', () => {
      const copy = builtInEmailCopy({ goal: 'announcement', tone: 'casual', variants: 5, audience: '', product: null });
      const text = copy.variants.map((variant) => render(plainLiquid, variant.text, SAMPLE)).join('\n');
      expect(text).toContain('our latest update');
      expect(text).toContain('people like you');
      expect(text).not.toMatch(/ {2}|\bnull\b|\bundefined\b| ,/);
      expect(copy.notes.join(' ')).toMatch(/No audience was given.*No product was given/);
    });
  });

  describe('the request', () => {
    it('clamps the number of variants to 1..5 and says so', () => {
      expect(builtInEmailCopy(request('welcome', 'friendly', 0)).variants).toHaveLength(1);
      const many = builtInEmailCopy(request('welcome', 'friendly', 9));
      expect(many.variants).toHaveLength(5);
      expect(many.notes).toContain('Asked for "9" variants; wrote 5 (1 to 5).');
    });

    it('is deterministic', () => {
      expect(builtInEmailCopy(request('promotion', 'urgent', 3))).toEqual(
        builtInEmailCopy(request('promotion', 'urgent', 3)),
      );
    });

    it('lists the merge data it uses and what the crm adds itself', () => {
      const notes = builtInEmailCopy(request('booking_confirmation', 'friendly', 3)).notes.join(' ');
      expect(notes).toContain('data.manage_url');
      expect(notes).toContain('data.booking_date');
      expect(notes).toMatch(/unsubscribe link and postal address/);
    });

    it('fills in booking and event details from the merge data, and leaves out what is missing', () => {
      const booking = builtInEmailCopy(request('booking_confirmation', 'friendly', 1)).variants[0];
      const rich = render(crmPlain, booking.text, RICH);
      expect(rich).toContain('Date: Tuesday, 14 May 2030\nTime: 10:30 AM\nWhere: Online\nReference: NW-2048');
      const bare = render(crmPlain, booking.text, SAMPLE);
      expect(bare).toContain('Date: To be confirmed\n\n');
      expect(bare).not.toMatch(/Time:|Where:|Reference:/);

      const event = builtInEmailCopy(request('event_invitation', 'friendly', 1)).variants[0];
      expect(render(crmPlain, event.text, RICH)).toContain(
        'Event: Spring Marketing Clinic\nWhen: Thursday, 6 June, 6 PM\nWhere: Northwind Studio, Market St',
      );
      expect(render(crmPlain, event.text, SAMPLE)).not.toMatch(/Event:|When:|Where:/);
    });

    it('shows the offer code only when there is one, and never links to an unsafe URL', () => {
      const promotion = builtInEmailCopy(request('promotion', 'friendly', 1)).variants[0];
      expect(render(crmHtml, promotion.html, RICH)).toContain('SPRING20');
      expect(render(crmHtml, promotion.html, SAMPLE)).not.toContain('Your code');
      const unsafe = { ...RICH, data: { ...RICH.data, cta_url: 'javascript:alert(1)' } };
      const html = render(crmHtml, promotion.html, unsafe);
      expect(html).not.toContain('javascript:');
      expect(html).toContain('href="#"');
      expect(render(crmPlain, promotion.text, unsafe)).not.toContain('javascript:');
    });

    it('renders the sample of the brief with a first name and the workspace', () => {
      const [variant] = builtInEmailCopy(request('welcome', 'friendly', 1)).variants;
      const text = render(plainLiquid, variant.text, SAMPLE);
      expect(text.startsWith('Welcome to Acme\n\nHi Ana,\n\n')).toBe(true);
      expect(text).toContain('Acme Scheduler for busy clinic managers');
      expect(text.trimEnd().endsWith('Warm regards,\nThe Acme team')).toBe(true);
      expect(render(plainLiquid, variant.subject, SAMPLE)).toBe("Welcome to Acme: here's what you get");
    });
  });
});
