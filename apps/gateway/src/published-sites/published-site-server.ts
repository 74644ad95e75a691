import { Inject, Injectable, Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { isIP } from 'node:net';
import { PAGE_PATH_PATTERN, customDomainProblem, normalizeHostName, parseHostList } from '@mab/contracts';
import type { GatewayEnv } from '../gateway.env';
import { GATEWAY_ENV } from '../gateway.tokens';
import { PublishedPageCache } from './published-page-cache';
import { SiteDirectory } from './site-directory';
import { isLive, type SiteEntry } from './site-entry';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NOT_FOUND_HTML =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Not found</title></head>' +
  '<body><h1>Not found</h1><p>There is no published page at this address.</p></body></html>';
/** Paths a custom domain never serves as pages: the visitor-event API and the platform's own endpoints. */
const PLATFORM_PATHS = /^\/(api|docs|health|metrics|s)(\/|$)/;

/**
 * Serves published sites to the public: `/s/{public slug or site id}/{page}` on the platform's host, and
 * `/{page}` on a site's custom domain (by the Host header). Plain Express handlers, not Nest routes: a page view
 * must not pay for authentication or the API's rate limits, and costs no broker round trip once cached (the
 * directory and the page cache are in memory). Pages are strong-ETagged (a 304 for a matching If-None-Match)
 * and carry their own Content-Security-Policy (only the page's own inline script and style, events to 'self').
 */
@Injectable()
export class PublishedSiteServer {
  private readonly logger = new Logger(PublishedSiteServer.name);
  private readonly platformHosts: Set<string>;

  constructor(
    private readonly directory: SiteDirectory,
    private readonly pages: PublishedPageCache,
    @Inject(GATEWAY_ENV) env: GatewayEnv,
  ) {
    this.platformHosts = new Set(parseHostList(env.PLATFORM_HOSTS));
  }

  /** `/s/{key}` and below (mounted at `/s`), on the platform's own host only. */
  readonly byPath = (req: Request, res: Response, next: NextFunction): void => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    // On a custom domain, /s/... would show any other site under that domain's origin (its storage, its trust).
    if (this.customHost(req)) return this.notFound(res);
    const match = /^\/([^/]+)(\/.*)?$/.exec(req.path);
    if (!match) return this.notFound(res);
    const [, key, rest] = match;
    if (rest === undefined) {
      // `/s/bistro` → `/s/bistro/`: relative links in the page resolve against the trailing slash.
      const query = req.originalUrl.slice(
        req.originalUrl.indexOf('?') >= 0 ? req.originalUrl.indexOf('?') : req.originalUrl.length,
      );
      res.redirect(301, `${req.baseUrl}/${encodeURIComponent(key)}/${query}`);
      return;
    }
    const lookup = UUID.test(key) ? this.directory.byIdentifier(key.toLowerCase()) : this.directory.bySlugName(key);
    this.serve(lookup, rest, `/s/${encodeURIComponent(key)}`, req, res);
  };

  /** Any path on a host that is a site's custom domain; everything else goes on to the API. */
  readonly byHost = (req: Request, res: Response, next: NextFunction): void => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || PLATFORM_PATHS.test(req.path)) return next();
    const host = this.customHost(req);
    if (!host) return next();
    this.directory
      .byHost(host)
      .then((entry) => (entry ? this.serve(Promise.resolve(entry), req.path, '', req, res) : next()), next);
  };

  /** The request's host name when it could be a custom domain (never the platform's own, an IP or localhost). */
  private customHost(req: Request): string | null {
    const raw = req.headers.host;
    if (!raw) return null;
    const host = normalizeHostName(raw.replace(/:\d+$/, ''));
    if (this.platformHosts.has(host) || isIP(host) || host.startsWith('[')) return null;
    return customDomainProblem(host) === null ? host : null;
  }

  /** `rest` is the page part of the path (`/`, `/pricing`); `prefix` what comes before it (`/s/bistro` or ''). */
  private serve(lookup: Promise<SiteEntry | null>, rest: string, prefix: string, req: Request, res: Response): void {
    if (rest.length > 1 && rest.endsWith('/') && PAGE_PATH_PATTERN.test(rest.slice(0, -1))) {
      // `/pricing/` → `/pricing`: the page's relative links resolve against its own path. Built from a checked
      // page path only, so the target can never become `//elsewhere`.
      const query = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?')) : '';
      res.redirect(301, `${prefix}${rest.slice(0, -1)}${query}`);
      return;
    }
    const page = rest.length > 1 ? rest : '/';
    if (!PAGE_PATH_PATTERN.test(page)) return this.notFound(res);
    lookup
      .then(async (entry) => {
        // The live version's own pages only: any other path is a 404 without asking anyone.
        if (!isLive(entry) || !entry.pages.includes(page)) return this.notFound(res);
        const view = await this.pages.get(entry.siteId, entry.publishedVersion, page);
        if (!view) return this.notFound(res);
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.setHeader('Content-Security-Policy', view.content_security_policy);
        res.setHeader('ETag', view.etag);
        // Short freshness, then a cheap revalidation: a new publish or a rollback shows within a minute anywhere.
        res.setHeader('Cache-Control', 'public, max-age=60, must-revalidate');
        res.setHeader('X-Content-Type-Options', 'nosniff');
        res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
        res.removeHeader('Cross-Origin-Embedder-Policy');
        if (req.headers['if-none-match'] === view.etag) {
          res.status(304).end();
          return;
        }
        res.status(200);
        if (req.method === 'HEAD') res.setHeader('Content-Length', Buffer.byteLength(view.html)).end();
        else res.end(view.html);
      })
      .catch((err: unknown) => {
        // The directory's database or the template service is out of reach: a visitor gets a retryable 503.
        this.logger.warn(`serving a published page failed: ${(err as Error).message}`);
        if (res.headersSent) return res.end();
        res.status(503);
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.setHeader('Content-Security-Policy', "default-src 'none'");
        res.setHeader('Cache-Control', 'no-store');
        res.setHeader('Retry-After', '5');
        res.end(
          '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Unavailable</title></head>' +
            '<body><h1>Temporarily unavailable</h1><p>Please try again in a moment.</p></body></html>',
        );
      });
  }

  private notFound(res: Response): void {
    res.status(404);
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Content-Security-Policy', "default-src 'none'");
    res.setHeader('Cache-Control', 'public, max-age=5');
    res.end(NOT_FOUND_HTML);
  }
}
