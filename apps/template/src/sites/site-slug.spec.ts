import { SITE_SLUG_MAX_LENGTH, SITE_SLUG_PATTERN } from '@mab/contracts';
import { slugCandidates, slugFromName } from './site-slug';

describe('site slugs', () => {
  it('folds accents and punctuation into a DNS-label slug, never empty', () => {
    expect(slugFromName('Bistro Lumière & Co.')).toBe('bistro-lumiere-co');
    expect(slugFromName('  Ünïcödé   Straße  ')).toBe('unicode-strasse');
    expect(slugFromName('Smørrebrød Œuvre')).toBe('smorrebrod-oeuvre');
    expect(slugFromName('!!!')).toBe('site');
    expect(slugFromName('日本のカフェ')).toBe('site');
    const long = slugFromName('a'.repeat(40) + ' ' + 'b'.repeat(40));
    expect(long.length).toBeLessThanOrEqual(SITE_SLUG_MAX_LENGTH - 8);
    expect(long).toMatch(SITE_SLUG_PATTERN);
  });

  it('offers the name, numbered variants, then a random suffix, all valid slugs', () => {
    const candidates = [...slugCandidates('bistro')];
    expect(candidates.slice(0, 3)).toEqual(['bistro', 'bistro-2', 'bistro-3']);
    expect(candidates).toHaveLength(21);
    expect(candidates.at(-1)).toMatch(/^bistro-[0-9a-f]{6}$/);
    for (const c of candidates) expect(c).toMatch(SITE_SLUG_PATTERN);
  });
});
