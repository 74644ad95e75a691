import type { TemplateSeed } from '../../template-library/template-seed';
import { DEFAULT_PRIMARY, DEFAULT_SECONDARY, darkenUntil, mix, safeColor, textOn } from './theme';

/**
 * A template's picture for the gallery: a small wireframe of its home page, drawn from the page's own component
 * sequence in the template's colors. Pure SVG, no text but the (escaped) title, no external reference, and
 * deterministic: the same template always gives the same bytes (so it can be cached and compared).
 */

const WIDTH = 400;
const HEIGHT = 300;
const CONTENT_TOP = 40;
const MAX_BLOCKS = 8;
const INK = '#0f172a';
const LINE = '#e2e8f0';
const BAR = '#cbd5e1';
const BAR_DARK = '#94a3b8';

interface Palette {
  primary: string;
  secondary: string;
  tint: string;
  deep: string;
  onPrimary: string;
}

type Config = Record<string, unknown>;
type Draw = (y: number, h: number, config: Config, p: Palette) => string;

const n = (value: number) => String(Math.round(value * 10) / 10);
const rect = (x: number, y: number, w: number, h: number, fill: string, extra = '') =>
  `<rect x="${n(x)}" y="${n(y)}" width="${n(Math.max(0, w))}" height="${n(Math.max(0, h))}" fill="${fill}"${extra}/>`;
const rounded = (x: number, y: number, w: number, h: number, fill: string, r = 3, extra = '') =>
  rect(x, y, w, h, fill, ` rx="${n(Math.min(r, h / 2, w / 2))}"${extra}`);
const circle = (cx: number, cy: number, r: number, fill: string, extra = '') =>
  `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(Math.max(0, r))}" fill="${fill}"${extra}/>`;

function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const listLength = (value: unknown, fallback: number, max: number) =>
  Array.isArray(value) && value.length > 0 ? Math.min(value.length, max) : fallback;

/** `count` equal columns across the content width, `gap` apart, each drawn by `cell`. */
function columns(count: number, gap: number, cell: (x: number, w: number, i: number) => string, margin = 28): string {
  const w = (WIDTH - margin * 2 - gap * (count - 1)) / count;
  return Array.from({ length: count }, (_, i) => cell(margin + i * (w + gap), w, i)).join('');
}

/** A heading bar centered over a block (most sections open with one). */
const headingBar = (y: number, w = 110, fill = INK) => rounded((WIDTH - w) / 2, y, w, 7, fill);

const hero: Draw = (y, h, config, p) => {
  const dark = config.theme === 'dark' || (config.theme !== 'light' && config.background_image !== undefined);
  const left = config.alignment === 'left';
  const fg = dark ? p.onPrimary : INK;
  const bg = dark ? p.primary : p.tint;
  const x = (w: number) => (left ? 36 : (WIDTH - w) / 2);
  const top = y + h * 0.26;
  return [
    rect(0, y, WIDTH, h, bg),
    rounded(x(230), top, 230, h * 0.11, fg, 4),
    rounded(x(170), top + h * 0.17, 170, h * 0.11, fg, 4),
    rounded(x(200), top + h * 0.37, 200, h * 0.05, fg, 2, ' opacity=".6"'),
    rounded(x(78), top + h * 0.5, 78, h * 0.14, dark ? p.secondary : p.primary, 5),
  ].join('');
};

const features: Draw = (y, h, config, p) => {
  const items = listLength(config.items, 3, 12);
  const count = typeof config.columns === 'number' ? Math.min(4, Math.max(2, config.columns)) : Math.min(3, items);
  return (
    headingBar(y + h * 0.1) +
    columns(Math.max(2, count), 10, (x, w) =>
      [
        rounded(x, y + h * 0.3, w, h * 0.6, '#ffffff', 5, ` stroke="${LINE}"`),
        circle(x + 14, y + h * 0.3 + 14, 7, p.tint, ` stroke="${p.primary}"`),
        rounded(x + 10, y + h * 0.62, w * 0.6, 5, INK),
        rounded(x + 10, y + h * 0.74, w * 0.8, 4, BAR),
      ].join(''),
    )
  );
};

