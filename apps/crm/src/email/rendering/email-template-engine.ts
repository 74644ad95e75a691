/**
 * Personalised email rendering with LiquidJS, the engine the template service already uses for published pages, with
 * the same settings: in-memory only (no file system), `{{ }}` HTML-escaped by default, strict filters, templates see
 * only the merge objects' own properties. Email adds what pages do not need: a plain-text engine for the subject and
 * text body, refusal of the tags that load other templates, DoS limits (the templates are written by users), a
 * single-line subject, and a text body generated from the HTML when the author wrote none.
 *
 * Pure code: no Nest, no database. The same template is rendered for thousands of recipients of a campaign, so each
 * source is parsed once and the parsed form is kept in an LRU keyed by the hash of the source.
 */
import { createHash } from 'node:crypto';
import { compile as compileHtmlToText } from 'html-to-text';
import { Liquid, Tag, type TagToken, type Template, type TopLevelToken } from 'liquidjs';
import { isSafeHttpUrl } from './email-html';

export interface EmailContent {
  subject: string;
  html: string;
  text?: string | null;
}

export interface EmailMergeData {
  contact: {
    email: string;
    name: string | null;
    first_name: string | null;
    last_name: string | null;
    phone: string | null;
    tags: string[];
    lead_score: number;
    custom_fields: Record<string, unknown>;
  };
  workspace: { name: string; postal_address: string | null };
  /** Extra merge values passed by a workflow step, e.g. `{{ data.booking_date }}`. */
  data?: Record<string, unknown>;
}

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

export type EmailTemplateField = 'subject' | 'html' | 'text';

export interface EmailTemplateIssue {
  field: EmailTemplateField;
  constraints: string[];
}

/** A template that does not parse or render; `issues` name the field, as the API's 400 answer does. */
export class EmailTemplateError extends Error {
  constructor(readonly issues: EmailTemplateIssue[]) {
    super(issues.map((issue) => `${issue.field}: ${issue.constraints.join('; ')}`).join(' | '));
    this.name = 'EmailTemplateError';
  }
}

/** RFC 5322 §2.1.1: a header line must not exceed 998 characters. */
export const MAX_SUBJECT_LENGTH = 998;

/**
 * Sizes of the template sources. Far above any real email (Gmail clips messages over 102 KB), low enough that a
 * pasted file cannot make every render of a campaign expensive.
 */
export const MAX_TEMPLATE_LENGTH: Readonly<Record<EmailTemplateField, number>> = {
  subject: 2_000,
  html: 500_000,
  text: 200_000,
};

/** A contact and workspace to preview a template with, and to dry-run it when it is checked. */
export const SAMPLE_EMAIL_MERGE_DATA: EmailMergeData = {
  contact: {
    email: 'jane.doe@example.com',
    name: 'Jane Doe',
    first_name: 'Jane',
    last_name: 'Doe',
    phone: '+14155550123',
    tags: ['prospect', 'newsletter'],
    lead_score: 42,
    custom_fields: { company: 'Acme Corp', job_title: 'Marketing Lead' },
  },
  workspace: { name: 'Northwind Studio', postal_address: '548 Market St, Suite 100, San Francisco, CA 94104, USA' },
  data: {
    booking_date: 'Tuesday, 14 May 2030',
    booking_time: '10:30 AM',
    booking_location: 'Online (the video link follows by email)',
    booking_reference: 'NW-2048',
    manage_url: 'https://example.com/bookings/NW-2048',
    cta_url: 'https://example.com/start',
    headline: 'Three ideas for a better spring campaign',
    articles: [
      {
        title: 'Write subject lines people open',
        summary: 'What we learned from a year of A/B tests.',
        url: 'https://example.com/blog/subject-lines',
      },
    ],
  },
};

/** The tags that load another template. There is nothing to load (no file system), and a typo should fail loudly. */
const REFUSED_TAGS = ['include', 'render', 'layout'] as const;

