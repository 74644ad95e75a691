/**
 * The email copy generator that works without a language model: when no API key is configured, the ai service
 * answers "write me an email" from curated copy (email-copy-patterns*.ts) instead of failing.
 *
 * A request names a goal, an audience, a tone and optionally a product and a company; the answer is 1-5 variants,
 * each a different angle (benefit, curiosity, social proof, a note from the founder, a deadline, a question...),
 * ready to save as a crm email template: a subject, a preheader, an HTML body in the crm's house style and a
 * plain-text body written from the same blocks. Placeholders are the crm's Liquid (`{{ contact.first_name | default:
 * "there" }}`, `{{ workspace.name }}`, `{{ data.* }}`), links go through the crm's `safe_url` filter, and nothing the
 * crm adds at send time (unsubscribe link, postal address) is repeated here.
 *
 * The audience, product and company name are user data inside a template: they are stripped of anything Liquid could
 * read as a tag, escaped for HTML and bounded in length, so they are always printed, never executed.
 *
 * Pure code: no Nest, no I/O, deterministic (the same request always gives the same copy).
 */
import {
  emailButton,
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
import type { CopyBlock, EmailAnglePattern, EmailSigner, GoalCopyPattern, TonedText } from './email-copy-pattern-types';
import {
  anglesForTone,
  GOAL_KEYWORDS,
  GOAL_PATTERNS,
  TONE_KEYWORDS,
  TONE_REGISTER,
  TONE_VOICES,
} from './email-copy-patterns';

export const EMAIL_GOALS = [
  'welcome',
  'follow_up',
  're_engagement',
  'announcement',
  'booking_confirmation',
  'newsletter',
  'promotion',
  'event_invitation',
  'thank_you',
  'feedback_request',
  'onboarding',
  'abandoned_form',
] as const;
export type EmailGoal = (typeof EMAIL_GOALS)[number];

export const EMAIL_TONES = [
  'friendly',
  'professional',
  'casual',
  'enthusiastic',
  'formal',
  'empathetic',
  'urgent',
] as const;
export type EmailTone = (typeof EMAIL_TONES)[number];

export interface EmailCopyRequest {
  goal: string;
  audience: string;
  tone: string;
  product?: string | null;
  company_name?: string | null;
  /** 1..5; other values are clamped into that range. */
  variants: number;
}

export interface EmailCopyVariant {
  /** What the variant does differently, e.g. "Social proof: ...". */
  angle: string;
  subject: string;
  /** The line inbox lists show after the subject (also hidden at the top of the HTML). */
  preheader: string;
  html: string;
  text: string;
}

export interface EmailCopy {
  goal: EmailGoal;
  tone: EmailTone;
  variants: EmailCopyVariant[];
  /** What the sender should know: how the goal/tone were read, the merge data used, what to check before sending. */
  notes: string[];
}

const MIN_VARIANTS = 1;
const MAX_VARIANTS = 5;
/** Audience, product and company are cut to this many characters: enough for any real name or description. */
const MAX_USER_TEXT_LENGTH = 200;
/** RFC 5322's recommended line length; longer subjects are cut off in most inbox lists anyway. */
const MAX_SUBJECT_LENGTH = 78;
/** Inbox lists show roughly 40-110 characters of preheader; shorter ones get padded with the body's first words. */
const PREHEADER_LENGTH = { min: 40, max: 110 } as const;

/** Free text is read at most this far: a goal or tone is a few words, not an essay. */
const MAX_DESCRIPTION_LENGTH = 500;

// ---------------------------------------------------------------------------------------------------------------------
// Free-text goal and tone
// ---------------------------------------------------------------------------------------------------------------------

/** Lower case, accents removed, every run of other characters one space: "Re-engagement!" → ["re", "engagement"]. */
function words(text: string): string[] {
  return text
    .slice(0, MAX_DESCRIPTION_LENGTH)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9%]+/g, ' ')
    .trim()
    .split(' ')
    .filter((word) => word !== '');
}

