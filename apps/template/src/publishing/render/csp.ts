import { createHash } from 'node:crypto';

/** The CSP source of an inline element: sha256 of its exact text (UTF-8), base64, as browsers compute it. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * A published page runs its own inline script and style and nothing else: no other script or stylesheet, images
 * over https (or inline data), events posted to its own origin, forms submitted only there, never framed.
 */
export function pageContentSecurityPolicy(scriptHash: string, styleHash: string): string {
  return [
    "default-src 'none'",
    `script-src ${scriptHash}`,
    `style-src ${styleHash}`,
    // http: too: the image fields accept http URLs (a browser upgrades or blocks them on an https page itself).
    'img-src https: http: data:',
    "connect-src 'self'",
    "form-action 'self'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
