import { ServiceError, uuidV5 } from '@mab/contracts';
import { WorkspaceRepository } from '@mab/persistence';
import type { DataSource, EntityManager } from 'typeorm';
import { EmailTemplateEntity } from '../email.entities';
import { BUILT_IN_EMAIL_TEMPLATES, type BuiltInEmailTemplate } from '../rendering/built-in-email-templates';

const BUILT_IN_NAMESPACE = 'a0c3f6b2-7e41-4d8a-9b5c-1f2e3d4c5b6a';
export const builtInId = (key: string) => uuidV5(BUILT_IN_NAMESPACE, key);

export type ResolvedTemplate =
  | { kind: 'workspace'; template: EmailTemplateEntity }
  | { kind: 'built_in'; template: BuiltInEmailTemplate; id: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A template by id or by key: the workspace's own first (a workspace may override `welcome-email`), then the
 * built-ins. Unknown: 404.
 */
export async function resolveTemplate(
  manager: EntityManager | DataSource,
  workspaceId: string,
  ref: string,
): Promise<ResolvedTemplate> {
  const templates = WorkspaceRepository.of(manager, EmailTemplateEntity, workspaceId);
  const own = UUID.test(ref) ? await templates.findById(ref.toLowerCase()) : await templates.findOne({ key: ref });
  if (own) return { kind: 'workspace', template: own };
  const builtIn = BUILT_IN_EMAIL_TEMPLATES.find((t) => t.key === ref || builtInId(t.key) === ref.toLowerCase());
  if (builtIn) return { kind: 'built_in', template: builtIn, id: builtInId(builtIn.key) };
  throw ServiceError.notFound('email template', ref);
}
