import { Injectable } from '@nestjs/common';
import { LIST_COMPONENT_TYPES, type ComponentTypeView, type ListComponentTypesQuery, type Page } from '@mab/contracts';
import { OnCommand } from '@mab/messaging';
import { COMPONENT_CATALOGUE } from './component-catalogue';
import { configJsonSchema } from './config-json-schema';
import type { ComponentTypeSpec } from './config-spec';

function formRulesInWords(spec: ComponentTypeSpec): string[] {
  if (!spec.form) return [];
  return [
    ...spec.form.requires_field_types.map((type) => `needs at least one field of type ${type}`),
    'field names are unique, start with a letter and hold only a-z, 0-9 and _',
    'select fields have at least one option, without repeats; only select fields have options',
  ];
}

function componentTypeView(spec: ComponentTypeSpec): ComponentTypeView {
  return {
    type: spec.type,
    label: spec.label,
    description: spec.description,
    category: spec.category,
    is_form: Boolean(spec.form),
    config_schema: configJsonSchema(spec.fields),
    rules: formRulesInWords(spec),
    customization_keys: spec.customization_keys,
    example_config: spec.example,
  };
}

/** The catalogue is code, not data: built once, served from memory. */
const VIEWS = COMPONENT_CATALOGUE.map(componentTypeView);

@Injectable()
export class ComponentTypesHandlers {
  @OnCommand(LIST_COMPONENT_TYPES)
  list(query: ListComponentTypesQuery): Page<ComponentTypeView> {
    const items = query.category ? VIEWS.filter((v) => v.category === query.category) : VIEWS;
    return { items, total: items.length, next_cursor: null };
  }
}
