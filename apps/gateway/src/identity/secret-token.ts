import { createHash, randomBytes } from 'node:crypto';

/**
 * Refresh tokens and API keys are 256-bit random secrets: a fast SHA-256 is the right hash for them (nothing to
 * brute-force, unlike passwords), and it lets us look a token up by its hash.
 */
export function newSecret(prefix: string): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
