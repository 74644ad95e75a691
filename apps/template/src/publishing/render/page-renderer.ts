import { SITE_LANGUAGE_PATTERN, type SiteCustomizations } from '@mab/contracts';
import { PAGE_PATH_PATTERN } from '../../template-library/page-path';
import { isRecord, prepareComponent, text, type ViewContext } from './component-views';
import { cspHash, pageContentSecurityPolicy } from './csp';
import { pageTemplates, type PageTemplates } from './liquid-engine';
import { PAGE_SCRIPT } from './page-script';
import { BASE_CSS } from './page-style';
import type { RenderedPage, RenderOptions, RenderPage, RenderSite } from './render-input';
import { themeCss, themeOf, type Theme } from './theme';
import { uiText } from './ui-text';

/** Component ids become parts of `id` attributes (`c-…`, `f-…-email`); anything else gets a positional id. */
const DOM_ID = /^[A-Za-z0-9_-]{1,80}$/;
/** Same-origin absolute path: the form action and the script's fetch target (CSP: form-action/connect-src 'self'). */
const INGESTION_PATH = /^\/(?!\/)[^\s"'<>\\]*$/;

const SCRIPT_HASH = cspHash(PAGE_SCRIPT);

interface PageStyle {
  css: string;
  hash: string;
}

/** Stylesheets by theme: a site has one theme, so its pages share one (and its hash is computed once). */
const styles = new Map<string, PageStyle>();
const MAX_STYLES = 1000;

function styleFor(theme: Theme): PageStyle {
  const key = `${theme.primary}|${theme.secondary}|${theme.font}`;
  let style = styles.get(key);
  if (!style) {
    const css = `${themeCss(theme)}\n${BASE_CSS}`;
    style = { css, hash: cspHash(css) };
    if (styles.size >= MAX_STYLES) styles.clear();
    styles.set(key, style);
  }
  return style;
}

const firstText = (...values: unknown[]): string => values.map((v) => text(v).trim()).find((v) => v !== '') ?? '';

/**
 * Renders one page of a site as a complete, self-contained HTML document plus the CSP it must be served with.
 * Stateless apart from the shared parsed templates, so one instance serves every site; no Nest dependency.
 */
export class PageRenderer {
  private readonly templates: PageTemplates = pageTemplates();

  async render(site: RenderSite, page: RenderPage, options: RenderOptions): Promise<RenderedPage> {
    return this.renderSync(site, page, options);
  }

  /** The same, synchronously (the templates need no I/O): for publishing many pages in one go. */
  renderSync(site: RenderSite, page: RenderPage, options: RenderOptions): RenderedPage {
    const ingest = options.ingestionPath;
    if (typeof ingest !== 'string' || !INGESTION_PATH.test(ingest)) {
      throw new Error('RenderOptions.ingestionPath must be an absolute path on the same origin');
    }
    const { engine, components: componentTemplates } = this.templates;
    const customizations: SiteCustomizations = isRecord(site.customizations) ? site.customizations : {};
    const language =
      typeof customizations.language === 'string' && SITE_LANGUAGE_PATTERN.test(customizations.language)
        ? customizations.language
        : 'en';
    const ui = uiText(language);
    const companyName = firstText(customizations.company_name, site.name);
    const ctx: ViewContext = { language, ui, customizations, companyName, h1Given: false };

    const sections: string[] = [];
    const footerSections: string[] = [];
    const domIds = new Set<string>();
    const pageComponents = Array.isArray(page.components) ? page.components : [];
    pageComponents.forEach((component, index) => {
      if (!isRecord(component)) return;
      const type = text(component.type);
      const id = text(component.id);
      const template = componentTemplates.get(type);
      if (!template) return;
      let dom = DOM_ID.test(id) ? id : `n${index}`;
      if (domIds.has(dom)) dom = `${dom}-n${index}`;
      domIds.add(dom);
      const ids = { dom, heading: `h-${dom}` };
      const view = prepareComponent(type, component.config, ids, ctx);
      if (!view) return;
      const html = engine.renderSync(template, { c: view.data, id, dom_id: dom, heading_id: ids.heading, ui, ingest });
      const section = engine.renderSync(this.templates.section, {
        s: {
          id,
          type,
          type_class: type.replace(/_/g, '-'),
          dom_id: dom,
          classes: view.classes,
          labelled: view.labelled,
          heading_id: ids.heading,
          html,
        },
      });
      // Footers go in the page's <footer> landmark, after <main>, wherever they sit in the component list.
      (type === 'footer' ? footerSections : sections).push(section);
    });

    const pagePath = typeof page.path === 'string' && page.path.startsWith('/') ? page.path : '/';
    const pageTitle = firstText(page.title);
    const seoTitle = firstText(site.seo_title);
    const title =
      pagePath === '/' && seoTitle
        ? seoTitle
        : [...new Set([pageTitle, companyName || seoTitle])].filter((part) => part !== '').join(' — ');
    const theme = themeOf(customizations);
    const style = styleFor(theme);

    const html = engine.renderSync(this.templates.layout, {
      lang: language,
      title: title || ui.home,
      description: firstText(page.description, site.seo_description),
      og_image_url: text(site.og_image_url),
      theme_color: theme.primary,
      preview: options.preview === true,
      ingest,
      page_path: pagePath,
      ui,
      brand: { name: companyName || ui.home, logo_url: text(customizations.logo_url) },
      nav: navigation(site, pagePath, ui.home),
      page_h1: ctx.h1Given ? '' : pageTitle || companyName || ui.home,
      sections,
      footer_sections: footerSections,
      style: style.css,
      script: PAGE_SCRIPT,
    });
    return { html, contentSecurityPolicy: pageContentSecurityPolicy(SCRIPT_HASH, style.hash) };
  }
}

/**
 * The site's pages as relative links, so one HTML works under `/s/{slug}/` and at the root of a custom domain: the
 * home is served with a trailing slash and every other page is one segment deep, so from any page the home is `./`
 * and a page `/pricing` is `pricing`.
 */
function navigation(site: RenderSite, currentPath: string, homeLabel: string) {
  const seen = new Set<string>();
  const links: { href: string; label: string; current: boolean }[] = [];
  for (const entry of Array.isArray(site.pages) ? site.pages : []) {
    if (!isRecord(entry)) continue;
    const path = text(entry.path);
    if (!PAGE_PATH_PATTERN.test(path) || seen.has(path)) continue;
    seen.add(path);
    const slug = path.slice(1);
    links.push({
      href: path === '/' ? './' : slug,
      label: firstText(entry.title) || (path === '/' ? homeLabel : slug),
      current: path === currentPath,
    });
  }
  return links;
}
