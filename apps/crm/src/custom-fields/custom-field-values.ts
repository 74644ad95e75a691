import { ServiceError, type ValidationProblem } from '@mab/contracts';
import { WorkspaceRepository } from '@mab/persistence';
import type { DataSource, EntityManager } from 'typeorm';
import { CustomFieldEntity } from './custom-field.entity';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
export const CUSTOM_TEXT_MAX = 2000;

export async function customFieldDefinitions(
  manager: EntityManager | DataSource,
  workspaceId: string,
): Promise<Map<string, CustomFieldEntity>> {
  const rows = await WorkspaceRepository.of(manager, CustomFieldEntity, workspaceId).find();
  return new Map(rows.map((row) => [row.key, row]));
}

/** Why a value does not fit its definition, or null. Dates are calendar days (`2027-03-01`). */
export function customValueProblem(definition: CustomFieldEntity, value: unknown): string | null {
  switch (definition.type) {
    case 'text':
      return typeof value === 'string' && value.length <= CUSTOM_TEXT_MAX
        ? null
        : `must be text of at most ${CUSTOM_TEXT_MAX} characters`;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? null : 'must be a number';
    case 'boolean':
      return typeof value === 'boolean' ? null : 'must be true or false';
    case 'date': {
      if (typeof value !== 'string' || !DATE.test(value)) return 'must be a date such as 2027-03-01';
      const parsed = new Date(`${value}T00:00:00Z`);
      return Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value
        ? 'must be a real calendar date'
        : null;
    }
    case 'select':
      return typeof value === 'string' && (definition.options ?? []).includes(value)
        ? null
        : `must be one of: ${(definition.options ?? []).join(', ')}`;
  }
}

/**
 * Checks custom field values against the workspace's definitions: an unknown key or a value of the wrong kind is
 * a 400 naming `custom_fields.<key>`. `null` (and, when `emptyIsAbsent`, an empty string) means "no value": a
 * PATCH removes the field, an upsert leaves the known value alone.
 */
export function checkCustomFields(
  values: Record<string, unknown>,
  definitions: Map<string, CustomFieldEntity>,
): { set: Record<string, unknown>; remove: string[] } {
  const problems: ValidationProblem[] = [];
  const set: Record<string, unknown> = {};
  const remove: string[] = [];
  for (const [key, raw] of Object.entries(values)) {
    const definition = definitions.get(key);
    if (!definition) {
      problems.push({ field: `custom_fields.${key}`, constraints: ['is not a custom field of this workspace'] });
      continue;
    }
    if (raw === null || raw === '') {
      remove.push(key);
      continue;
    }
    const value = typeof raw === 'string' ? raw.trim() : raw;
    const problem = customValueProblem(definition, value);
    if (problem) problems.push({ field: `custom_fields.${key}`, constraints: [problem] });
    else set[key] = value;
  }
  if (problems.length) throw ServiceError.validation('custom field values do not fit their definitions', problems);
  return { set, remove };
}
