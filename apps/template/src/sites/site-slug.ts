import { randomBytes } from 'node:crypto';
import { SITE_SLUG_MAX_LENGTH } from '@mab/contracts';

/** Latin letters that Unicode decomposition does not fold to ASCII. */
const LATIN_LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  þ: 'th',
  ı: 'i',
};

/** A URL name from a site name: `Bistro Lumière & Co` → `bistro-lumiere-co` (accents folded, never empty). */
export function slugFromName(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[ßæœøđðłþı]/g, (c) => LATIN_LETTERS[c])
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    // Room for a "-99" or random suffix within the 63 characters of a DNS label.
    .slice(0, SITE_SLUG_MAX_LENGTH - 8)
    .replace(/-+$/, '');
  return slug || 'site';
}

/** The slugs to try for a name, in order: `name`, `name-2` … `name-20`, then one with a random suffix. */
export function* slugCandidates(base: string): Generator<string> {
  yield base;
  for (let n = 2; n <= 20; n++) yield `${base}-${n}`;
  yield `${base}-${randomBytes(3).toString('hex')}`;
}
