/**
 * The email templates every workspace has from day one, under the ids the seed's workflows and drip campaigns name
 * (`welcome-email`, `onboarding-email`, …). They are starting points a person can send as they are or copy and edit.
 *
 * The HTML is the kind that survives real mail clients: nested presentation tables (Outlook's Word engine knows no
 * flexbox, grid or max-width on divs), inline styles (Gmail drops most `<style>` rules it cannot scope), a 600 px
 * column that becomes full width on phones through one media query, an Outlook-only fixed-width wrapper in a
 * conditional comment, and table "bulletproof" buttons. The compliance footer (unsubscribe link, postal address) is
 * not part of them: the send pipeline appends it to every marketing email.
 *
 * Links that come from merge data go through `safe_url`, so a workflow value can never put `javascript:` in an href.
 */
import {
  ACCENT,
  emailButton as button,
  emailLayout,
  FONT,
  H1,
  H2,
  HEADING_COLOR,
  LIST,
  LIST_ITEM,
  MUTED_COLOR,
  P,
} from '@mab/email-design';
import type { EmailContent } from './email-template-engine';

export interface BuiltInEmailTemplate {
  key: string;
  name: string;
  description: string;
  content: EmailContent;
}

const GREETING = `<p style="${P}">Hi {{ contact.first_name | default: "there" }},</p>`;
const TEXT_GREETING = 'Hi {{ contact.first_name | default: "there" }},';
const SIGN_OFF = `<p style="${P};margin-bottom:0">Warm regards,<br />{% if workspace.name != blank %}The {{ workspace.name }} team{% else %}The team{% endif %}</p>`;
const TEXT_SIGN_OFF =
  'Warm regards,\n{% if workspace.name != blank %}The {{ workspace.name }} team{% else %}The team{% endif %}';

/** The shell every built-in shares, headed by the workspace's name. */
const layout = (preheader: string, body: string) => emailLayout({ title: '{{ workspace.name }}', preheader, body });

/** A two-column row of the booking details table; rows whose value is missing are left out. */
function detailRow(label: string, expression: string): string {
  return (
    `{% if ${expression} %}<tr>` +
    `<td style="padding:6px 16px 6px 0;${FONT};font-size:15px;line-height:22px;color:${MUTED_COLOR};white-space:nowrap;vertical-align:top">${label}</td>` +
    `<td style="padding:6px 0;${FONT};font-size:15px;line-height:22px;font-weight:600;color:${HEADING_COLOR};vertical-align:top">{{ ${expression} }}</td>` +
    `</tr>{% endif %}`
  );
}

const welcomeEmail: BuiltInEmailTemplate = {
  key: 'welcome-email',
  name: 'Welcome',
  description:
    'A warm first email for a new contact, e.g. right after a form submission. Optional data: cta_url and cta_label ' +
    'for a button.',
  content: {
    subject:
      'Welcome{% if workspace.name != blank %} to {{ workspace.name }}{% endif %}{% if contact.first_name %}, {{ contact.first_name }}{% endif %}!',
    html: layout(
      'Thanks for getting in touch. Here is what happens next.',
      `${GREETING}
<p style="${P}">Thank you for reaching out{% if workspace.name != blank %} to {{ workspace.name }}{% endif %}. We're really glad you're here, and we have everything we need to get started.</p>
<p style="${P}">Here's what you can expect from us:</p>
<ul style="${LIST}">
<li style="${LIST_ITEM}">A personal reply from our team, usually within one business day.</li>
<li style="${LIST_ITEM}">Useful ideas and updates that are worth your time, and never a flood of email.</li>
<li style="${LIST_ITEM}">A real person on the other end whenever you have a question.</li>
</ul>
{% assign cta_url = data.cta_url | safe_url %}{% if cta_url %}${button('cta_url', '{{ data.cta_label | default: "Get started" }}')}{% endif %}
<p style="${P}">If there's something specific on your mind, just reply to this email and tell us about it. Every message is read by someone on our team.</p>
${SIGN_OFF}`,
    ),
    text: `${TEXT_GREETING}

Thank you for reaching out{% if workspace.name != blank %} to {{ workspace.name }}{% endif %}. We're really glad you're here, and we have everything we need to get started.

Here's what you can expect from us:

 * A personal reply from our team, usually within one business day.
 * Useful ideas and updates that are worth your time, and never a flood of email.
 * A real person on the other end whenever you have a question.
{% assign cta_url = data.cta_url | safe_url %}{% if cta_url %}
{{ data.cta_label | default: "Get started" }}: {{ cta_url }}
{% endif %}
If there's something specific on your mind, just reply to this email and tell us about it. Every message is read by someone on our team.

${TEXT_SIGN_OFF}
`,
  },
};

