import { FORM_FIELD_NAME, FORM_FIELD_SPEC, MAX_FORM_FIELDS } from './component-config.validator';
import type { ConfigField, ConfigFields } from './config-spec';

type JsonSchema = Record<string, unknown>;

/** A component type's config spec as JSON Schema (2020-12), for editors and clients that validate before sending. */
export function configJsonSchema(fields: ConfigFields): JsonSchema {
  return { $schema: 'https://json-schema.org/draft/2020-12/schema', ...objectSchema(fields) };
}

function objectSchema(fields: ConfigFields): JsonSchema {
  const required = Object.entries(fields)
    .filter(([, f]) => f.required)
    .map(([key]) => key);
  return {
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(Object.entries(fields).map(([key, field]) => [key, fieldSchema(field)])),
    ...(required.length ? { required } : {}),
  };
}

function fieldSchema(field: ConfigField): JsonSchema {
  switch (field.kind) {
    case 'text':
      return {
        type: 'string',
        maxLength: field.max,
        ...(field.min || field.required ? { minLength: field.min ?? 1 } : {}),
      };
    case 'url':
      return { type: 'string', format: 'uri', maxLength: 2048, pattern: '^https?://' };
    case 'email':
      return { type: 'string', format: 'email', maxLength: 320 };
    case 'color':
      return { type: 'string', pattern: '^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$' };
    case 'boolean':
      return { type: 'boolean' };
    case 'integer':
      return { type: 'integer', minimum: field.min, maximum: field.max };
    case 'select':
      return { type: 'string', enum: [...field.options] };
    case 'text_list':
      return {
        type: 'array',
        maxItems: field.max_items,
        items: { type: 'string', minLength: 1, maxLength: field.item_max },
      };
    case 'object':
      return objectSchema(field.fields);
    case 'list':
      return {
        type: 'array',
        maxItems: field.max_items,
        ...(field.min_items ? { minItems: field.min_items } : {}),
        items: objectSchema(field.item),
      };
    case 'form_fields': {
      const item = objectSchema(FORM_FIELD_SPEC) as { properties: Record<string, JsonSchema> };
      item.properties.name = { ...item.properties.name, pattern: FORM_FIELD_NAME.source };
      return { type: 'array', minItems: 1, maxItems: MAX_FORM_FIELDS, items: item };
    }
  }
}
