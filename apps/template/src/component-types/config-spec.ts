import type { ComponentCategory, FormFieldType } from '@mab/contracts';

/**
 * The little language the component catalogue is written in: what keys a component config has, their kinds and
 * limits. One spec per type drives both the validation of every component write and the JSON Schema the catalogue
 * serves, so the two cannot disagree.
 */
export type ConfigField =
  | { kind: 'text'; max: number; min?: number; multiline?: boolean; required?: boolean }
  | { kind: 'url'; required?: boolean }
  | { kind: 'email'; required?: boolean }
  | { kind: 'color'; required?: boolean }
  | { kind: 'boolean'; required?: boolean }
  | { kind: 'integer'; min: number; max: number; required?: boolean }
  | { kind: 'select'; options: readonly string[]; required?: boolean }
  | { kind: 'text_list'; max_items: number; item_max: number; required?: boolean }
  | { kind: 'object'; fields: ConfigFields; required?: boolean }
  | { kind: 'list'; item: ConfigFields; max_items: number; min_items?: number; required?: boolean }
  /** The fields of a form, with the rules of form_fields.ts. */
  | { kind: 'form_fields'; required?: boolean };

export type ConfigFields = Record<string, ConfigField>;

/** Rules a form's fields must satisfy beyond their own shape. */
export interface FormRules {
  /** Field types the form must contain (a contact form needs somewhere to write back to: an email field). */
  requires_field_types: FormFieldType[];
}

export interface ComponentTypeSpec {
  type: string;
  label: string;
  description: string;
  category: ComponentCategory;
  fields: ConfigFields;
  /** Set for components visitors submit; they start form_submission workflows. */
  form?: FormRules;
  /** Site customizations the type reads (a template fills them in at instantiation). */
  customization_keys: string[];
  /** A valid config to start from (and a test that the spec accepts what it documents). */
  example: Record<string, unknown>;
}

/** An image is always an absolute URL with its alternative text: a published page must be accessible. */
export const IMAGE: ConfigField = {
  kind: 'object',
  fields: { url: { kind: 'url', required: true }, alt: { kind: 'text', max: 200, required: true } },
};

export const HEADING: ConfigField = { kind: 'text', max: 120 };
export const SUBHEADING: ConfigField = { kind: 'text', max: 300, multiline: true };
