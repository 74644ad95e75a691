import { Injectable, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import {
  CHECK_UNSUBSCRIBE,
  ServiceError,
  TRACK_EMAIL_CLICK,
  TRACK_EMAIL_OPEN,
  UNSUBSCRIBE_EMAIL,
  type UnsubscribeView,
} from '@mab/contracts';
import { ServiceClient } from '@mab/messaging';

/** A transparent 1×1 GIF. */
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
const TOKEN = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;
const PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function page(title: string, body: string): string {
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<meta name="robots" content="noindex"><title>${escape(title)}</title><style>body{font:16px/1.5 system-ui,sans-serif;` +
    `max-width:32rem;margin:4rem auto;padding:0 1rem;color:#1f2937}button{font:inherit;padding:.6rem 1.2rem;border:0;` +
    `border-radius:.4rem;background:#111827;color:#fff;cursor:pointer}</style></head><body>${body}</body></html>`
  );
}

/**
 * The links inside emails, answered publicly (plain Express handlers: no login, no JSON-only rule — RFC 8058's
 * one-click POST is a form body): the open pixel, the click redirect, and unsubscribing. The gateway only passes
 * the token on; the crm checks its signature, so a forged or altered token answers 404 and a click can only lead
 * where its email linked. A GET of the unsubscribe link shows a confirmation page and unsubscribes nobody (link
 * scanners fetch every URL of an email); the POST does it and answers 200 without a redirect.
 */
@Injectable()
export class EmailLinksServer {
  private readonly logger = new Logger(EmailLinksServer.name);

  constructor(private readonly services: ServiceClient) {}

  private token(req: Request): string | null {
    const token = decodeURIComponent(req.path.replace(/^\//, ''));
    return TOKEN.test(token) && token.length <= 8000 ? token : null;
  }

  private fail(res: Response, err: unknown, kind: 'text' | 'html' = 'text'): void {
    const notFound = err instanceof ServiceError && err.statusCode < 500;
    if (!notFound) this.logger.warn(`email link failed: ${(err as Error).message}`);
    res.status(notFound ? 404 : 503).setHeader('Cache-Control', 'no-store');
    if (!notFound) res.setHeader('Retry-After', '5');
    if (kind === 'html') {
      res
        .setHeader('Content-Security-Policy', PAGE_CSP)
        .type('html')
        .send(
          page(
            'Link not valid',
            notFound ? '<h1>This link is not valid</h1>' : '<h1>Please try again in a moment</h1>',
          ),
        );
    } else res.type('text').send(notFound ? 'not found' : 'temporarily unavailable');
  }

  readonly open = (req: Request, res: Response): void => {
    const token = this.token(req);
    if (req.method !== 'GET' || !token) return this.fail(res, ServiceError.notFound('link'));
    this.services
      .request(TRACK_EMAIL_OPEN, { token, user_agent: req.headers['user-agent']?.slice(0, 500) })
      .then(() => {
        res.status(200).type('gif').setHeader('Cache-Control', 'no-store, private').send(PIXEL);
      })
      .catch((err: unknown) => this.fail(res, err));
  };

  readonly click = (req: Request, res: Response): void => {
    const token = this.token(req);
    if (req.method !== 'GET' || !token) return this.fail(res, ServiceError.notFound('link'), 'html');
    this.services
      .request(TRACK_EMAIL_CLICK, { token, user_agent: req.headers['user-agent']?.slice(0, 500) })
      .then(({ url }) => {
        res.setHeader('Cache-Control', 'no-store, private');
        res.setHeader('Referrer-Policy', 'no-referrer');
        res.redirect(302, url);
      })
      .catch((err: unknown) => this.fail(res, err, 'html'));
  };

  readonly unsubscribe = (req: Request, res: Response): void => {
    const token = this.token(req);
    if (!token || (req.method !== 'GET' && req.method !== 'POST')) {
      return this.fail(res, ServiceError.notFound('link'), 'html');
    }
    const contract = req.method === 'POST' ? UNSUBSCRIBE_EMAIL : CHECK_UNSUBSCRIBE;
    this.services
      .request(contract, { token })
      .then((view: UnsubscribeView) => {
        const from = view.sender ? ` from ${escape(view.sender)}` : '';
        const html =
          req.method === 'POST' || view.unsubscribed
            ? page(
                'Unsubscribed',
                `<h1>You are unsubscribed</h1><p>${escape(view.email_hint)} will get no more marketing email${from}.</p>`,
              )
            : page(
                'Unsubscribe',
                `<h1>Unsubscribe?</h1><p>${escape(view.email_hint)} will get no more marketing email${from}.</p>` +
                  `<form method="post"><input type="hidden" name="List-Unsubscribe" value="One-Click">` +
                  `<button type="submit">Unsubscribe</button></form>`,
              );
        res
          .status(200)
          .setHeader('Cache-Control', 'no-store')
          .setHeader('Content-Security-Policy', PAGE_CSP)
          .type('html')
          .send(html);
      })
      .catch((err: unknown) => this.fail(res, err, 'html'));
  };
}
