import { ServiceError, type ContactSort, type ListContactsQuery } from '@mab/contracts';
import { containsPattern, type KeysetPageOptions, type KeysetSort, type ScopedQueryBuilder } from '@mab/persistence';
import { Brackets } from 'typeorm';
import { customValueProblem } from '../custom-fields/custom-field-values';
import type { CustomFieldEntity } from '../custom-fields/custom-field.entity';
import type { ContactEntity } from './contact.entity';

/** The sort of a list, as keyset keys: always ending with the id, so the order is total. */
export function contactSort(sort: ContactSort = '-created_at'): KeysetSort<ContactEntity> {
  const direction = sort.startsWith('-') ? 'DESC' : 'ASC';
  const field = sort.replace(/^-/, '');
  const key = ({ created_at: 'createdAt', updated_at: 'updatedAt', lead_score: 'leadScore' } as const)[
    field as 'created_at' | 'updated_at' | 'lead_score'
  ];
  return { keys: [key, 'id'], direction };
}

/** Lists count up to this many contacts; a larger list answers `total: 10000, total_capped: true`. */
export const CONTACT_COUNT_LIMIT = 10_000;

const FILTERS = [
  'status',
  'tag',
  'q',
  'score_min',
  'score_max',
  'created_after',
  'created_before',
  'custom_field',
] as const satisfies readonly (keyof ListContactsQuery)[];

/**
 * How a contact list is counted and sorted (see docs/architecture.md, "Contact lists at a million rows"): the count
 * stops at CONTACT_COUNT_LIMIT, and a filtered list with fewer matches sorts them rather than walking the sort index,
 * which a filter the sort order does not favour (every `vip` has a low score) would make read to its end.
 */
export function contactPageOptions(query: ListContactsQuery): KeysetPageOptions {
  const filtered = FILTERS.some((name) => query[name] !== undefined);
  return { countLimit: CONTACT_COUNT_LIMIT, ...(filtered ? { sortInMemoryBelow: CONTACT_COUNT_LIMIT } : {}) };
}

/**
 * The list's filters, each one served by an index that starts with the workspace (see the migration): tags and
 * custom fields by GIN containment, `q` by trigram GIN, the rest by btree.
 */
export async function contactFilter(
  qb: ScopedQueryBuilder<ContactEntity>,
  query: ListContactsQuery,
  definitions: () => Promise<Map<string, CustomFieldEntity>>,
): Promise<void> {
  if (query.status) qb.andWhere('contact.status = :status', { status: query.status });
  if (query.tag) qb.andWhere('contact.tags @> ARRAY[:tag]::text[]', { tag: query.tag });
  if (query.q) {
    const pattern = containsPattern(query.q.toLowerCase());
    qb.andWhere(
      new Brackets((w) =>
        w
          .where('contact.email LIKE :pattern', { pattern })
          .orWhere(`coalesce(contact.name, '') ILIKE :pattern`, { pattern }),
      ),
    );
  }
  if (query.score_min !== undefined) qb.andWhere('contact.leadScore >= :scoreMin', { scoreMin: query.score_min });
  if (query.score_max !== undefined) qb.andWhere('contact.leadScore <= :scoreMax', { scoreMax: query.score_max });
  if (query.created_after) qb.andWhere('contact.createdAt >= :after', { after: query.created_after });
  if (query.created_before) qb.andWhere('contact.createdAt < :before', { before: query.created_before });
  if (query.custom_field?.length) {
    const known = await definitions();
    const wanted: Record<string, unknown> = {};
    for (const [index, filter] of query.custom_field.entries()) {
      const key = filter.slice(0, filter.indexOf(':'));
      const text = filter.slice(filter.indexOf(':') + 1);
      const definition = known.get(key);
      if (!definition) {
        throw ServiceError.validation(`${key} is not a custom field of this workspace`, [
          { field: `custom_field[${index}]`, constraints: ['names a custom field of this workspace'] },
        ]);
      }
      // Query strings carry text: read it as the field's type, so `employees:12` matches the number 12.
      const value =
        definition.type === 'number' ? Number(text) : definition.type === 'boolean' ? text === 'true' : text;
      const problem = customValueProblem(definition, value);
      if (problem) {
        throw ServiceError.validation(`custom_field ${key} ${problem}`, [
          { field: `custom_field[${index}]`, constraints: [problem] },
        ]);
      }
      wanted[key] = value;
    }
    qb.andWhere('contact.customFields @> :wanted::jsonb', { wanted: JSON.stringify(wanted) });
  }
}