const pricing: Draw = (y, h, config, p) => {
  const plans = Array.isArray(config.plans) ? config.plans.slice(0, 4) : [];
  const count = Math.max(1, plans.length || 3);
  const flagged = plans.findIndex((plan) => typeof plan === 'object' && plan !== null && plan.highlighted === true);
  const highlighted = flagged >= 0 ? flagged : Math.floor((count - 1) / 2);
  const margin = count === 1 ? 140 : count === 2 ? 90 : 40;
  return (
    headingBar(y + h * 0.08) +
    columns(
      count,
      10,
      (x, w, i) => {
        const on = i === highlighted;
        const top = y + h * (on ? 0.22 : 0.28);
        const bottom = y + h * 0.94;
        return [
          rounded(
            x,
            top,
            w,
            bottom - top,
            '#ffffff',
            5,
            ` stroke="${on ? p.primary : LINE}" stroke-width="${on ? 2 : 1}"`,
          ),
          rounded(x + 10, top + 10, w * 0.4, 5, BAR_DARK),
          rounded(x + 10, top + 22, w * 0.5, 10, INK),
          rounded(x + 10, top + 40, w * 0.7, 3, BAR),
          rounded(x + 10, top + 48, w * 0.6, 3, BAR),
          rounded(x + 10, bottom - 18, w - 20, 10, on ? p.primary : '#ffffff', 4, on ? '' : ` stroke="${p.primary}"`),
        ].join('');
      },
      margin,
    )
  );
};

const testimonials: Draw = (y, h, config, p) => {
  const count = listLength(config.items, 2, 3);
  return (
    headingBar(y + h * 0.1) +
    columns(count, 12, (x, w) =>
      [
        rounded(x, y + h * 0.3, w, h * 0.6, '#ffffff', 5, ` stroke="${LINE}"`),
        rounded(x + 10, y + h * 0.38, 10, 8, p.primary, 2),
        rounded(x + 10, y + h * 0.56, w * 0.8, 4, BAR),
        rounded(x + 10, y + h * 0.66, w * 0.6, 4, BAR),
        circle(x + 16, y + h * 0.8, 5, p.tint, ` stroke="${p.primary}"`),
        rounded(x + 26, y + h * 0.78, w * 0.3, 4, INK),
      ].join(''),
    )
  );
};

/** Forms: the heading on the left, a card with one bar per field and the submit button in the secondary color. */
const form: Draw = (y, h, config, p) => {
  const fields = listLength(config.fields, 3, 4);
  const cardX = 200;
  const cardW = WIDTH - cardX - 28;
  const rowH = (h * 0.78 - 26) / fields;
  const parts = [
    rounded(28, y + h * 0.2, 130, 8, INK),
    rounded(28, y + h * 0.2 + 16, 110, 4, BAR),
    rounded(28, y + h * 0.2 + 26, 90, 4, BAR),
    rounded(cardX, y + h * 0.1, cardW, h * 0.84, '#ffffff', 6, ` stroke="${LINE}"`),
  ];
  for (let i = 0; i < fields; i++) {
    const rowY = y + h * 0.1 + 8 + i * rowH;
    parts.push(rounded(cardX + 10, rowY, 40, 3, BAR_DARK, 1));
    parts.push(rounded(cardX + 10, rowY + 6, cardW - 20, Math.max(4, rowH - 12), '#ffffff', 3, ` stroke="${BAR}"`));
  }
  parts.push(rounded(cardX + 10, y + h * 0.94 - 16, 60, 10, p.secondary, 4));
  return parts.join('');
};

const newsletter: Draw = (y, h, _config, p) =>
  [
    rect(0, y, WIDTH, h, p.tint),
    headingBar(y + h * 0.2, 120),
    rounded(110, y + h * 0.52, 130, h * 0.26, '#ffffff', 4, ` stroke="${BAR}"`),
    rounded(246, y + h * 0.52, 44, h * 0.26, p.secondary, 4),
  ].join('');

const cta: Draw = (y, h, config, p) => {
  const fill = config.style === 'secondary' ? p.secondary : p.primary;
  const w = config.size === 'small' ? 70 : config.size === 'large' ? 120 : 96;
  return config.style === 'outline'
    ? rounded((WIDTH - w) / 2, y + h * 0.25, w, h * 0.5, '#ffffff', 8, ` stroke="${p.primary}" stroke-width="2"`)
    : rounded((WIDTH - w) / 2, y + h * 0.25, w, h * 0.5, fill, 8);
};

const faq: Draw = (y, h, config, p) => {
  const rows = listLength(config.items, 3, 4);
  const rowH = (h * 0.72) / rows;
  const parts = [headingBar(y + h * 0.08, 80)];
  for (let i = 0; i < rows; i++) {
    const rowY = y + h * 0.24 + i * rowH;
    parts.push(rounded(80, rowY + rowH * 0.35, 170, 5, INK));
    parts.push(circle(316, rowY + rowH * 0.45, 4, p.tint, ` stroke="${p.primary}"`));
    parts.push(rect(80, rowY + rowH - 1, 240, 1, LINE));
  }
  return parts.join('');
};

