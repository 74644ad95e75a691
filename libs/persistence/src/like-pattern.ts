/**
 * A LIKE/ILIKE pattern matching `text` anywhere, with the pattern's own characters (`%`, `_`, `\`) escaped: what a
 * person types into a search box is searched for as written, never as a wildcard.
 */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
