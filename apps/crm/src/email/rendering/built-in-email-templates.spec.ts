import { parse } from 'node-html-parser';
import { BUILT_IN_EMAIL_TEMPLATES, findBuiltInEmailTemplate } from './built-in-email-templates';
import { appendComplianceFooter } from './email-html';
import {
  checkEmailTemplate,
  EmailTemplateEngine,
  SAMPLE_EMAIL_MERGE_DATA,
  type EmailMergeData,
} from './email-template-engine';

const engine = new EmailTemplateEngine();

/** A contact who left nothing but an address, and a workflow that passed no data. */
const BARE: EmailMergeData = {
  contact: {
    email: 'someone@example.com',
    name: null,
    first_name: null,
    last_name: null,
    phone: null,
    tags: [],
    lead_score: 0,
    custom_fields: {},
  },
  workspace: { name: 'Smith & Sons', postal_address: null },
};

const LIQUID_LEFTOVERS = /\{\{|\}\}|\{%|%\}/;

describe('BUILT_IN_EMAIL_TEMPLATES', () => {
  it('has the templates the seed workflows and campaigns name', () => {
    expect(BUILT_IN_EMAIL_TEMPLATES.map((template) => template.key)).toEqual([
      'welcome-email',
      'onboarding-email',
      'booking-confirmation',
      'follow-up',
      'newsletter',
    ]);
    expect(findBuiltInEmailTemplate('booking-confirmation')?.name).toBe('Booking confirmation');
    expect(findBuiltInEmailTemplate('nope')).toBeUndefined();
  });

  describe.each(BUILT_IN_EMAIL_TEMPLATES.map((template) => [template.key, template] as const))(
    '%s',
    (_key, template) => {
      it('passes checkEmailTemplate', () => {
        expect(checkEmailTemplate(template.content)).toEqual([]);
        expect(template.name).not.toBe('');
        expect(template.description).not.toBe('');
        expect(template.content.text).toBeTruthy();
      });

      it('renders personalised for the sample contact', () => {
        const rendered = engine.render(template.content, SAMPLE_EMAIL_MERGE_DATA);
        expect(rendered.subject).not.toBe('');
        expect(rendered.subject).not.toMatch(/[\r\n]/);
        for (const part of [rendered.subject, rendered.html, rendered.text]) expect(part).not.toMatch(LIQUID_LEFTOVERS);
        expect(rendered.html).toContain('Northwind Studio');
        expect(rendered.text).toContain('Northwind Studio');
        expect(`${rendered.html}\n${rendered.text}`).toContain('Jane');
        expect(rendered.html.startsWith('<!DOCTYPE html>')).toBe(true);
        // Balanced markup (the parser would silently repair it), one 600 px column, a viewport meta tag for phones.
        for (const tag of ['table', 'tr', 'td', 'p', 'a', 'h1', 'h2', 'ul', 'li', 'div']) {
          expect(rendered.html.split(`<${tag} `).length + rendered.html.split(`<${tag}>`).length - 2).toBe(
            rendered.html.split(`</${tag}>`).length - 1,
          );
        }
        const root = parse(rendered.html, { comment: true });
        expect(root.querySelectorAll('body')).toHaveLength(1);
        expect(root.querySelector('meta[name="viewport"]')).not.toBeNull();
        expect(root.querySelector('table.email-container')?.getAttribute('width')).toBe('600');
      });

      it('renders sensibly for a contact with no name and no workflow data', () => {
        const rendered = engine.render(template.content, BARE);
        for (const part of [rendered.subject, rendered.html, rendered.text]) expect(part).not.toMatch(LIQUID_LEFTOVERS);
        expect(rendered.subject).not.toMatch(/, ?!|,$|\s$/);
        expect(rendered.html).toContain('Hi there,');
        expect(rendered.text).toContain('Hi there,');
        expect(rendered.html).toContain('Smith &amp; Sons');
        expect(rendered.text).toContain('Smith & Sons');
        expect(rendered.text).not.toContain('&amp;');
      });

      it('reads naturally for a workspace that has not set a sender name yet', () => {
        const rendered = engine.render(template.content, { ...BARE, workspace: { name: '', postal_address: null } });
        for (const part of [rendered.subject, rendered.html, rendered.text]) {
          expect(part).not.toMatch(LIQUID_LEFTOVERS);
          // No "Welcome to , Jane", "The  team", "with  is" where the name would have been.
          expect(part).not.toMatch(/ (to|with|at|of|The) ?[,.:!]| {2}(team|is)\b|The {2}/);
        }
        expect(rendered.subject).not.toMatch(/, ?!|,$|\s$/);
      });

      it('never puts a link from merge data into the email unless it is http(s)', () => {
        const hostile = {
          ...SAMPLE_EMAIL_MERGE_DATA,
          data: {
            cta_url: 'javascript:alert(1)',
            manage_url: 'javascript:alert(1)',
            calendar_url: 'javascript:alert(1)',
            articles: [{ title: 'T', summary: 'S', url: 'javascript:alert(1)' }],
          },
        };
        const rendered = engine.render(template.content, hostile);
        expect(rendered.html).not.toContain('javascript:');
        expect(rendered.text).not.toContain('javascript:');
      });

      it('takes the compliance footer', () => {
        const rendered = engine.render(template.content, SAMPLE_EMAIL_MERGE_DATA);
        const withFooter = appendComplianceFooter(rendered, {
          unsubscribeUrl: 'https://mab.example/u/token',
          workspaceName: 'Northwind Studio',
          postalAddress: '548 Market St',
        });
        expect(parse(withFooter.html).querySelector('body [data-mab-unsubscribe]')).not.toBeNull();
        // Re-serialised by the parser without losing the doctype, the Outlook conditionals or the media query.
        expect(withFooter.html.startsWith('<!DOCTYPE html>')).toBe(true);
        expect(withFooter.html).toContain('<!--[if mso]><table role="presentation" width="600"');
        expect(withFooter.html).toContain('@media only screen and (max-width: 620px)');
        expect(withFooter.html.replace(/<br \/>/g, '<br>')).toContain(
          rendered.html
            .replace(/<br \/>/g, '<br>')
            .split('<body')[1]
            .split('</body>')[0],
        );
      });
    },
  );

  it('puts the booking date in the subject and the body of the booking confirmation', () => {
    const template = findBuiltInEmailTemplate('booking-confirmation')!;
    const rendered = engine.render(template.content, {
      ...BARE,
      data: { booking_date: 'Friday, 3 May', booking_time: '2:00 PM', manage_url: 'https://example.com/b/1?x=1&y=2' },
    });
    expect(rendered.subject).toBe('Your booking with Smith & Sons is confirmed for Friday, 3 May');
    expect(rendered.html).toContain('Friday, 3 May');
    expect(rendered.html).toContain('2:00 PM');
    expect(rendered.html).toContain('href="https://example.com/b/1?x=1&amp;y=2"');
    expect(rendered.text).toContain('Date: Friday, 3 May\nTime: 2:00 PM\n');
    expect(rendered.text).toContain('https://example.com/b/1?x=1&y=2');
    expect(rendered.html).not.toContain('Reference');
  });

  it('lists the newsletter articles with their links', () => {
    const template = findBuiltInEmailTemplate('newsletter')!;
    const rendered = engine.render(template.content, {
      ...BARE,
      data: {
        headline: 'Spring <news>',
        articles: [
          { title: 'First story', summary: 'About the first thing.', url: 'https://example.com/1' },
          { title: 'Second story', url: 'https://example.com/2' },
        ],
      },
    });
    expect(rendered.subject).toBe('Spring <news>');
    expect(rendered.html).toContain('Spring &lt;news&gt;');
    expect(rendered.html).toContain('<a href="https://example.com/2"');
    expect(rendered.text).toContain('First story\nAbout the first thing.\nRead more: https://example.com/1');
    expect(rendered.text).toContain('Second story\nRead more: https://example.com/2');
  });
});
