/** Most words of a search that count; the rest are ignored (a search box, not a document). */
const MAX_WORDS = 8;

/**
 * A PostgreSQL tsquery text from what a person typed: every word must match, each as a prefix (`accou` finds
 * "accounting"), stemmed by the english configuration. Only letters and digits reach the query, so its syntax
 * (`&`, `|`, `!`, `:`) cannot be injected. Null when nothing searchable is left.
 */
export function prefixTsQuery(text: string): string | null {
  const words = (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_WORDS);
  return words.length ? words.map((word) => `${word}:*`).join(' & ') : null;
}

/** Offset cursors: the library is small (tens of templates) and ordered by rank, which a keyset cannot follow. */
export function encodeOffsetCursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}

export function decodeOffsetCursor(cursor: string): number | null {
  const match = /^o:(\d{1,6})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  return match ? Number(match[1]) : null;
}