function wordMatches(word: string, keyword: string): boolean {
  return keyword.endsWith('*') ? word.startsWith(keyword.slice(0, -1)) : word === keyword;
}

/**
 * How many words of the text the keywords cover (each word counts once, so a word two keywords share is not counted
 * twice) and where the first match starts.
 */
function keywordMatch(text: string[], keywords: readonly string[]): { covered: number; first: number } {
  const covered = new Set<number>();
  let first = Number.POSITIVE_INFINITY;
  for (const keyword of keywords) {
    const parts = keyword.split(' ');
    for (let start = 0; start + parts.length <= text.length; start++) {
      if (!parts.every((part, offset) => wordMatches(text[start + offset], part))) continue;
      parts.forEach((_part, offset) => covered.add(start + offset));
      first = Math.min(first, start);
    }
  }
  return { covered: covered.size, first };
}

/**
 * The id the text names exactly ("Follow-up", "booking confirmation"), else the one whose keywords cover most words;
 * a tie goes to the one mentioned first ("thank you for booking" is a thank-you), then to list order.
 */
function nearest<T extends string>(
  text: string,
  ids: readonly T[],
  keywords: Readonly<Record<T, readonly string[]>>,
): T | null {
  const tokens = words(text);
  if (tokens.length === 0) return null;
  const exact = ids.find((id) => id === tokens.join('_'));
  if (exact) return exact;
  let best: { id: T; covered: number; first: number } | null = null;
  for (const id of ids) {
    const { covered, first } = keywordMatch(tokens, keywords[id]);
    if (covered === 0) continue;
    if (!best || covered > best.covered || (covered === best.covered && first < best.first))
      best = { id, covered, first };
  }
  return best?.id ?? null;
}

/**
 * The goal a free-text description is closest to: an id as it is ("re_engagement", "Follow-up"), or keywords
 * ("win back lapsed customers" → re_engagement, "say thanks" → thank_you, "launch a new feature" → announcement,
 * "confirm a reservation" → booking_confirmation). null when nothing matches.
 */
export function resolveEmailGoal(goal: string): EmailGoal | null {
  return typeof goal === 'string' ? nearest(goal, EMAIL_GOALS, GOAL_KEYWORDS) : null;
}

/** The tone free text is closest to ("warm" → friendly, "corporate" → professional); friendly when none matches. */
export function resolveEmailTone(tone: string): EmailTone {
  return readTone(tone).tone;
}

function readTone(tone: unknown): { tone: EmailTone; matched: boolean } {
  const found = typeof tone === 'string' ? nearest(tone, EMAIL_TONES, TONE_KEYWORDS) : null;
  return found ? { tone: found, matched: true } : { tone: 'friendly', matched: false };
}

// ---------------------------------------------------------------------------------------------------------------------
// User data
// ---------------------------------------------------------------------------------------------------------------------

