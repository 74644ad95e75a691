import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { Bool, DateTime, Email, Int, JsonObject, OneOf, Text, TextList, Uuid } from '../fields';
import { PageOf, PageQuery } from '../pagination';
import { defineCommand, defineEvent } from '../registry';

export const CONTACT_STATUSES = ['active', 'unsubscribed', 'bounced', 'archived'] as const;
export type ContactStatus = (typeof CONTACT_STATUSES)[number];
export const CONTACT_SORTS = [
  '-created_at',
  'created_at',
  '-updated_at',
  'updated_at',
  '-lead_score',
  'lead_score',
] as const;
export type ContactSort = (typeof CONTACT_SORTS)[number];
export const CONTACT_TAGS_MAX = 50;
export const TAG_MAX_LENGTH = 50;
/** `key:value` (custom field equality in list filters). */
export const CUSTOM_FIELD_FILTER_PATTERN = /^[a-z][a-z0-9_]{0,39}:.{1,200}$/;

const asList = ({ value }: { value: unknown }) => (typeof value === 'string' ? [value] : value);

/** What a contact is made of, as the API and the workflow engine write it. */
export class ContactFields {
  @Text({ optional: true, nullable: true, max: 200, trim: true, example: 'Ada Lovelace' })
  name?: string | null;

  @Text({ optional: true, nullable: true, max: 100, trim: true }) first_name?: string | null;
  @Text({ optional: true, nullable: true, max: 100, trim: true }) last_name?: string | null;

  @Text({
    optional: true,
    nullable: true,
    max: 40,
    trim: true,
    example: '+44 20 7946 0958',
    description: 'Stored in E.164 when it can be parsed (with the default country), as given otherwise',
  })
  phone?: string | null;

  @Uuid({ optional: true, nullable: true, description: 'The form it first came through' })
  source_component?: string | null;

  @Uuid({ optional: true, nullable: true, description: 'The workflow that created it' })
  source_workflow?: string | null;

  @TextList({ optional: true, maxItems: CONTACT_TAGS_MAX, itemMax: TAG_MAX_LENGTH, example: ['lead', 'newsletter'] })
  tags?: string[];

  @JsonObject({
    optional: true,
    example: { company_size: '11-50', renewal_date: '2027-03-01' },
    description: "Values of the workspace's custom fields, validated against their definitions; null removes one",
  })
  custom_fields?: Record<string, unknown>;
}

export class CreateContactRequest extends ContactFields {
  @Email({ example: 'ada@example.com' }) email: string;

  @OneOf(CONTACT_STATUSES, { optional: true }) status?: ContactStatus;
}

export class CreateContactQuery {
  @Bool({
    optional: true,
    fromQuery: true,
    description: 'Merge into the contact of this email if there is one (never wiping a known value with an empty one)',
  })
  upsert?: boolean;
}

/** What the workflow engine sends: an upsert that a retried step cannot apply twice. */
export class UpsertContactRequest extends CreateContactRequest {
  @Text({
    optional: true,
    max: 200,
    description: 'The same key again answers the first result and changes nothing (a retried workflow step)',
  })
  idempotency_key?: string;
}

export class ContactIdRequest {
  @Uuid() contact_id: string;
}

export class UpdateContactBody extends ContactFields {
  @Email({ optional: true }) email?: string;
  @OneOf(CONTACT_STATUSES, { optional: true }) status?: ContactStatus;
}

export class UpdateContactRequest extends UpdateContactBody {
  @Uuid() contact_id: string;
}

export class TagContactBody {
  @TextList({ optional: true, maxItems: CONTACT_TAGS_MAX, itemMax: TAG_MAX_LENGTH }) add?: string[];
  @TextList({ optional: true, maxItems: CONTACT_TAGS_MAX, itemMax: TAG_MAX_LENGTH }) remove?: string[];
}

/** `crm.contact.tag`: by id or by email, idempotent by key. */
export class TagContactRequest extends TagContactBody {
  @Uuid({ optional: true }) contact_id?: string;
  @Email({ optional: true }) email?: string;
  @Text({ optional: true, max: 200 }) idempotency_key?: string;
}

export class ListContactsQuery extends PageQuery {
  @Text({ optional: true, max: TAG_MAX_LENGTH, description: 'Contacts carrying this tag' }) tag?: string;
  @OneOf(CONTACT_STATUSES, { optional: true }) status?: ContactStatus;
  @Text({ optional: true, min: 1, max: 200, trim: true, description: 'Part of the name or email' }) q?: string;
  @Int({ optional: true, min: -1_000_000, max: 1_000_000, fromQuery: true }) score_min?: number;
  @Int({ optional: true, min: -1_000_000, max: 1_000_000, fromQuery: true }) score_max?: number;
  @DateTime({ optional: true }) created_after?: string;
  @DateTime({ optional: true }) created_before?: string;

  @Transform(asList)
  @TextList({
    optional: true,
    maxItems: 5,
    itemMax: 241,
    pattern: CUSTOM_FIELD_FILTER_PATTERN,
    patternMessage: 'must be key:value',
    example: ['company_size:11-50'],
    description: 'Custom field equality, `key:value` (repeat for several, all must hold)',
  })
  custom_field?: string[];