class RefusedTag extends Tag {
  constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid) {
    super(token, remainTokens, liquid);
    // Thrown while parsing: LiquidJS wraps it into a ParseError that carries the tag's line and column.
    throw new Error(`the {% ${token.name} %} tag cannot be used in email templates`);
  }

  render(): void {
    // Never reached: the constructor refuses the tag at parse time.
  }
}

/** `{{ data.url | safe_url }}`: the URL when it is absolute http(s), '' otherwise (no `javascript:` in an href). */
function safeUrlFilter(value: unknown): string {
  return isSafeHttpUrl(value) ? value : '';
}

function createLiquid(escapeHtml: boolean): Liquid {
  const liquid = new Liquid({
    // In-memory and empty: nothing can ever be read from a file.
    templates: {},
    // HTML bodies escape every `{{ }}` unless it ends in `| raw`; subject and text are plain text, escaped by nobody.
    outputEscape: escapeHtml ? 'escape' : undefined,
    // A misspelt filter is an error when the template is saved, not a silently empty value in a sent email.
    strictFilters: true,
    // Templates see the merge objects' own keys, never prototypes (`constructor`, `__proto__`).
    ownPropertyOnly: true,
    // `{% if contact.first_name %}` is false for '' as well as for a missing value.
    jsTruthy: true,
    dynamicPartials: false,
    relativeReference: false,
    // DoS limits for user-written templates: `{% for i in (1..1000000000) %}` fails instead of hanging a worker.
    parseLimit: MAX_TEMPLATE_LENGTH.html,
    renderLimit: 1_000,
    memoryLimit: 10_000_000,
  });
  for (const name of REFUSED_TAGS) liquid.registerTag(name, RefusedTag);
  liquid.registerFilter('safe_url', safeUrlFilter);
  return liquid;
}

/**
 * Email bodies are mostly layout tables; html-to-text's defaults would glue adjacent cells together and shout
 * headings in capitals. Here each table row is a line and the cells of a row are separated by a space ("Date Tuesday,
 * 14 May"). Links stay readable as `text [url]`, images (and the open pixel) disappear, hidden preheaders are not
 * repeated in the text, and lines wrap at 78 (RFC 5322's recommended line length).
 */
const htmlToTextConverter = compileHtmlToText({
  wordwrap: 78,
  selectors: [
    { selector: 'a', options: { hideLinkHrefIfSameAsText: true, noAnchorUrl: true } },
    { selector: 'img', format: 'skip' },
    { selector: '[style*="display:none"]', format: 'skip' },
    { selector: '[style*="display: none"]', format: 'skip' },
    { selector: 'tr', format: 'block', options: { leadingLineBreaks: 1, trailingLineBreaks: 1 } },
    { selector: 'td', format: 'inlineSurround', options: { prefix: '', suffix: ' ' } },
    { selector: 'th', format: 'inlineSurround', options: { prefix: '', suffix: ' ' } },
    ...(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const).map((selector) => ({ selector, options: { uppercase: false } })),
  ],
});

/** The plain-text version of an email's HTML. */
export function htmlToPlainText(html: string): string {
  // Empty layout cells and spacer rows leave blank lines and trailing spaces behind; one empty line is enough.
  return htmlToTextConverter(html)
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Line breaks, tabs, other control characters and Unicode line/paragraph separators: never inside a header. */
const HEADER_BREAKING = /[\s\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

/**
 * A subject that can only ever be one header line: every run of whitespace or control characters becomes one space,
 * so a merge value with CR/LF cannot start a header of its own, and the result is at most 998 characters.
 */
export function singleLineSubject(value: string): string {
  let subject = value.replace(HEADER_BREAKING, ' ').trim();
  if (subject.length > MAX_SUBJECT_LENGTH) {
    subject = subject.slice(0, MAX_SUBJECT_LENGTH);
    // Do not leave half of a surrogate pair (an emoji) at the end.
    if (/[\ud800-\udbff]$/.test(subject)) subject = subject.slice(0, -1);
    subject = subject.trimEnd();
  }
  return subject;
}

/** The parsed form of one EmailContent; the arrays are shared through the engine's cache. */
export interface CompiledEmailTemplate {
  readonly subject: Template[];
  readonly html: Template[];
  /** null when the content has no text body: the text is then generated from the rendered HTML. */
  readonly text: Template[] | null;
}

export interface EmailTemplateEngineOptions {
  /** How many parsed sources to keep; a source is one field of one template. */
  cacheSize?: number;
}

type ParsedSource = { templates: Template[] } | { constraints: string[] };

/** Least-recently-used map: a Map iterates in insertion order, so re-inserting on a hit keeps the oldest first. */
class LruCache<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly capacity: number) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
  }
}

