/**
 * Prices are free text in a config (`19`, `19.90`, `Free`, `on request`): a plain number is shown in the currency's
 * local form (`$19`, `19 €` in French), anything else as written. Formatters are costly to build and a published
 * page uses one or two, so they are kept per language and currency.
 */

const PLAIN_NUMBER = /^\d{1,9}(?:[.,]\d{1,2})?$/;
const formatters = new Map<string, Intl.NumberFormat | null>();
const MAX_FORMATTERS = 200;

function formatter(language: string, currency: string): Intl.NumberFormat | null {
  const key = `${language}|${currency}`;
  let cached = formatters.get(key);
  if (cached === undefined) {
    try {
      cached = new Intl.NumberFormat(language, {
        style: 'currency',
        currency,
        trailingZeroDisplay: 'stripIfInteger',
      });
    } catch {
      // A language or currency this runtime does not know: the price is shown as written.
      cached = null;
    }
    if (formatters.size >= MAX_FORMATTERS) formatters.clear();
    formatters.set(key, cached);
  }
  return cached;
}

export function formatPrice(price: string, currency: string, language: string): string {
  const trimmed = price.trim();
  if (!currency || !PLAIN_NUMBER.test(trimmed)) return price;
  const format = formatter(language, currency);
  return format ? format.format(Number(trimmed.replace(',', '.'))) : price;
}
