import { ApiProperty } from '@nestjs/swagger';
import { OneOf } from '../fields';
import { PageOf } from '../pagination';
import { defineCommand } from '../registry';

/** What a component is for; the catalogue groups types by it. */
export const COMPONENT_CATEGORIES = [
  'layout',
  'content',
  'social_proof',
  'commerce',
  'lead_capture',
  'navigation',
] as const;
export type ComponentCategory = (typeof COMPONENT_CATEGORIES)[number];

/** Input types a form field may have on a published page. */
export const FORM_FIELD_TYPES = [
  'text',
  'email',
  'tel',
  'textarea',
  'select',
  'checkbox',
  'date',
  'time',
  'number',
  'url',
] as const;
export type FormFieldType = (typeof FORM_FIELD_TYPES)[number];

export class ListComponentTypesQuery {
  @OneOf(COMPONENT_CATEGORIES, { optional: true })
  category?: ComponentCategory;
}

export class ComponentTypeView {
  @ApiProperty({ example: 'contact_form' }) type: string;
  @ApiProperty({ example: 'Contact form' }) label: string;
  @ApiProperty() description: string;
  @ApiProperty({ enum: COMPONENT_CATEGORIES }) category: ComponentCategory;
  @ApiProperty({ description: 'Whether visitors submit it (it can start form_submission workflows)' }) is_form: boolean;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'JSON Schema (2020-12) of the component config: the rules the template service validates configs with',
  })
  config_schema: Record<string, unknown>;
  @ApiProperty({ type: String, isArray: true, description: 'Rules beyond the schema, in words (form fields)' })
  rules: string[];
  @ApiProperty({
    type: String,
    isArray: true,
    description: 'Site customizations this type uses (company_name, primary_color, …)',
  })
  customization_keys: string[];
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'A valid config to start from' })
  example_config: Record<string, unknown>;
}

export const ComponentTypePage = PageOf(ComponentTypeView);

export const LIST_COMPONENT_TYPES = defineCommand({
  name: 'template.component-type.list',
  service: 'template',
  request: ListComponentTypesQuery,
  reply: ComponentTypePage,
  scope: 'platform',
  mutation: false,
  description: 'The catalogue of smart component types, each with the schema its config must follow.',
});