export class EmailTemplateEngine {
  private readonly htmlLiquid = createLiquid(true);
  private readonly plainLiquid = createLiquid(false);
  private readonly cache: LruCache<ParsedSource>;

  constructor(options: EmailTemplateEngineOptions = {}) {
    this.cache = new LruCache(Math.max(1, options.cacheSize ?? 500));
  }

  /** Number of parsed sources held (for tests and metrics). */
  get cachedSources(): number {
    return this.cache.size;
  }

  /**
   * The problems of a template, by field; empty when it can be saved. Parses every field and dry-runs it with the
   * sample contact, so errors that only show at render time (a filter given the wrong number of arguments, a loop
   * over the DoS limits) are caught when the template is saved rather than when a campaign goes out.
   */
  check(content: EmailContent): EmailTemplateIssue[] {
    const issues: EmailTemplateIssue[] = [];
    const scope = mergeScope(SAMPLE_EMAIL_MERGE_DATA);
    for (const field of ['subject', 'html', 'text'] as const) {
      const source: unknown = content[field];
      if (field === 'text' && (source === undefined || source === null)) continue;
      if (typeof source !== 'string') {
        issues.push({ field, constraints: [`${field} must be a string`] });
        continue;
      }
      if (field !== 'text' && source.trim() === '') {
        issues.push({ field, constraints: [`${field} must not be empty`] });
        continue;
      }
      const parsed = this.parse(field, source);
      if ('constraints' in parsed) {
        issues.push({ field, constraints: parsed.constraints });
        continue;
      }
      try {
        this.liquidFor(field).renderSync(parsed.templates, scope);
      } catch (error) {
        issues.push({ field, constraints: [describeLiquidError(error)] });
      }
    }
    return issues;
  }

  /** Parses (or takes from the cache) every field; throws EmailTemplateError when one does not parse. */
  compile(content: EmailContent): CompiledEmailTemplate {
    const issues: EmailTemplateIssue[] = [];
    const parsedField = (field: EmailTemplateField, source: string): Template[] => {
      const parsed =
        typeof source === 'string' ? this.parse(field, source) : { constraints: [`${field} must be a string`] };
      if ('templates' in parsed) return parsed.templates;
      issues.push({ field, constraints: parsed.constraints });
      return [];
    };
    const subject = parsedField('subject', content.subject);
    const html = parsedField('html', content.html);
    const hasText = typeof content.text === 'string' && content.text.trim() !== '';
    const text = hasText ? parsedField('text', content.text as string) : null;
    if (issues.length) throw new EmailTemplateError(issues);
    return { subject, html, text };
  }

  /**
   * Renders one email for one recipient. Missing values render as empty; the HTML escapes every merge value, the
   * subject and text do not (they are plain text) and the subject is forced onto one line. Throws
   * EmailTemplateError when the template does not parse or fails while rendering.
   */
  render(content: EmailContent, data: EmailMergeData): RenderedEmail {
    return this.renderCompiled(this.compile(content), data);
  }

  /** render() for a template compiled beforehand, e.g. once per campaign batch. */
  renderCompiled(compiled: CompiledEmailTemplate, data: EmailMergeData): RenderedEmail {
    const scope = mergeScope(data);
    const subject = singleLineSubject(this.run('subject', compiled.subject, scope));
    const html = this.run('html', compiled.html, scope);
    const written = compiled.text ? normaliseText(this.run('text', compiled.text, scope)) : '';
    // A text template whose conditions all came out false is as good as none.
    return { subject, html, text: written !== '' ? written : htmlToPlainText(html) };
  }

