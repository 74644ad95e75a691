import type { FontStyle, SiteCustomizations } from '@mab/contracts';

/**
 * The theme of a page as CSS custom properties. Colors are checked again here (not only at validation) because they
 * are written into the `<style>` element, where an unchecked value could close a rule and add its own; everything
 * derived from them (readable text colors, tints) is computed from the checked value, never from the input.
 */

const HEX_COLOR = /^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;

export const DEFAULT_PRIMARY = '#4f46e5';
export const DEFAULT_SECONDARY = '#f59e0b';
const WHITE = '#ffffff';
const INK = '#111827';

/** System font stacks only: a published page loads no external font (privacy, speed, CSP `default-src 'none'`). */
const FONT_STACKS: Record<FontStyle, string> = {
  sans: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  serif: 'Charter, "Bitstream Charter", "Sitka Text", Cambria, Georgia, "Times New Roman", serif',
  rounded:
    'ui-rounded, "SF Pro Rounded", "Hiragino Maru Gothic ProN", Quicksand, Comfortaa, Manjari, "Arial Rounded MT", Calibri, system-ui, sans-serif',
  mono: 'ui-monospace, "Cascadia Code", "Source Code Pro", Menlo, Consolas, "DejaVu Sans Mono", monospace',
};

/** The color when it is a hex color, lower-cased and expanded to six digits; the fallback otherwise. */
export function safeColor(value: unknown, fallback: string): string {
  if (typeof value !== 'string' || !HEX_COLOR.test(value)) return fallback;
  const hex = value.toLowerCase();
  return hex.length === 4 ? `#${hex[1]}${hex[1]}${hex[2]}${hex[2]}${hex[3]}${hex[3]}` : hex;
}

export function fontStyleOf(value: unknown): FontStyle {
  return typeof value === 'string' && Object.hasOwn(FONT_STACKS, value) ? (value as FontStyle) : 'sans';
}

type Rgb = [number, number, number];

function rgb(hex: string): Rgb {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
}

function hexOf([r, g, b]: Rgb): string {
  return `#${[r, g, b]
    .map((v) =>
      Math.round(Math.min(255, Math.max(0, v)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** `weight` of `a` and the rest of `b`, channel by channel. */
export function mix(a: string, b: string, weight: number): string {
  const [x, y] = [rgb(a), rgb(b)];
  return hexOf([0, 1, 2].map((i) => x[i] * weight + y[i] * (1 - weight)) as Rgb);
}

/** WCAG relative luminance. */
function luminance(hex: string): number {
  const [r, g, b] = rgb(hex).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1 + 0.05) / (l2 + 0.05);
}

/** White or near-black, whichever reads better on `background` (button labels on the brand colors). */
export function textOn(background: string): string {
  return contrast(background, WHITE) >= contrast(background, INK) ? WHITE : INK;
}

/**
 * The color, darkened just enough to reach `ratio` against `against`: a pale brand color (yellow, mint) still gives
 * links and accents that pass WCAG AA on a white page.
 */
export function darkenUntil(color: string, against: string, ratio: number): string {
  let current = color;
  for (let step = 1; step <= 20 && contrast(current, against) < ratio; step++)
    current = mix(color, '#000000', 1 - step * 0.05);
  return current;
}

export interface Theme {
  primary: string;
  secondary: string;
  font: FontStyle;
}

export function themeOf(customizations: SiteCustomizations | null | undefined): Theme {
  return {
    primary: safeColor(customizations?.primary_color, DEFAULT_PRIMARY),
    secondary: safeColor(customizations?.secondary_color, DEFAULT_SECONDARY),
    font: fontStyleOf(customizations?.font_style),
  };
}

/** The `:root` rule of a theme. Only checked colors and constant font stacks get in. */
export function themeCss(theme: Theme): string {
  const primary = safeColor(theme.primary, DEFAULT_PRIMARY);
  const secondary = safeColor(theme.secondary, DEFAULT_SECONDARY);
  const font = FONT_STACKS[fontStyleOf(theme.font)];
  // A deep shade of the brand for dark bands (dark hero, stats), dark enough for white text, fading into a darker one.
  const deep = darkenUntil(mix(primary, '#0b1020', 0.85), WHITE, 5.5);
  const vars: [string, string][] = [
    ['--c-primary', primary],
    ['--c-on-primary', textOn(primary)],
    ['--c-primary-ink', darkenUntil(primary, WHITE, 4.5)],
    ['--c-primary-soft', mix(primary, WHITE, 0.1)],
    ['--c-primary-softer', mix(primary, WHITE, 0.05)],
    ['--c-primary-deep', deep],
    ['--c-primary-deep-2', mix(deep, '#0b1020', 0.45)],
    ['--c-primary-light', mix(primary, WHITE, 0.55)],
    ['--c-secondary', secondary],
    ['--c-on-secondary', textOn(secondary)],
    ['--c-secondary-ink', darkenUntil(secondary, WHITE, 4.5)],
    ['--c-secondary-soft', mix(secondary, WHITE, 0.14)],
    ['--font', font],
  ];
  return `:root{${vars.map(([name, value]) => `${name}:${value}`).join(';')}}`;
}