const gallery: Draw = (y, h, config, p) => {
  const cols = typeof config.columns === 'number' ? Math.min(5, Math.max(2, config.columns)) : 3;
  const rows = listLength(config.images, cols, 40) > cols ? 2 : 1;
  const tileH = (h * 0.84 - (rows - 1) * 8) / rows;
  const shades = [p.tint, mix(p.primary, '#ffffff', 0.3), mix(p.secondary, '#ffffff', 0.3)];
  let out = '';
  for (let r = 0; r < rows; r++) {
    out += columns(cols, 8, (x, w, i) => {
      const ty = y + h * 0.08 + r * (tileH + 8);
      return (
        rounded(x, ty, w, tileH, shades[(i + r) % shades.length], 4) +
        `<path d="M${n(x + w * 0.15)} ${n(ty + tileH * 0.8)}l${n(w * 0.25)} ${n(-tileH * 0.35)} ${n(w * 0.2)} ${n(tileH * 0.2)} ${n(w * 0.15)} ${n(-tileH * 0.12)} ${n(w * 0.15)} ${n(tileH * 0.27)}z" fill="#ffffff" opacity=".7"/>`
      );
    });
  }
  return out;
};

const team: Draw = (y, h, config, p) => {
  const count = listLength(config.members, 3, 4);
  return (
    headingBar(y + h * 0.08) +
    columns(count, 12, (x, w) =>
      [
        circle(x + w / 2, y + h * 0.45, Math.min(16, h * 0.17), p.tint, ` stroke="${p.primary}" stroke-width="2"`),
        rounded(x + w * 0.25, y + h * 0.7, w * 0.5, 5, INK),
        rounded(x + w * 0.32, y + h * 0.8, w * 0.36, 4, p.primary),
      ].join(''),
    )
  );
};

const stats: Draw = (y, h, config, p) => {
  const count = listLength(config.items, 3, 4);
  return (
    rect(0, y, WIDTH, h, p.deep) +
    columns(count, 16, (x, w) =>
      [
        rounded(x + w * 0.2, y + h * 0.28, w * 0.6, h * 0.22, '#ffffff', 3),
        rounded(x + w * 0.28, y + h * 0.62, w * 0.44, 4, '#ffffff', 2, ' opacity=".6"'),
      ].join(''),
    )
  );
};

const logos: Draw = (y, h, config) => {
  const count = listLength(config.logos, 5, 6);
  return (
    rounded(160, y + h * 0.15, 80, 4, BAR_DARK) +
    columns(count, 14, (x, w) => rounded(x, y + h * 0.45, w, h * 0.3, BAR, 4), 40)
  );
};

const menu: Draw = (y, h, _config, p) => {
  const parts = [headingBar(y + h * 0.06, 90)];
  for (const x of [40, 216]) {
    parts.push(rect(x, y + h * 0.24, 144, 2, p.primary));
    for (let i = 0; i < 4; i++) {
      const rowY = y + h * 0.34 + i * h * 0.16;
      parts.push(rounded(x, rowY, 54, 5, INK));
      parts.push(`<path d="M${x + 60} ${n(rowY + 4)}h62" stroke="${BAR_DARK}" stroke-dasharray="1 3"/>`);
      parts.push(rounded(x + 126, rowY, 18, 5, p.primary));
    }
  }
  return parts.join('');
};

const schedule: Draw = (y, h, config, p) => {
  const sessions = Math.min(
    4,
    Array.isArray(config.days) && typeof config.days[0] === 'object' && config.days[0] !== null
      ? listLength((config.days[0] as Config).sessions, 3, 4)
      : 3,
  );
  const parts = [rounded(100, y + h * 0.08, 60, 10, p.primary, 5), rect(110, y + h * 0.26, 2, h * 0.66, LINE)];
  for (let i = 0; i < sessions; i++) {
    const rowY = y + h * 0.3 + (i * h * 0.6) / sessions;
    parts.push(circle(111, rowY + 3, 4, '#ffffff', ` stroke="${p.primary}" stroke-width="2"`));
    parts.push(rounded(124, rowY, 28, 5, p.primary));
    parts.push(rounded(160, rowY, 120, 5, INK));
    parts.push(rounded(160, rowY + 9, 80, 3, BAR));
  }
  return parts.join('');
};