  private liquidFor(field: EmailTemplateField): Liquid {
    return field === 'html' ? this.htmlLiquid : this.plainLiquid;
  }

  private parse(field: EmailTemplateField, source: string): ParsedSource {
    // Checked before the cache: subject and text share cache entries but not their maximum length.
    if (source.length > MAX_TEMPLATE_LENGTH[field]) {
      return { constraints: [`${field} must be at most ${MAX_TEMPLATE_LENGTH[field]} characters`] };
    }
    // The two engines parse the same source differently (escaping is decided at parse time), so the key names one.
    const key = `${field === 'html' ? 'html' : 'plain'}:${createHash('sha256').update(source).digest('base64url')}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    let parsed: ParsedSource;
    try {
      parsed = { templates: this.liquidFor(field).parse(source) };
    } catch (error) {
      parsed = { constraints: [describeLiquidError(error)] };
    }
    // Failures are cached too: a broken template sent to a whole segment is parsed once, not once per recipient.
    this.cache.set(key, parsed);
    return parsed;
  }

  private run(field: EmailTemplateField, templates: Template[], scope: object): string {
    try {
      return this.liquidFor(field).renderSync(templates, scope) as string;
    } catch (error) {
      throw new EmailTemplateError([{ field, constraints: [describeLiquidError(error)] }]);
    }
  }
}

let sharedEngine: EmailTemplateEngine | null = null;

/** One engine per process, so checking a template warms the cache its first render uses. */
export function defaultEmailTemplateEngine(): EmailTemplateEngine {
  sharedEngine ??= new EmailTemplateEngine();
  return sharedEngine;
}

/**
 * The problems of a template, by field, for the API's 400 answer: parse errors with their line and column in plain
 * words, unknown filters, tags that would load other templates, errors of a dry run with a sample contact. Empty when
 * the template is valid.
 */
export function checkEmailTemplate(content: EmailContent): EmailTemplateIssue[] {
  return defaultEmailTemplateEngine().check(content);
}

function mergeScope(data: EmailMergeData): object {
  return { contact: data.contact, workspace: data.workspace, data: data.data ?? {} };
}

/** Liquid tags on lines of their own leave empty lines behind; more than one in a row is never intended. */
function normaliseText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\n[ \t]*\n(?:[ \t]*\n)+/g, '\n\n')
    .trim();
}

/** LiquidJS appends `, line:3, col:7` to its messages; we say where first, in words. */
const POSITION_SUFFIX = /, line:\d+, col:\d+$/;

/** LiquidJS's terse messages, reworded for the person who wrote the template. */
const REWORDINGS: [RegExp, (...groups: string[]) => string][] = [
  [/^undefined filter: (.+)$/, (name) => `unknown filter "${name}"`],
  [/^tag "(.+)" not found$/, (name) => `unknown tag "${name}"`],
  [/^tag (.+) not closed$/, (tag) => `${tag} is never closed`],
  [/^output (.+) not closed$/, (output) => `${output} is never closed (a "}}" is missing)`],
  [/^illegal tag: (.+)$/, (tag) => `${tag} is not a valid tag`],
  [/^unexpected token at "(.*)", expected "(.*)"$/, (at, expected) => `expected ${expected} at "${at}"`],
  [/^memory alloc limit exceeded$/, () => 'the template builds too much output (is a loop or range too large?)'],
  [/^template render limit exceeded$/, () => 'the template takes too long to render (is a loop too large?)'],
  [/^parse length limit exceeded$/, () => 'the template is too long'],
];

function describeLiquidError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  // A render error wraps the one thrown by a filter or a limit; its message is the useful part.
  const base = error.message.replace(POSITION_SUFFIX, '');
  let message = base;
  for (const [pattern, reword] of REWORDINGS) {
    const match = pattern.exec(base);
    if (match) {
      message = reword(...match.slice(1));
      break;
    }
  }
  const token = (error as { token?: { getPosition?: () => number[] } }).token;
  const position = typeof token?.getPosition === 'function' ? token.getPosition() : null;
  return position ? `line ${position[0]}, column ${position[1]}: ${message}` : message;
}