const onboardingEmail: BuiltInEmailTemplate = {
  key: 'onboarding-email',
  name: 'Getting started guide',
  description:
    'The second email of a welcome sequence (a day after the welcome): three simple first steps. Optional data: ' +
    'cta_url for a "Get started" button.',
  content: {
    subject: 'Getting started{% if workspace.name != blank %} with {{ workspace.name }}{% endif %}: three simple steps',
    html: layout(
      'Three simple steps to get the most out of {% if workspace.name != blank %}{{ workspace.name }}{% else %}it{% endif %}.',
      `<h1 style="${H1}">Let's get you started</h1>
${GREETING}
<p style="${P}">Now that you've had a moment to settle in, here's a short guide to getting the most out of {% if workspace.name != blank %}{{ workspace.name }}{% else %}it{% endif %}. It only takes a few minutes.</p>
<h2 style="${H2}">1. Tell us what you're working on</h2>
<p style="${P}">Reply to this email with a sentence or two about your goals. The more we know, the more useful our advice and recommendations will be.</p>
<h2 style="${H2}">2. Pick the one thing that matters most</h2>
<p style="${P}">Starting small works best. Choose the single result you'd like to see first, and we'll help you focus on it.</p>
<h2 style="${H2}">3. Ask us anything</h2>
<p style="${P}">There are no silly questions. If something isn't clear, we'd much rather hear from you than have you guess.</p>
{% assign cta_url = data.cta_url | safe_url %}{% if cta_url %}${button('cta_url', 'Get started')}{% endif %}
<p style="${P}">We're looking forward to working with you{% if contact.custom_fields.company %} and the team at {{ contact.custom_fields.company }}{% endif %}.</p>
${SIGN_OFF}`,
    ),
    text: `Let's get you started

${TEXT_GREETING}

Now that you've had a moment to settle in, here's a short guide to getting the most out of {% if workspace.name != blank %}{{ workspace.name }}{% else %}it{% endif %}. It only takes a few minutes.

1. Tell us what you're working on
Reply to this email with a sentence or two about your goals. The more we know, the more useful our advice and recommendations will be.

2. Pick the one thing that matters most
Starting small works best. Choose the single result you'd like to see first, and we'll help you focus on it.

3. Ask us anything
There are no silly questions. If something isn't clear, we'd much rather hear from you than have you guess.
{% assign cta_url = data.cta_url | safe_url %}{% if cta_url %}
Get started: {{ cta_url }}
{% endif %}
We're looking forward to working with you{% if contact.custom_fields.company %} and the team at {{ contact.custom_fields.company }}{% endif %}.

${TEXT_SIGN_OFF}
`,
  },
};

