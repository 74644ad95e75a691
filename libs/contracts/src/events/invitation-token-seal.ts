import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * The invitation token travels to the crm (which writes the invitation email) inside
 * `gateway.invitation.created.v1`, sealed: events are not a place for a bearer secret. Every event of a workspace is
 * pushed to all of its members' live streams (`/api/live`, viewers included), lands in dead-letter listings and
 * reaches any consumer bound to the exchange, and the token (with an account registered under the invited address)
 * joins the workspace in the invited role. AES-256-GCM with a key both services derive from
 * `INVITATION_TOKEN_SECRET`; the invitation id is the associated data, so a sealed token only opens for its own
 * invitation.
 */

/** The default of `INVITATION_TOKEN_SECRET` on the gateway and the crm: development only, set one in production. */
export const DEV_INVITATION_TOKEN_SECRET = 'development-only-invitation-token-secret';

const VERSION = 'v1';

function keyOf(secret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), 'mab invitation token v1', 32));
}

export function sealInvitationToken(token: string, invitationId: string, secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(secret), iv);
  cipher.setAAD(Buffer.from(invitationId));
  const sealed = Buffer.concat([cipher.update(token, 'utf8'), cipher.final()]);
  return [VERSION, iv, sealed, cipher.getAuthTag()]
    .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
    .join('.');
}

/** The token, or null when the value was not sealed for this invitation with this secret (or was altered). */
export function openInvitationToken(sealed: string, invitationId: string, secret: string): string | null {
  const [version, iv, data, tag, ...rest] = sealed.split('.');
  if (version !== VERSION || !iv || !data || !tag || rest.length) return null;
  try {
    // A fixed tag length: GCM would otherwise accept a truncated tag, which is easier to forge.
    const decipher = createDecipheriv('aes-256-gcm', keyOf(secret), Buffer.from(iv, 'base64url'), {
      authTagLength: 16,
    });
    decipher.setAAD(Buffer.from(invitationId));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