const footer: Draw = (y, h) =>
  [
    rect(0, y, WIDTH, h, INK),
    rounded(28, y + h * 0.3, 70, 6, '#ffffff'),
    rounded(28, y + h * 0.55, 100, 3, '#475569'),
    ...[200, 260, 320].flatMap((x) => [
      rounded(x, y + h * 0.3, 40, 4, '#64748b'),
      rounded(x, y + h * 0.5, 48, 3, '#475569'),
      rounded(x, y + h * 0.64, 36, 3, '#475569'),
    ]),
  ].join('');

/** How each type is drawn and its height before scaling to the canvas. */
const BLOCKS: Record<string, { height: number; draw: Draw }> = {
  hero: { height: 110, draw: hero },
  features: { height: 74, draw: features },
  pricing_table: { height: 96, draw: pricing },
  testimonials: { height: 68, draw: testimonials },
  contact_form: { height: 84, draw: form },
  newsletter_signup: { height: 48, draw: newsletter },
  booking_form: { height: 84, draw: form },
  cta_button: { height: 30, draw: cta },
  faq: { height: 60, draw: faq },
  gallery: { height: 70, draw: gallery },
  team: { height: 66, draw: team },
  stats: { height: 44, draw: stats },
  logo_cloud: { height: 36, draw: logos },
  menu: { height: 80, draw: menu },
  schedule: { height: 76, draw: schedule },
  footer: { height: 40, draw: footer },
};

export function renderTemplateThumbnail(template: TemplateSeed): string {
  const primary = safeColor(template.defaults?.primary_color, DEFAULT_PRIMARY);
  const secondary = safeColor(template.defaults?.secondary_color, DEFAULT_SECONDARY);
  const palette: Palette = {
    primary,
    secondary,
    tint: mix(primary, '#ffffff', 0.12),
    deep: darkenUntil(mix(primary, '#0b1020', 0.45), '#ffffff', 7),
    onPrimary: textOn(primary),
  };
  const pages = Array.isArray(template.pages) ? template.pages : [];
  const home = pages.find((page) => page?.path === '/') ?? pages[0];
  const components = (Array.isArray(home?.components) ? home.components : []).filter(
    (component) => component && Object.hasOwn(BLOCKS, component.type),
  );
  // Footers belong at the bottom of the picture, as on the page; past the first few blocks a picture this small only
  // gets slivers, so a long page shows its top.
  const footer = components.find((c) => c.type === 'footer');
  const ordered = [...components.filter((c) => c.type !== 'footer').slice(0, footer ? MAX_BLOCKS - 1 : MAX_BLOCKS)];
  if (footer) ordered.push(footer);
  const total = ordered.reduce((sum, c) => sum + BLOCKS[c.type].height, 0);
  const scale = total > HEIGHT - CONTENT_TOP ? (HEIGHT - CONTENT_TOP) / total : 1;

  // Each block is clipped to its band, so a squeezed block never draws over its neighbours. Ids carry the slug: the
  // gallery may inline several thumbnails in one document.
  const prefix = `tt-${String(template.slug ?? '').replace(/[^a-z0-9-]/g, '')}`;
  let y = CONTENT_TOP;
  const clips: string[] = [];
  const blocks = ordered.map((component, i) => {
    const h = BLOCKS[component.type].height * scale;
    const config = component.config && typeof component.config === 'object' ? component.config : {};
    clips.push(`<clipPath id="${prefix}-${i}">${rect(0, y, WIDTH, h, '#fff')}</clipPath>`);
    const svg = `<g clip-path="url(#${prefix}-${i})">${BLOCKS[component.type].draw(y, h, config, palette)}</g>`;
    y += h;
    return svg;
  });

  const chrome = [
    rect(0, 0, WIDTH, HEIGHT, '#ffffff'),
    rect(0, 0, WIDTH, 16, '#f1f5f9'),
    circle(10, 8, 3, '#f87171'),
    circle(20, 8, 3, '#fbbf24'),
    circle(30, 8, 3, '#34d399'),
    rect(0, 16, WIDTH, 24, '#ffffff'),
    rect(0, 39, WIDTH, 1, LINE),
    rounded(16, 23, 10, 10, primary, 3),
    rounded(32, 25, 54, 6, INK),
    ...Array.from({ length: Math.min(4, Math.max(1, pages.length)) }, (_, i) =>
      rounded(WIDTH - 60 - i * 44, 26, 34, 4, i === 0 ? primary : BAR_DARK),
    ),
  ].join('');

  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img">` +
    `<title>${escapeXml(String(template.name ?? ''))}</title>` +
    `<defs>${clips.join('')}</defs>` +
    chrome +
    blocks.join('') +
    '</svg>'
  );
}
