import { ApiProperty } from '@nestjs/swagger';
import { Bool, OneOf, Text, TextList, Uuid } from '../fields';
import { PageOf } from '../pagination';
import { defineCommand } from '../registry';

export const CUSTOM_FIELD_TYPES = ['text', 'number', 'date', 'boolean', 'select'] as const;
export type CustomFieldType = (typeof CUSTOM_FIELD_TYPES)[number];
/** A custom field's key, as contacts carry it (`custom_fields.company_size`) and templates name it. */
export const CUSTOM_FIELD_KEY_PATTERN = /^[a-z][a-z0-9_]{0,39}$/;
export const CUSTOM_FIELDS_MAX = 100;

export class CreateCustomFieldRequest {
  @Text({
    max: 40,
    pattern: CUSTOM_FIELD_KEY_PATTERN,
    patternMessage: 'must be lower-case letters, digits and underscores, starting with a letter',
    example: 'company_size',
  })
  key: string;

  @Text({ min: 1, max: 100, trim: true, example: 'Company size' })
  label: string;

  @OneOf(CUSTOM_FIELD_TYPES, { example: 'select' })
  type: CustomFieldType;

  @TextList({
    optional: true,
    minItems: 1,
    maxItems: 100,
    itemMax: 100,
    example: ['1-10', '11-50', '51-200', '200+'],
    description: 'The choices of a select field (required for select, refused for other types)',
  })
  options?: string[];

  @Text({ optional: true, nullable: true, max: 300, trim: true })
  description?: string | null;
}

export class UpdateCustomFieldBody {
  @Text({ optional: true, min: 1, max: 100, trim: true }) label?: string;
  @TextList({ optional: true, minItems: 1, maxItems: 100, itemMax: 100 }) options?: string[];
  @Text({ optional: true, nullable: true, max: 300, trim: true }) description?: string | null;
}

export class UpdateCustomFieldRequest extends UpdateCustomFieldBody {
  @Uuid() field_id: string;
}

export class CustomFieldIdRequest {
  @Uuid() field_id: string;
}

export class DeleteCustomFieldQuery {
  @Bool({ optional: true, fromQuery: true, description: 'Also remove the value from every contact' })
  purge?: boolean;
}

export class DeleteCustomFieldRequest extends DeleteCustomFieldQuery {
  @Uuid() field_id: string;
}

export class CustomFieldView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'company_size' }) key: string;
  @ApiProperty({ example: 'Company size' }) label: string;
  @ApiProperty({ enum: CUSTOM_FIELD_TYPES }) type: CustomFieldType;
  @ApiProperty({ type: String, isArray: true, nullable: true }) options: string[] | null;
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty({ format: 'date-time' }) created_at: string;
  @ApiProperty({ format: 'date-time' }) updated_at: string;
}
export const CustomFieldPage = PageOf(CustomFieldView);

export class ListCustomFieldsRequest {}

export const CREATE_CUSTOM_FIELD = defineCommand({
  name: 'crm.custom-field.create',
  service: 'crm',
  request: CreateCustomFieldRequest,
  reply: CustomFieldView,
  scope: 'workspace',
  mutation: true,
  description: 'Defines a custom field contacts of the workspace can carry.',
});

export const LIST_CUSTOM_FIELDS = defineCommand({
  name: 'crm.custom-field.list',
  service: 'crm',
  request: ListCustomFieldsRequest,
  reply: CustomFieldPage,
  scope: 'workspace',
  mutation: false,
  description: "The workspace's custom field definitions.",
});

export const GET_CUSTOM_FIELD = defineCommand({
  name: 'crm.custom-field.get',
  service: 'crm',
  request: CustomFieldIdRequest,
  reply: CustomFieldView,
  scope: 'workspace',
  mutation: false,
  description: 'One custom field definition.',
});

export const UPDATE_CUSTOM_FIELD = defineCommand({
  name: 'crm.custom-field.update',
  service: 'crm',
  request: UpdateCustomFieldRequest,
  reply: CustomFieldView,
  scope: 'workspace',
  mutation: true,
  description: "Changes a custom field's label, description or options (its key and type stay).",
});

export const DELETE_CUSTOM_FIELD = defineCommand({
  name: 'crm.custom-field.delete',
  service: 'crm',
  request: DeleteCustomFieldRequest,
  reply: 'none',
  scope: 'workspace',
  mutation: true,
  description: 'Deletes a custom field definition (and with purge, its values on contacts).',
});