const bookingConfirmation: BuiltInEmailTemplate = {
  key: 'booking-confirmation',
  name: 'Booking confirmation',
  description:
    'Confirms an appointment or reservation. Data: booking_date; optional booking_time, booking_location, ' +
    'booking_reference and manage_url (a link to reschedule or cancel).',
  content: {
    subject:
      'Your booking{% if workspace.name != blank %} with {{ workspace.name }}{% endif %} is confirmed{% if data.booking_date %} for {{ data.booking_date }}{% endif %}',
    html: layout(
      'Your booking is confirmed{% if data.booking_date %} for {{ data.booking_date }}{% endif %}. Here are the details.',
      `<h1 style="${H1}">You're booked in</h1>
${GREETING}
<p style="${P}">Good news: your booking{% if workspace.name != blank %} with {{ workspace.name }}{% endif %} is confirmed. Here are the details for your records.</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 24px;background-color:#f9fafb;border:1px solid #e5e7eb;border-radius:6px">
<tr><td style="padding:16px 20px">
<table role="presentation" cellpadding="0" cellspacing="0" border="0">
<tr><td style="padding:6px 16px 6px 0;${FONT};font-size:15px;line-height:22px;color:${MUTED_COLOR};white-space:nowrap;vertical-align:top">Date</td><td style="padding:6px 0;${FONT};font-size:15px;line-height:22px;font-weight:600;color:${HEADING_COLOR};vertical-align:top">{{ data.booking_date | default: "We'll confirm the date with you shortly" }}</td></tr>
${detailRow('Time', 'data.booking_time')}
${detailRow('Where', 'data.booking_location')}
${detailRow('Reference', 'data.booking_reference')}
</table>
</td></tr>
</table>
{% assign manage_url = data.manage_url | safe_url %}{% if manage_url %}<p style="${P}">Need to change or cancel? You can manage your booking online:</p>
${button('manage_url', 'Manage your booking')}{% else %}<p style="${P}">Need to change or cancel? Just reply to this email and we'll sort it out.</p>{% endif %}
<p style="${P}">We'll send you a reminder before your appointment. We look forward to seeing you!</p>
${SIGN_OFF}`,
    ),
    text: `You're booked in

${TEXT_GREETING}

Good news: your booking{% if workspace.name != blank %} with {{ workspace.name }}{% endif %} is confirmed. Here are the details for your records.

Date: {{ data.booking_date | default: "We'll confirm the date with you shortly" }}{% if data.booking_time %}
Time: {{ data.booking_time }}{% endif %}{% if data.booking_location %}
Where: {{ data.booking_location }}{% endif %}{% if data.booking_reference %}
Reference: {{ data.booking_reference }}{% endif %}

{% assign manage_url = data.manage_url | safe_url %}{% if manage_url %}Need to change or cancel? You can manage your booking online: {{ manage_url }}{% else %}Need to change or cancel? Just reply to this email and we'll sort it out.{% endif %}

We'll send you a reminder before your appointment. We look forward to seeing you!

${TEXT_SIGN_OFF}
`,
  },
};

const followUp: BuiltInEmailTemplate = {
  key: 'follow-up',
  name: 'Follow-up',
  description:
    'A friendly, personal check-in a few days after a first contact. Optional data: sender_name (signs the email) ' +
    'and calendar_url (a link to book a call).',
  content: {
    subject: 'Following up{% if contact.first_name %}, {{ contact.first_name }}{% endif %}',
    html: layout(
      'Checking in to make sure you have everything you need.',
      `${GREETING}
<p style="${P}">I wanted to follow up on your recent conversation{% if workspace.name != blank %} with {{ workspace.name }}{% endif %} and make sure you have everything you need.</p>
<p style="${P}">If you still have questions, or if now is a better time to talk things through, simply reply to this email. I'll get back to you personally.</p>
{% assign calendar_url = data.calendar_url | safe_url %}{% if calendar_url %}<p style="${P}">Prefer to talk? Pick a time that suits you:</p>
${button('calendar_url', 'Book a time to talk')}{% endif %}
<p style="${P}">And if the timing isn't right, no problem at all. We'll be here whenever you're ready.</p>
<p style="${P};margin-bottom:0">Best wishes,<br />{% if data.sender_name %}{{ data.sender_name }}<br />{{ workspace.name }}{% else %}{% if workspace.name != blank %}The {{ workspace.name }} team{% else %}The team{% endif %}{% endif %}</p>`,
    ),
    text: `${TEXT_GREETING}

I wanted to follow up on your recent conversation{% if workspace.name != blank %} with {{ workspace.name }}{% endif %} and make sure you have everything you need.

If you still have questions, or if now is a better time to talk things through, simply reply to this email. I'll get back to you personally.
{% assign calendar_url = data.calendar_url | safe_url %}{% if calendar_url %}
Prefer to talk? Pick a time that suits you: {{ calendar_url }}
{% endif %}
And if the timing isn't right, no problem at all. We'll be here whenever you're ready.

Best wishes,
{% if data.sender_name %}{{ data.sender_name }}
{{ workspace.name }}{% else %}{% if workspace.name != blank %}The {{ workspace.name }} team{% else %}The team{% endif %}{% endif %}
`,
  },
};

