import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export type EmailTokenPurpose = 'unsubscribe' | 'open' | 'click';

export interface EmailTokenClaims {
  /** The workspace and the send the token belongs to. */
  w: string;
  s: string;
  /** A click's destination. */
  u?: string;
}

/**
 * Tokens in email links: the claims, readable, and an HMAC over them and their purpose, so an altered or forged
 * token is refused (a click token can never redirect anywhere its send did not link to).
 */
export class EmailTokens {
  constructor(private readonly secret: string) {}

  sign(purpose: EmailTokenPurpose, claims: EmailTokenClaims): string {
    const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
    return `${body}.${this.mac(purpose, body)}`;
  }

  verify(purpose: EmailTokenPurpose, token: string): EmailTokenClaims | null {
    const [body, mac] = token.split('.');
    if (!body || !mac || token.split('.').length !== 2) return null;
    const expected = Buffer.from(this.mac(purpose, body));
    const given = Buffer.from(mac);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    try {
      const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as EmailTokenClaims;
      return typeof claims.w === 'string' && typeof claims.s === 'string' ? claims : null;
    } catch {
      return null;
    }
  }

  private mac(purpose: EmailTokenPurpose, body: string): string {
    return createHmac('sha256', this.secret).update(`${purpose}.${body}`).digest('base64url');
  }
}

/** An address as the suppression list keeps it: hashed with its workspace, so an erasure forgets the address. */
export function emailHash(workspaceId: string, email: string): string {
  return createHash('sha256').update(`${workspaceId}:${email.trim().toLowerCase()}`).digest('hex');
}