  @OneOf(CONTACT_SORTS, { optional: true, description: 'A field, `-` first for descending (default -created_at)' })
  sort?: ContactSort;
}

export class DeleteContactQuery {
  @Bool({
    optional: true,
    fromQuery: true,
    description: 'GDPR erasure: personal data removed everywhere, the address kept only as a hash to suppress',
  })
  erase?: boolean;
}

export class DeleteContactRequest extends DeleteContactQuery {
  @Uuid() contact_id: string;
}

export class ContactView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'ada@example.com' }) email: string;
  @ApiProperty({ type: String, nullable: true }) name: string | null;
  @ApiProperty({ type: String, nullable: true }) first_name: string | null;
  @ApiProperty({ type: String, nullable: true }) last_name: string | null;
  @ApiProperty({ type: String, nullable: true, example: '+442079460958' }) phone: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) source_component: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) source_workflow: string | null;
  @ApiProperty({ type: String, isArray: true }) tags: string[];
  @ApiProperty({ type: 'object', additionalProperties: true }) custom_fields: Record<string, unknown>;
  @ApiProperty() lead_score: number;
  @ApiProperty({ enum: CONTACT_STATUSES }) status: ContactStatus;
  @ApiProperty({ format: 'date-time' }) created_at: string;
  @ApiProperty({ format: 'date-time' }) updated_at: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) last_activity_at: string | null;
}
export const ContactPage = PageOf(ContactView);

export class UpsertedContactView {
  @ApiProperty({ type: ContactView }) contact: ContactView;
  @ApiProperty({ description: 'True when this call created it' }) created: boolean;
}

export const CREATE_CONTACT = defineCommand({
  name: 'crm.contact.create',
  service: 'crm',
  request: CreateContactRequest,
  reply: ContactView,
  scope: 'workspace',
  mutation: true,
  description: 'Creates a contact (409 when the workspace has one with this email).',
});

export const UPSERT_CONTACT = defineCommand({
  name: 'crm.contact.upsert',
  service: 'crm',
  request: UpsertContactRequest,
  reply: UpsertedContactView,
  scope: 'workspace',
  mutation: true,
  description: 'Creates or merges the contact of an email; idempotent by key (for workflow steps).',
});

export const LIST_CONTACTS = defineCommand({
  name: 'crm.contact.list',
  service: 'crm',
  request: ListContactsQuery,
  reply: ContactPage,
  scope: 'workspace',
  mutation: false,
  description: 'Contacts filtered (tag, status, text, score, dates, custom fields), sorted, keyset-paged.',
});

export const GET_CONTACT = defineCommand({
  name: 'crm.contact.get',
  service: 'crm',
  request: ContactIdRequest,
  reply: ContactView,
  scope: 'workspace',
  mutation: false,
  description: 'One contact.',
});

export const UPDATE_CONTACT = defineCommand({
  name: 'crm.contact.update',
  service: 'crm',
  request: UpdateContactRequest,
  reply: ContactView,
  scope: 'workspace',
  mutation: true,
  description: 'Changes a contact (custom fields merge; null removes one).',
});

export const TAG_CONTACT = defineCommand({
  name: 'crm.contact.tag',
  service: 'crm',
  request: TagContactRequest,
  reply: ContactView,
  scope: 'workspace',
  mutation: true,
  description: 'Adds and removes tags (by contact id or email); idempotent by key.',
});

export const DELETE_CONTACT = defineCommand({
  name: 'crm.contact.delete',
  service: 'crm',
  request: DeleteContactRequest,
  reply: 'none',
  scope: 'workspace',
  mutation: true,
  description: 'Deletes a contact and its activities; with erase, the GDPR erasure of its personal data everywhere.',
});

export class ContactChangedV1 {
  @Uuid() contact_id: string;
  @Email() email: string;
  @Text({ max: 200, nullable: true }) name: string | null;
  @TextList({ maxItems: CONTACT_TAGS_MAX, itemMax: TAG_MAX_LENGTH }) tags: string[];
  @OneOf(CONTACT_STATUSES) status: ContactStatus;
  @Int({ min: -1_000_000_000, max: 1_000_000_000 }) lead_score: number;
  @Uuid({ nullable: true }) source_component: string | null;
  /** The fields this change touched (all of them for a creation). */
  @TextList({ maxItems: 20, itemMax: 40 }) changed: string[];
  @DateTime() updated_at: string;
}

export class ContactDeletedV1 {
  @Uuid() contact_id: string;
  @Bool() erased: boolean;
}

export const CONTACT_CREATED = defineEvent({
  name: 'crm.contact.created.v1',
  producer: 'crm',
  payload: ContactChangedV1,
  description: 'A contact was created (by the API, a form submission or a workflow).',
});

export const CONTACT_UPDATED = defineEvent({
  name: 'crm.contact.updated.v1',
  producer: 'crm',
  payload: ContactChangedV1,
  description: 'A contact changed; `changed` names the fields.',
});

export const CONTACT_DELETED = defineEvent({
  name: 'crm.contact.deleted.v1',
  producer: 'crm',
  payload: ContactDeletedV1,
  description: 'A contact was deleted (erased: its personal data too).',
});
