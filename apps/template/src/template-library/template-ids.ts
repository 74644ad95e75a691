import { uuidV5 } from '@mab/contracts';

/** Fixed namespace of library template ids (a random uuid, chosen once). */
const NAMESPACE = '3f0f5f7e-8c1b-4d2a-a6e9-5b1c7d0e2f41';

/**
 * The id of a template version, derived from its slug and version: the same on every installation, so a README
 * command or a bookmark naming a template works everywhere.
 */
export function templateId(slug: string, version: number): string {
  return uuidV5(NAMESPACE, `${slug}@${version}`);
}
