import { Liquid, type Template } from 'liquidjs';
import { COMPONENT_TEMPLATES } from './components/component-templates';
import { LAYOUT_TEMPLATE, SECTION_TEMPLATE } from './layout.liquid';
import { mailtoUrl, safeUrl, telUrl } from './safe-url';

/**
 * Drops the indentation and blank lines of a template's source. The templates are written readable; the pages they
 * make are served thousands of times a second, and HTML collapses the whitespace anyway (text that must keep its
 * line breaks is a single `{{ }}` on its line, styled `white-space: pre-line`).
 */
function compact(source: string): string {
  return source
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}

export interface PageTemplates {
  engine: Liquid;
  layout: Template[];
  section: Template[];
  components: ReadonlyMap<string, Template[]>;
}

function createTemplates(): PageTemplates {
  const sources: Record<string, string> = { layout: LAYOUT_TEMPLATE, section: SECTION_TEMPLATE };
  for (const [type, source] of Object.entries(COMPONENT_TEMPLATES)) sources[`component/${type}`] = source;
  for (const name of Object.keys(sources)) sources[name] = compact(sources[name]);

  const engine = new Liquid({
    // In-memory only: an `{% include %}` or `{% render %}` could only ever find these, never a file.
    templates: sources,
    // Every `{{ }}` is HTML-escaped unless it ends in `| raw` (used only for the renderer's own markup).
    outputEscape: 'escape',
    strictFilters: true,
    // Templates see the plain view objects' own keys, never prototypes (`constructor`, `__proto__`).
    ownPropertyOnly: true,
    jsTruthy: true,
    dynamicPartials: false,
    relativeReference: false,
    cache: true,
  });
  engine.registerFilter('safe_url', safeUrl);
  engine.registerFilter('mailto_url', mailtoUrl);
  engine.registerFilter('tel_url', telUrl);

  const components = new Map<string, Template[]>();
  for (const type of Object.keys(COMPONENT_TEMPLATES)) components.set(type, engine.parse(sources[`component/${type}`]));
  return { engine, layout: engine.parse(sources.layout), section: engine.parse(sources.section), components };
}

let shared: PageTemplates | null = null;

/** The engine and every template, parsed once per process and shared by every renderer. */
export function pageTemplates(): PageTemplates {
  shared ??= createTemplates();
  return shared;
}