const newsletter: BuiltInEmailTemplate = {
  key: 'newsletter',
  name: 'Newsletter',
  description:
    'A regular update with a headline, an introduction and a list of stories. Optional data: headline, intro, ' +
    'articles (a list of { title, summary, url }) and cta_url.',
  content: {
    subject:
      "{% if data.headline %}{{ data.headline }}{% else %}What's new{% if workspace.name != blank %} at {{ workspace.name }}{% endif %}{% endif %}",
    html: layout(
      '{{ data.intro | default: "The latest news, ideas and updates from our team." | truncate: 120 }}',
      `<h1 style="${H1}">{% if data.headline %}{{ data.headline }}{% else %}What's new{% if workspace.name != blank %} at {{ workspace.name }}{% endif %}{% endif %}</h1>
${GREETING}
<p style="${P}">{{ data.intro | default: "Here's a quick roundup of the latest news, ideas and updates from our team. We hope you find something useful in it." }}</p>
{% for article in data.articles limit: 10 %}{% assign article_url = article.url | safe_url %}
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 16px;border-top:1px solid #e5e7eb">
<tr><td style="padding:20px 0 0">
<h2 style="${H2}">{% if article_url %}<a href="{{ article_url }}" style="color:${HEADING_COLOR};text-decoration:none">{{ article.title }}</a>{% else %}{{ article.title }}{% endif %}</h2>
{% if article.summary %}<p style="${P};margin-bottom:8px">{{ article.summary }}</p>{% endif %}
{% if article_url %}<p style="${P};margin-bottom:0"><a href="{{ article_url }}" style="color:${ACCENT};font-weight:600;text-decoration:none">Read more &rarr;</a></p>{% endif %}
</td></tr>
</table>
{% endfor %}
{% assign cta_url = data.cta_url | safe_url %}{% if cta_url %}${button('cta_url', '{{ data.cta_label | default: "See everything that\'s new" }}')}{% endif %}
<p style="${P}">Thanks for reading! If there's a topic you'd like us to cover next, just reply to this email. We read every message.</p>
${SIGN_OFF}`,
    ),
    text: `{% if data.headline %}{{ data.headline }}{% else %}What's new{% if workspace.name != blank %} at {{ workspace.name }}{% endif %}{% endif %}

${TEXT_GREETING}

{{ data.intro | default: "Here's a quick roundup of the latest news, ideas and updates from our team. We hope you find something useful in it." }}
{% for article in data.articles limit: 10 %}{% assign article_url = article.url | safe_url %}
---
{{ article.title }}{% if article.summary %}
{{ article.summary }}{% endif %}{% if article_url %}
Read more: {{ article_url }}{% endif %}
{% endfor %}{% assign cta_url = data.cta_url | safe_url %}{% if cta_url %}
{{ data.cta_label | default: "See everything that's new" }}: {{ cta_url }}
{% endif %}
Thanks for reading! If there's a topic you'd like us to cover next, just reply to this email. We read every message.

${TEXT_SIGN_OFF}
`,
  },
};

export const BUILT_IN_EMAIL_TEMPLATES: BuiltInEmailTemplate[] = [
  welcomeEmail,
  onboardingEmail,
  bookingConfirmation,
  followUp,
  newsletter,
];

/** The built-in with this key (the seed's `template_id`), or undefined. */
export function findBuiltInEmailTemplate(key: string): BuiltInEmailTemplate | undefined {
  return BUILT_IN_EMAIL_TEMPLATES.find((template) => template.key === key);
}
