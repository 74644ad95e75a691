/**
 * Post-processing of a rendered email's HTML before it is sent: click-tracking links, the open pixel and the
 * compliance footer. The send pipeline applies them in this order:
 *
 *   render → appendComplianceFooter → rewriteLinks → appendOpenPixel
 *
 * so the footer's unsubscribe link exists (and is skipped) when links are rewritten, and the pixel is the very last
 * element (after the footer). Everything goes through a real HTML parser: regexes over HTML miss unquoted or
 * upper-case attributes, `>` inside attribute values and links inside comments.
 */
import { type HTMLElement, parse } from 'node-html-parser';
import type { RenderedEmail } from './email-template-engine';

/** Marks the unsubscribe link: it must reach the recipient untouched (never through the click redirect). */
export const UNSUBSCRIBE_ATTRIBUTE = 'data-mab-unsubscribe';
/** Marks the compliance footer, so appending it twice is a no-op. */
export const FOOTER_ATTRIBUTE = 'data-mab-footer';
/** Lets a template author opt a single link out of click tracking (e.g. a link to a page that dislikes redirects). */
export const NO_TRACK_ATTRIBUTE = 'data-mab-no-track';

const PARSE_OPTIONS = {
  // Keep comments: Outlook's conditional comments (`<!--[if mso]>…<![endif]-->`) carry the layout for Outlook.
  comment: true,
  // The content of these is kept byte for byte (CSS media queries, preformatted text), never parsed as markup.
  blockTextElements: { script: true, noscript: true, style: true, pre: true },
};

const MAX_URL_LENGTH = 2048;

/**
 * Whitespace and control characters anywhere in the value. Browsers strip tabs and newlines inside a URL
 * (`java\tscript:` runs), and leading spaces or controls before a scheme; a real http(s) URL has none of them.
 */
const WHITESPACE_OR_CONTROL = /[\u0000-\u0020\u007f-\u00a0\u1680\u2000-\u200f\u2028\u2029\u202f\u205f\u3000\ufeff]/;