/** Escapes text for an HTML text node or a quoted attribute (as the crm's escapeHtml, which apps may not import). */
function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const WHITESPACE_OR_CONTROL = /[\s\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

interface UserText {
  /** '' when the value was missing or held nothing printable. */
  text: string;
  truncated: boolean;
}

/**
 * A user-supplied value made safe to print inside a template: no braces at all (a lone `{` next to one of our own
 * tags would become `{{`, so removing only the pairs is not enough), one line, at most 200 characters cut at a word.
 */
function userText(value: unknown): UserText {
  if (typeof value !== 'string') return { text: '', truncated: false };
  let text = value.replace(/[{}]/g, '').replace(WHITESPACE_OR_CONTROL, ' ').trim();
  const truncated = text.length > MAX_USER_TEXT_LENGTH;
  if (truncated) {
    text = text.slice(0, MAX_USER_TEXT_LENGTH);
    if (/[\ud800-\udbff]$/.test(text)) text = text.slice(0, -1);
    const lastSpace = text.lastIndexOf(' ');
    if (lastSpace > MAX_USER_TEXT_LENGTH * 0.6) text = text.slice(0, lastSpace);
    text = text.replace(/[\s,;:.-]+$/, '');
  }
  return { text, truncated };
}

/**
 * An audience is often written as a segment ("lapsed customers who haven't ordered in 90 days", "new leads from our
 * contact form"), and an email that tells its readers they are "lapsed" or "leads" reads like a mail merge gone
 * wrong. So the copy keeps only the description of the people: the clause after "who", "from", "in the last"... goes,
 * and so do the CRM's adjectives for a segment. What is left is woven in when it still says something ("busy clinic
 * managers"); a bare "customers" or "leads" becomes the fallback instead.
 */
const SEGMENT_CLAUSE =
  /\s*(?:[,;:(\u2013\u2014]|\s-\s|\b(?:who|that|which|whose|with|without|from|in the (?:last|past)|since|after|before|over the|via|on our|through|based on)\b).*$/i;
const SEGMENT_WORDS =
  /\b(?:all|our|my|the|lapsed|inactive|dormant|churned|churning|cold|warm|hot|recent|existing|current|past|former|new|unengaged|engaged|disengaged|abandoned|qualified|unqualified|active|marketing|sales|segment(?:ed)?)\b/gi;
/** Words for "the people on a list": true of every audience, so they say nothing in a sentence. */
const GENERIC_AUDIENCE =
  /^(?:people|persons|folks|everyone|everybody|customers?|clients?|users?|members?|contacts?|leads?|prospects?|subscribers?|sign ?ups?|signups?|recipients?|audience|list|visitors?|buyers?|shoppers?|guests?|attendees?|registrants?|readers?)$/i;

interface AudienceText extends UserText {
  /** The phrase the copy prints, or '' when the audience said nothing the fallback does not. */
  phrase: string;
}

/**
 * The audience reads mid-sentence ("built for busy clinic managers"): a leading "for" and trailing punctuation go,
 * and a capitalised first word is lower-cased unless it looks like an acronym or a name in capitals ("UK dentists").
 */
function audienceText(value: unknown): AudienceText {
  const cleaned = userText(value);
  const text = cleaned.text.replace(/^(?:for|to)\s+/i, '').replace(/[\s.,;:!?]+$/, '');
  let phrase = text.replace(SEGMENT_CLAUSE, '').replace(SEGMENT_WORDS, ' ').replace(/\s+/g, ' ').trim();
  if (GENERIC_AUDIENCE.test(phrase)) phrase = '';
  if (/^[A-Z][a-z]/.test(phrase)) phrase = phrase.charAt(0).toLowerCase() + phrase.slice(1);
  return { text, phrase, truncated: cleaned.truncated };
}

/**
 * Subjects and text bodies are plain text: an entity would show as "&amp;", so they keep `&` and quotes, and lose
 * only angle brackets (nothing a product name needs, and some clients turn `<...>` into links).
 */
function plainUserText(text: string): string {
  return text.replace(/[<>]/g, '');
}

// ---------------------------------------------------------------------------------------------------------------------
// Copy → strings
// ---------------------------------------------------------------------------------------------------------------------

type Mode = 'html' | 'plain';

interface Voice {
  tone: EmailTone;
  tokens: Record<Mode, Readonly<Record<string, string>>>;
  /** false when `{audience}` prints the fallback "people like you". */
  hasAudience: boolean;
}

/** The Liquid the crm renders per recipient; defaults keep a sentence whole when the workflow passed no value. */
const LIQUID_TOKENS: Readonly<Record<string, string>> = {
  first_name: '{{ contact.first_name | default: "there" }}',
  full_name: '{{ contact.name | default: "Sir or Madam" }}',
  first_name_or_hi: '{{ contact.first_name | default: "Hi there" }}',
  event: '{{ data.event_name | default: "our next event" }}',
  deadline: '{{ data.deadline | default: "soon" }}',
  offer: '{{ data.offer | default: "a special discount" }}',
  date: '{{ data.booking_date | default: "your chosen date" }}',
  form: '{{ data.form_name | default: "your form" }}',
};

function pickTone(text: TonedText, tone: EmailTone): string {
  if (typeof text === 'string') return text;
  return text[tone] ?? text[TONE_REGISTER[tone]] ?? text.base;
}

/**
 * Formal English spells contractions out and does not exclaim. Applied to the copy before any token is substituted,
 * so Liquid and user data are never touched.
 */
const CONTRACTIONS: ReadonlyArray<[RegExp, string]> = (
  [
    ["can't", 'cannot'],
    ["won't", 'will not'],
    ["let's", 'let us'],
    ["it's", 'it is'],
    ["that's", 'that is'],
    ["there's", 'there is'],
    ["here's", 'here is'],
    ["what's", 'what is'],
    ["who's", 'who is'],
    ["how's", 'how is'],
    ["where's", 'where is'],
    ["i'm", 'I am'],
  ] as const
)
  .map(([from, to]): [RegExp, string] => [new RegExp(`\\b${from.replace("'", "['’]")}\\b`, 'gi'), to])
  .concat([
    [/\b(\w+)['’]re\b/gi, '$1 are'],
    [/\b(\w+)['’]ve\b/gi, '$1 have'],
    [/\b(\w+)['’]ll\b/gi, '$1 will'],
    [/\b(\w+)['’]d\b/gi, '$1 would'],
    [/\b(\w+)n['’]t\b/gi, '$1 not'],
  ]);

function formalise(text: string): string {
  let result = text;
  for (const [pattern, replacement] of CONTRACTIONS) {
    result = result.replace(pattern, (match, ...groups: unknown[]) => {
      const expanded = replacement.replace('$1', typeof groups[0] === 'string' ? groups[0] : '');
      // Keep the capital of a sentence start: "Let's" → "Let us", "I'm" stays "I am".
      return /^[A-Z]/.test(match) ? expanded.charAt(0).toUpperCase() + expanded.slice(1) : expanded;
    });
  }
  return result.replace(/!+/g, '.');
}

/** Escapes copy we wrote for an HTML text node; our own quotes and apostrophes are fine there. */
function escapeCopy(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function substitute(text: string, tokens: Readonly<Record<string, string>>): string {
  return text.replace(/\{([A-Za-z_]+)\}/g, (_match, name: string) => {
    const value = tokens[name];
    // A typo in the curated copy: the tests render every goal and tone, so this never reaches a user.
    if (value === undefined) throw new Error(`email copy: unknown token {${name}}`);
    return value;
  });
}

function write(text: TonedText, voice: Voice, mode: Mode): string {
  let copy = pickTone(text, voice.tone);
  if (voice.tone === 'formal') copy = formalise(copy);
  if (mode === 'html') copy = escapeCopy(copy);
  return substitute(copy, voice.tokens[mode]);
}

/** What a reader sees of a line: Liquid defaults in place of their expressions, tags gone, a name-sized workspace. */
function readableLength(text: string): number {
  return text
    .replace(/\{%[\s\S]*?%\}/g, '')
    .replace(/\{\{[^}]*?default:\s*"([^"]*)"[^}]*\}\}/g, '$1')
    .replace(/\{\{[\s\S]*?\}\}/g, 'Northwind Co')
    .replace(WHITESPACE_OR_CONTROL, ' ')
    .trim().length;
}

function oneLine(text: string): string {
  return text.replace(WHITESPACE_OR_CONTROL, ' ').trim();
}

/**
 * Which candidate line to use: the first that fits, else the smallest. A line that would print the audience
 * fallback ("people like you") is passed over when another candidate exists: in a subject or preheader it reads
 * as filler.
 */
function chooseCandidate(
  candidates: TonedText[],
  voice: Voice,
  fits: (line: string) => boolean,
  size: (line: string) => number,
): TonedText {
  const usable = voice.hasAudience
    ? candidates
    : candidates.filter((candidate) => !pickTone(candidate, voice.tone).includes('{audience}'));
  const pool = (usable.length ? usable : candidates).map((candidate) => ({
    candidate,
    line: oneLine(write(candidate, voice, 'plain')),
  }));
  const chosen =
    pool.find(({ line }) => fits(line)) ??
    pool.reduce((smallest, item) => (size(item.line) < size(smallest.line) ? item : smallest));
  return chosen.candidate;
}

function subjectOf(angle: EmailAnglePattern, voice: Voice): string {
  const fits = (line: string): boolean => line.length <= MAX_SUBJECT_LENGTH;
  return oneLine(
    write(
      chooseCandidate(angle.subjects, voice, fits, (line) => line.length),
      voice,
      'plain',
    ),
  );
}

function preheaderOf(angle: EmailAnglePattern, voice: Voice): TonedText {
  const fits = (line: string): boolean => {
    const length = readableLength(line);
    return length >= PREHEADER_LENGTH.min && length <= PREHEADER_LENGTH.max;
  };
  return chooseCandidate(angle.preheaders, voice, fits, readableLength);
}

// ---------------------------------------------------------------------------------------------------------------------
// HTML in the platform's house style (@mab/email-design, shared with the crm's built-in templates)
// ---------------------------------------------------------------------------------------------------------------------

const DETAIL_LABEL = `padding:6px 16px 6px 0;${FONT};font-size:15px;line-height:22px;color:${MUTED_COLOR};white-space:nowrap;vertical-align:top`;
const DETAIL_VALUE = `padding:6px 0;${FONT};font-size:15px;line-height:22px;font-weight:600;color:${HEADING_COLOR};vertical-align:top`;
const BOX = 'margin:0 0 24px;background-color:#f9fafb;border:1px solid #e5e7eb;border-radius:6px';
const button = emailButton;
const layout = (title: string, preheader: string, body: string) => emailLayout({ title, preheader, body });

interface DetailRow {
  label: string;
  /** The Liquid expression printed as the value. */
  value: string;
  /** Shown only when this is set; unconditional rows carry a default instead. */
  when?: string;
}

const DETAIL_ROWS: Readonly<Record<'booking' | 'event', { when?: string; rows: DetailRow[] }>> = {
  booking: {
    rows: [
      { label: 'Date', value: '{{ data.booking_date | default: "To be confirmed" }}' },
      { label: 'Time', value: '{{ data.booking_time }}', when: 'data.booking_time' },
      { label: 'Where', value: '{{ data.booking_location }}', when: 'data.booking_location' },
      { label: 'Reference', value: '{{ data.booking_reference }}', when: 'data.booking_reference' },
    ],
  },
  event: {
    // Without any event data the table would be an empty box, so it goes altogether.
    when: 'data.event_name or data.event_date or data.event_location',
    rows: [
      { label: 'Event', value: '{{ data.event_name }}', when: 'data.event_name' },
      {
        label: 'When',
        value: '{{ data.event_date }}{% if data.event_time %}, {{ data.event_time }}{% endif %}',
        when: 'data.event_date',
      },
      { label: 'Where', value: '{{ data.event_location }}', when: 'data.event_location' },
    ],
  },
};

/** A block of text and how it joins the one before: a blank line, or nothing for blocks that open with their own `{% if %}`. */
interface TextPart {
  text: string;
  glue: '' | '\n\n';
}

function blockHtml(block: CopyBlock, voice: Voice): string {
  switch (block.kind) {
    case 'paragraph': {
      const style = block.emphasis ? `${P};font-weight:600;color:${HEADING_COLOR}` : P;
      return `<p style="${style}">${write(block.text, voice, 'html')}</p>`;
    }
    case 'bullets':
    case 'steps': {
      const tag = block.kind === 'bullets' ? 'ul' : 'ol';
      const items = block.items.map((item) => `<li style="${LIST_ITEM}">${write(item, voice, 'html')}</li>`);
      return `<${tag} style="${LIST}">\n${items.join('\n')}\n</${tag}>`;
    }
    case 'details': {
      const { when, rows } = DETAIL_ROWS[block.details];
      const cells = rows.map((row) => {
        const tr = `<tr><td style="${DETAIL_LABEL}">${row.label}</td><td style="${DETAIL_VALUE}">${row.value}</td></tr>`;
        return row.when ? `{% if ${row.when} %}${tr}{% endif %}` : tr;
      });
      const table =
        `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="${BOX}">\n` +
        `<tr><td style="padding:16px 20px">\n<table role="presentation" cellpadding="0" cellspacing="0" border="0">\n` +
        `${cells.join('\n')}\n</table>\n</td></tr>\n</table>`;
      return when ? `{% if ${when} %}${table}{% endif %}` : table;
    }
    case 'offer_code':
      return (
        `{% if data.offer_code %}<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="${BOX}">` +
        `<tr><td align="center" style="padding:16px 20px;${FONT};font-size:15px;line-height:22px;color:${MUTED_COLOR}">` +
        `Your code<br /><span style="font-size:22px;line-height:32px;font-weight:700;letter-spacing:2px;color:${HEADING_COLOR}">` +
        `{{ data.offer_code }}</span></td></tr></table>{% endif %}`
      );
    case 'section':
      return `<h2 style="${H2}">${write(block.title, voice, 'html')}</h2>\n<p style="${P}">${write(block.text, voice, 'html')}</p>`;
  }
}

function blockText(block: CopyBlock, voice: Voice): TextPart {
  switch (block.kind) {
    case 'paragraph':
      return { text: write(block.text, voice, 'plain'), glue: '\n\n' };
    case 'bullets':
      return { text: block.items.map((item) => ` * ${write(item, voice, 'plain')}`).join('\n'), glue: '\n\n' };
    case 'steps':
      return {
        text: block.items.map((item, index) => `${index + 1}. ${write(item, voice, 'plain')}`).join('\n'),
        glue: '\n\n',
      };
    case 'details': {
      const { when, rows } = DETAIL_ROWS[block.details];
      // Conditional rows carry their own line break inside the `{% if %}`, so a missing value leaves no empty line.
      const lines = rows.map((row, index) => {
        const line = `${index === 0 ? '' : '\n'}${row.label}: ${row.value}`;
        return row.when ? `{% if ${row.when} %}${line}{% endif %}` : line;
      });
      const text = lines.join('').replace(/^(\{% if [^%]+ %\})\n/, '$1');
      return when ? { text: `{% if ${when} %}\n\n${text}{% endif %}`, glue: '' } : { text, glue: '\n\n' };
    }
    case 'offer_code':
      return { text: '{% if data.offer_code %}\n\nYour code: {{ data.offer_code }}{% endif %}', glue: '' };
    case 'section':
      return { text: `${write(block.title, voice, 'plain')}\n${write(block.text, voice, 'plain')}`, glue: '\n\n' };
  }
}

function joinText(parts: TextPart[]): string {
  return parts.reduce((text, part, index) => (index === 0 ? part.text : text + part.glue + part.text), '');
}

function signature(signer: EmailSigner, brand: string, lineBreak: string): string {
  switch (signer) {
    case 'team':
      return `The ${brand} team`;
    case 'person':
      return `{% if data.sender_name %}{{ data.sender_name }}${lineBreak}${brand}{% else %}The ${brand} team{% endif %}`;
    case 'founder':
      return `{% if data.sender_name %}{{ data.sender_name }}${lineBreak}Founder, ${brand}{% else %}The founder of ${brand}{% endif %}`;
  }
}

// ---------------------------------------------------------------------------------------------------------------------
// Variants
// ---------------------------------------------------------------------------------------------------------------------

function renderVariant(pattern: GoalCopyPattern, angle: EmailAnglePattern, voice: Voice): EmailCopyVariant {
  const toneVoice = TONE_VOICES[voice.tone];
  const brand = { html: voice.tokens.html.brand, plain: voice.tokens.plain.brand };
  // Straight from the merge data, through the crm's safe_url filter: a workflow value can never put `javascript:` in an
  // href (an unsafe one becomes "#"; single quotes keep the unrendered attribute valid HTML). No `{% assign %}`: the
  // copy reads no variable but contact, workspace and data, which is all the ai service's template checks allow.
  const url = pattern.ctaUrl;
  const signer = angle.signer ?? 'team';

  const html: string[] = [];
  const text: TextPart[] = [];
  if (angle.headline) {
    html.push(`<h1 style="${H1}">${write(angle.headline, voice, 'html')}</h1>`);
    text.push({ text: write(angle.headline, voice, 'plain'), glue: '\n\n' });
  }
  html.push(`<p style="${P}">${write(toneVoice.greeting, voice, 'html')}</p>`);
  text.push({ text: write(toneVoice.greeting, voice, 'plain'), glue: '\n\n' });
  for (const block of angle.body) {
    html.push(blockHtml(block, voice));
    text.push(blockText(block, voice));
  }

  // No link: a button to "#" would be a dead end, so the email asks for a reply instead (or, when the body already
  // asks for one, simply goes on).
  const label = { html: write(angle.cta, voice, 'html'), plain: write(angle.cta, voice, 'plain') };
  const replyFallback = angle.replyFallback ?? pattern.replyFallback;
  const fallback =
    replyFallback === false
      ? { html: '', plain: '' }
      : {
          html: `{% else %}<p style="${P}">${write(replyFallback, voice, 'html')}</p>`,
          plain: `{% else %}\n\n${write(replyFallback, voice, 'plain')}`,
        };
  html.push(`{% if ${url} %}${button(`${url} | safe_url | default: '#'`, label.html)}${fallback.html}{% endif %}`);
  // In the text the link is printed; an unsafe one reads as an invitation to reply rather than a bare "#".
  text.push({
    text: `{% if ${url} %}\n\n${label.plain}: {{ ${url} | safe_url | default: "just reply to this email" }}${fallback.plain}{% endif %}`,
    glue: '',
  });

  for (const block of angle.afterCta ?? []) {
    html.push(blockHtml(block, voice));
    text.push(blockText(block, voice));
  }
  // The reply fallback already invites a reply, so the closer only follows a button.
  if (angle.closer !== false) {
    html.push(`{% if ${url} %}<p style="${P}">${write(toneVoice.closer, voice, 'html')}</p>{% endif %}`);
    text.push({ text: `{% if ${url} %}\n\n${write(toneVoice.closer, voice, 'plain')}{% endif %}`, glue: '' });
  }
  html.push(
    `<p style="${P};margin-bottom:0">${toneVoice.valediction}<br />${signature(signer, brand.html, '<br />')}</p>`,
  );
  text.push({ text: `${toneVoice.valediction}\n${signature(signer, brand.plain, '\n')}`, glue: '\n\n' });

  const preheader = preheaderOf(angle, voice);
  return {
    angle: angle.angle,
    subject: subjectOf(angle, voice),
    preheader: oneLine(write(preheader, voice, 'plain')),
    html: layout(brand.html, oneLine(write(preheader, voice, 'html')), html.join('\n')),
    text: `${joinText(text)}\n`,
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function quote(value: unknown): string {
  return JSON.stringify(typeof value === 'string' ? oneLine(value).slice(0, 80) : String(value));
}

/**
 * Email copy for a goal, in 1-5 variants with different angles. Throws when the goal matches no known goal; an
 * unknown tone falls back to friendly (and says so in the notes).
 */
export function builtInEmailCopy(request: EmailCopyRequest): EmailCopy {
  const goal = resolveEmailGoal(request.goal);
  if (!goal) {
    throw new Error(
      `Unknown email goal ${quote(request.goal)}: use one of ${EMAIL_GOALS.join(', ')}, ` +
        'or describe it in a few words (e.g. "win back lapsed customers", "confirm a booking").',
    );
  }
  const { tone, matched } = readTone(request.tone);
  const pattern = GOAL_PATTERNS[goal];
  const count = Math.min(MAX_VARIANTS, Math.max(MIN_VARIANTS, Math.trunc(Number(request.variants)) || MIN_VARIANTS));

  const audience = audienceText(request.audience);
  const product = userText(request.product);
  const company = userText(request.company_name);

  const tokensFor = (mode: Mode): Record<string, string> => {
    const print = mode === 'html' ? escapeHtml : plainUserText;
    const brand = company.text ? print(company.text) : '{{ workspace.name }}';
    const productFallback = substitute(pattern.productFallback, { brand });
    return {
      ...LIQUID_TOKENS,
      brand,
      product: product.text ? print(product.text) : productFallback,
      Product: product.text ? print(product.text) : capitalise(productFallback),
      audience: audience.phrase ? print(audience.phrase) : 'people like you',
    };
  };
  const voice: Voice = {
    tone,
    tokens: { html: tokensFor('html'), plain: tokensFor('plain') },
    hasAudience: audience.phrase !== '',
  };
  const angles = anglesForTone(pattern, tone).slice(0, count);

  const notes: string[] = [];
  if (words(request.goal).join('_') !== goal) notes.push(`Read the goal ${quote(request.goal)} as ${goal}.`);
  if (!matched) {
    notes.push(
      `The tone ${quote(request.tone)} is not one we know, so the copy is friendly. Known tones: ${EMAIL_TONES.join(', ')}.`,
    );
  } else if (words(request.tone).join('_') !== tone) {
    notes.push(`Read the tone ${quote(request.tone)} as ${tone}.`);
  }
  if (Number(request.variants) !== count)
    notes.push(`Asked for ${quote(request.variants)} variants; wrote ${count} (1 to 5).`);
  if (!audience.text) {
    notes.push(
      'No audience was given, so the copy says "people like you"; describe the recipients (e.g. "busy clinic managers") for copy that speaks to them.',
    );
  } else if (audience.phrase.toLowerCase() !== audience.text.toLowerCase()) {
    const written = audience.phrase ? quote(audience.phrase) : '"people like you"';
    notes.push(
      `The copy calls the audience ${written} rather than ${quote(audience.text)}, which reads like the name of a segment rather than words for the reader.`,
    );
  }
  if (!product.text) {
    const fallback = pattern.productFallback === '{brand}' ? 'the company' : `"${pattern.productFallback}"`;
    notes.push(`No product was given, so the copy refers to ${fallback} instead.`);
  }
  for (const [field, value] of [
    ['audience', audience],
    ['product', product],
    ['company_name', company],
  ] as const) {
    if (value.truncated) notes.push(`The ${field} was cut to ${MAX_USER_TEXT_LENGTH} characters.`);
  }
  notes.push(
    company.text
      ? 'The company name is written into the copy as given.'
      : 'The copy names the sender with {{ workspace.name }}, filled in from the workspace when the email is sent.',
  );
  notes.push(
    `The button links to {{ ${pattern.ctaUrl} }} (only when it is an http(s) URL); without one, the email asks the reader to reply instead.`,
  );
  notes.push(...pattern.notes);
  for (const angle of angles) if (angle.note) notes.push(angle.note);
  notes.push(
    'The CRM adds the unsubscribe link and postal address to every marketing email it sends, so they are not in this copy.',
  );

  return {
    goal,
    tone,
    variants: angles.map((angle) => renderVariant(pattern, angle, voice)),
    notes: [...new Set(notes)],
  };
}
