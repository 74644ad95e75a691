import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { CONTACT_TAGS_MAX } from '@mab/contracts';

/** E.164 when the number parses as a valid one (with the default country for national numbers); else as given. */
export function normalizePhone(phone: string, defaultCountry: string): string {
  const trimmed = phone.trim();
  try {
    const parsed = parsePhoneNumberFromString(trimmed, (defaultCountry || undefined) as CountryCode | undefined);
    if (parsed?.isValid()) return parsed.number;
  } catch {
    // Not a phone number libphonenumber understands: kept as written.
  }
  return trimmed;
}

/** Trimmed, without empties, one spelling per tag whatever its case (the first seen wins), at most 50. */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const tag of tags) {
    const trimmed = tag.trim();
    if (trimmed && !seen.has(trimmed.toLowerCase())) seen.set(trimmed.toLowerCase(), trimmed);
  }
  return [...seen.values()].slice(0, CONTACT_TAGS_MAX);
}

export function mergeTags(current: readonly string[], add: readonly string[] = [], remove: readonly string[] = []) {
  const removed = new Set(remove.map((t) => t.trim().toLowerCase()));
  return normalizeTags([...current, ...add]).filter((t) => !removed.has(t.toLowerCase()));
}

/** A known value is never wiped by an empty one: null, undefined and blank text count as "nothing to say". */
export const hasValue = (value: unknown): boolean =>
  value !== undefined && value !== null && !(typeof value === 'string' && value.trim() === '');

/** A display name from what a form or a request gave. */
export function displayName(input: { name?: string | null; first_name?: string | null; last_name?: string | null }) {
  if (hasValue(input.name)) return input.name!.trim();
  const parts = [input.first_name, input.last_name].filter(hasValue).map((p) => p!.trim());
  return parts.length ? parts.join(' ') : null;
}
