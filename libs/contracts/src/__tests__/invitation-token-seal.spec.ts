import { randomUUID } from 'node:crypto';
import { openInvitationToken, sealInvitationToken } from '../events/invitation-token-seal';

describe('invitation token seal', () => {
  const secret = 'a-secret-shared-by-gateway-and-crm';
  const token = 'inv_Q2xhcmEgaXMgbm90IGEgcmVhbCB0b2tlbiBidXQgbG9uZyBlbm91Z2g';
  const invitation = randomUUID();

  it('opens for its own invitation with the same secret, and shows nothing of the token', () => {
    const sealed = sealInvitationToken(token, invitation, secret);
    expect(sealed).not.toContain(token.slice(4, 20));
    expect(openInvitationToken(sealed, invitation, secret)).toBe(token);
    // A fresh nonce each time: two seals of one token differ.
    expect(sealInvitationToken(token, invitation, secret)).not.toBe(sealed);
  });

  it('refuses another invitation, another secret, an altered or truncated seal', () => {
    const sealed = sealInvitationToken(token, invitation, secret);
    expect(openInvitationToken(sealed, randomUUID(), secret)).toBeNull();
    expect(openInvitationToken(sealed, invitation, `${secret}-rotated`)).toBeNull();
    const [version, iv, data, tag] = sealed.split('.');
    const flipped = `${data[0] === 'A' ? 'B' : 'A'}${data.slice(1)}`;
    expect(openInvitationToken([version, iv, flipped, tag].join('.'), invitation, secret)).toBeNull();
    expect(openInvitationToken([version, iv, data, tag.slice(0, 8)].join('.'), invitation, secret)).toBeNull();
    expect(openInvitationToken('v1.garbage', invitation, secret)).toBeNull();
  });
});
