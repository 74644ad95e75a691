import { createHash } from 'node:crypto';

/** Fixed namespace of library template ids (a random uuid, chosen once). */
const NAMESPACE = Buffer.from('3f0f5f7e8c1b4d2aa6e95b1c7d0e2f41', 'hex');

/**
 * The id of a template version, derived from its slug and version (RFC 4122 version 5): the same on every
 * installation, so a README command or a bookmark naming a template works everywhere.
 */
export function templateId(slug: string, version: number): string {
  const hash = createHash('sha1').update(NAMESPACE).update(`${slug}@${version}`).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
