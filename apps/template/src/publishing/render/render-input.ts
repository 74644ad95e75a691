import type { SiteCustomizations } from '@mab/contracts';

/** One component to render, as stored: its id is what the page reports in events and form submissions. */
export interface RenderComponent {
  id: string;
  type: string;
  config: Record<string, unknown>;
}

export interface RenderPage {
  /** `/`, `/pricing`, … one level deep. */
  path: string;
  title: string;
  description: string | null;
  components: RenderComponent[];
}

/** Everything a page of a site is rendered from. Nothing in it is trusted: every text is escaped on output. */
export interface RenderSite {
  id: string;
  name: string;
  seo_title: string | null;
  seo_description: string | null;
  og_image_url: string | null;
  customizations: SiteCustomizations;
  /** Every page of the site, for the navigation (path and title). */
  pages: { path: string; title: string }[];
}

export interface RenderOptions {
  /** Where the page's script posts visitor events and form submissions (`/api/public/sites/{id}/events`). */
  ingestionPath: string;
  /** A preview for signed-in users: no events are sent and a banner says it is not published. */
  preview: boolean;
}

export interface RenderedPage {
  html: string;
  /** The Content-Security-Policy this page must be served with (hashes of its own inline script and style). */
  contentSecurityPolicy: string;
}
