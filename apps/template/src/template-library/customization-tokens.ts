import { TEXT_CUSTOMIZATION_KEYS, type SiteCustomizations, type TextCustomizationKey } from '@mab/contracts';

const TOKEN = /\{\{\s*([a-z_]+)\s*\}\}/g;
const TEXT_KEYS = new Set<string>(TEXT_CUSTOMIZATION_KEYS);

/** The `{{key}}` tokens a text names, known or not (the library test refuses unknown ones). */
export function tokensIn(value: unknown, found = new Set<string>()): Set<string> {
  if (typeof value === 'string') for (const match of value.matchAll(TOKEN)) found.add(match[1]);
  else if (Array.isArray(value)) for (const item of value) tokensIn(item, found);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) tokensIn(item, found);
  return found;
}

/**
 * Replaces the customization tokens of a template's config with the person's values (or the template's defaults).
 * Plain string replacement, never a template engine: the values are data, escaped when the page is rendered.
 * A token whose value is missing becomes the empty string; an unknown token is left as written.
 */
export function fillTokens<T>(value: T, values: SiteCustomizations): T {
  if (typeof value === 'string') {
    return value.replace(TOKEN, (whole, key: string) =>
      TEXT_KEYS.has(key) ? (values[key as TextCustomizationKey] ?? '') : whole,
    ) as T;
  }
  if (Array.isArray(value)) return value.map((item: unknown) => fillTokens(item, values)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillTokens(v, values)])) as T;
  }
  return value;
}
