import { createHash } from 'node:crypto';

/**
 * A name-based uuid (RFC 4122 version 5, SHA-1): the same namespace and name always give the same id. For ids
 * that must be stable across installations (library templates) or derived from others (a visitor event's
 * envelope id from its site and the page's own event id).
 */
export function uuidV5(namespace: string, name: string): string {
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name)
    .digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
