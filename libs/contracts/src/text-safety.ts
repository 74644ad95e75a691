/**
 * Strings that PostgreSQL refuses (NUL), that are not Unicode at all (a lone UTF-16 surrogate: `text` columns and
 * many libraries throw on them), and invisible control characters that have no business in a name or a title.
 * Checked at validation, so such input answers 400 instead of failing deep inside a service.
 */

const NUL = /\u0000/;
/** A high surrogate not followed by a low one, or a low surrogate not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/**
 * C0 controls but tab and line feed, DEL and C1 controls: invisible characters that corrupt how a name or a title
 * shows. Tab and line feed pass, since pasted values carry them and they do no harm.
 */
const SINGLE_LINE_CONTROL = /[\u0001-\u0008\u000B-\u001F\u007F-\u009F]/;
/** Multi-line text (messages, descriptions) also takes carriage returns (CRLF line breaks). */
const MULTI_LINE_CONTROL = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** Cheap prefilter: most strings contain neither NUL nor any surrogate at all. */
const SUSPECT = /[\u0000\uD800-\uDFFF]/;

/**
 * Why `value` cannot be stored as text (PostgreSQL refuses NUL in `text` and `jsonb`; a lone surrogate is not Unicode
 * and `jsonb` refuses its escape): every reason, empty when it can. The gateway checks every string of every request
 * with this; the field decorators check typed fields with it again.
 */
export function unstorableTextReasons(value: string): string[] {
  if (!SUSPECT.test(value)) return [];
  const reasons: string[] = [];
  if (NUL.test(value)) reasons.push('must not contain NUL characters (U+0000)');
  if (LONE_SURROGATE.test(value)) reasons.push('must not contain unpaired UTF-16 surrogates (U+D800-U+DFFF)');
  return reasons;
}

export function unstorableTextReason(value: string): string | null {
  return unstorableTextReasons(value)[0] ?? null;
}

/** Why `value` is not acceptable text for a field, or null when it is. */
export function unsafeTextReason(value: string, multiline: boolean): string | null {
  const unstorable = unstorableTextReason(value);
  if (unstorable) return unstorable;
  if ((multiline ? MULTI_LINE_CONTROL : SINGLE_LINE_CONTROL).test(value)) {
    return multiline
      ? 'must not contain control characters other than tab and line breaks'
      : 'must not contain control characters other than tab and line feed';
  }
  return null;
}