/** Absolute http(s) with a host: rules out `//host` (scheme-relative), `/path`, `https:host` and backslash tricks. */
const ABSOLUTE_HTTP = /^https?:\/\/[^/\\?#@]/i;

/**
 * Whether a value is an absolute http: or https: URL that a recipient can safely follow or load (the same rules as the
 * template service's `safe_url`). Used for link rewriting, the pixel, the unsubscribe URL and the `safe_url` filter.
 */
export function isSafeHttpUrl(url: unknown): url is string {
  if (typeof url !== 'string' || url.length > MAX_URL_LENGTH) return false;
  if (WHITESPACE_OR_CONTROL.test(url) || url.includes('\\') || !ABSOLUTE_HTTP.test(url)) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  // `https://bank.example@evil.example` reads as the bank and goes to the other host: no email link needs credentials.
  return parsed.hostname !== '' && parsed.username === '' && parsed.password === '';
}

/** Escapes text for an HTML text node or a double-quoted attribute value. */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * Replaces the URL of every trackable link with `rewrite(url, index)`; `index` counts the trackable links in document
 * order from 0, so a click can name the link it came from. `null` (or the same URL) keeps a link as it is.
 *
 * Never rewritten: `mailto:`, `tel:`, `#anchors` and anything else that is not an absolute http(s) URL, the
 * unsubscribe link (`data-mab-unsubscribe`, RFC 8058 wants it reachable without a redirect) and links marked
 * `data-mab-no-track`. When nothing changes the input is returned as it is, untouched by the parser.
 */
export function rewriteLinks(html: string, rewrite: (url: string, index: number) => string | null): string {
  const root = parse(html, PARSE_OPTIONS);
  let index = 0;
  let changed = false;
  for (const anchor of root.querySelectorAll('a')) {
    if (anchor.hasAttribute(UNSUBSCRIBE_ATTRIBUTE) || anchor.hasAttribute(NO_TRACK_ATTRIBUTE)) continue;
    // getAttribute decodes entities: `?a=1&amp;b=2` in the markup is the URL `?a=1&b=2`.
    const url = anchor.getAttribute('href')?.trim();
    if (url === undefined || !isSafeHttpUrl(url)) continue;
    const replacement = rewrite(url, index++);
    if (replacement === null || replacement === url) continue;
    // The callback builds our own redirect URLs; anything else would put an arbitrary scheme into the email.
    if (!isSafeHttpUrl(replacement)) throw new TypeError(`rewriteLinks: ${JSON.stringify(replacement)} is not http(s)`);
    // setAttribute stores the value as raw markup (it only quotes `"`), so it gets the escaped form.
    anchor.setAttribute('href', escapeHtml(replacement));
    changed = true;
  }
  return changed ? root.toString() : html;
}

/**
 * Appends the open-tracking pixel at the end of `<body>` (or of the document when it is a fragment). Empty alt text
 * so clients that block images show nothing, and `display:block` so it adds no line box under the content.
 */
export function appendOpenPixel(html: string, pixelUrl: string): string {
  if (!isSafeHttpUrl(pixelUrl)) throw new TypeError('appendOpenPixel: the pixel URL must be an absolute http(s) URL');
  const pixel = `<img src="${escapeHtml(pixelUrl)}" width="1" height="1" alt="" style="display:block;border:0">`;
  const root = parse(html, PARSE_OPTIONS);
  insertAtEnd(root, pixel);
  return root.toString();
}

export interface ComplianceFooter {
  /** The signed one-click unsubscribe URL (the same one as in the List-Unsubscribe header). */
  unsubscribeUrl: string;
  workspaceName: string;
  postalAddress: string | null;
}

const FOOTER_FONT = "font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Helvetica,Arial,sans-serif";

/**
 * Adds the footer every marketing email must carry (CAN-SPAM, RFC 8058's visible counterpart): who sends it, their
 * postal address, and an unsubscribe link. In the HTML it is marked `data-mab-footer`, in the text it is recognised by
 * its unsubscribe URL, so calling this twice (a retried send) never adds a second footer.
 */
export function appendComplianceFooter(email: RenderedEmail, footer: ComplianceFooter): RenderedEmail {
  if (!isSafeHttpUrl(footer.unsubscribeUrl)) {
    throw new TypeError('appendComplianceFooter: the unsubscribe URL must be an absolute http(s) URL');
  }
  const name = footer.workspaceName.trim();
  const addressLines = (footer.postalAddress ?? '')
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');

  const root = parse(email.html, PARSE_OPTIONS);
  let html = email.html;
  if (root.querySelector(`[${FOOTER_ATTRIBUTE}]`) === null) {
    insertAtEnd(root, footerHtml(name, addressLines, footer.unsubscribeUrl));
    html = root.toString();
  }

  let text = email.text;
  if (!text.includes(footer.unsubscribeUrl)) {
    const lines = [
      `You are receiving this email from ${name}.`,
      ...addressLines,
      '',
      `Unsubscribe: ${footer.unsubscribeUrl}`,
    ];
    text = `${text.trimEnd()}\n\n---\n${lines.join('\n')}\n`;
  }
  return { ...email, html, text };
}

function footerHtml(name: string, addressLines: string[], unsubscribeUrl: string): string {
  const cell = `${FOOTER_FONT};font-size:12px;line-height:18px;color:#6b7280;text-align:center`;
  const address = addressLines.length
    ? `<p style="margin:0 0 8px">${addressLines.map(escapeHtml).join('<br>')}</p>`
    : '';
  // A table, not a div: Outlook ignores padding and width on divs.
  return (
    `<table role="presentation" ${FOOTER_ATTRIBUTE} width="100%" cellpadding="0" cellspacing="0" border="0">` +
    `<tr><td align="center" style="padding:24px 16px 32px;${cell}">` +
    `<p style="margin:0 0 8px">You are receiving this email from ${escapeHtml(name)}.</p>` +
    address +
    `<p style="margin:0"><a href="${escapeHtml(unsubscribeUrl)}" ${UNSUBSCRIBE_ATTRIBUTE} ` +
    `style="color:#6b7280;text-decoration:underline">Unsubscribe</a> from these emails.</p>` +
    `</td></tr></table>`
  );
}

/** Inside `<body>` when there is one, else inside `<html>`, else at the end of the fragment. */
function insertAtEnd(root: HTMLElement, markup: string): void {
  const target = root.querySelector('body') ?? root.querySelector('html') ?? root;
  target.insertAdjacentHTML('beforeend', markup);
}
