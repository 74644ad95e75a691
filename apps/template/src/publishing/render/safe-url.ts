/**
 * The only gate between a stored URL and an `href`/`src` of a published page. Configs are validated on write, but a
 * rendered page must stay safe even for rows written before a rule existed (or by a bug), so every URL is checked
 * again here and anything doubtful renders as no link at all.
 */

const MAX_URL_LENGTH = 2048;

/**
 * Whitespace and control characters anywhere in the value. Browsers strip tabs and newlines inside a URL
 * (`java\tscript:` runs), and leading spaces or controls before a scheme; a real http(s) URL has none of them.
 */
const WHITESPACE_OR_CONTROL = /[\u0000-\u0020\u007f-\u00a0\u1680\u2000-\u200f\u2028\u2029\u202f\u205f\u3000\ufeff]/;

/** Absolute http(s) with a host: rules out `//host` (scheme-relative), `/path`, `https:host` and backslash tricks. */
const ABSOLUTE_HTTP = /^https?:\/\/[^/\\?#@]/i;

/** Returns the URL when it is an absolute http: or https: URL a visitor can safely follow or load; '' otherwise. */
export function safeUrl(value: unknown): string {
  if (typeof value !== 'string' || value.length > MAX_URL_LENGTH) return '';
  if (WHITESPACE_OR_CONTROL.test(value) || value.includes('\\') || !ABSOLUTE_HTTP.test(value)) return '';
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    return '';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return '';
  // `https://bank.example@evil.example` reads as the bank and goes to the other host: no site needs credentials.
  if (!parsed.hostname || parsed.username || parsed.password) return '';
  return value;
}

/** Characters that would change what a mailto: link does (extra headers, a body) or break out of its address. */
const EMAIL =
  /^[^\s@<>"'()\\,;:?&#%/[\]]{1,64}@[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)+$/;

/** `mailto:` for a plain email address, built by the renderer itself; '' when the value is not one. */
export function mailtoUrl(value: unknown): string {
  if (typeof value !== 'string' || value.length > 254 || !EMAIL.test(value)) return '';
  return `mailto:${value}`;
}

/** The phone pattern of SiteCustomizations: digits, spaces and the usual punctuation. */
const PHONE = /^[+0-9 ().\-/]{3,40}$/;

/** `tel:` with only the leading `+` and the digits of a phone number; '' when the value is not one. */
export function telUrl(value: unknown): string {
  if (typeof value !== 'string' || !PHONE.test(value)) return '';
  const digits = value.replace(/[^0-9]/g, '');
  if (digits.length < 3) return '';
  return `tel:${value.trim().startsWith('+') ? '+' : ''}${digits}`;
}
