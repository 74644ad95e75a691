import { FORM_FIELD_TYPES, unsafeTextReason, type ValidationProblem } from '@mab/contracts';
import { isEmail, isURL } from 'class-validator';
import { componentTypeSpec } from './component-catalogue';
import type { ConfigField, ConfigFields, FormRules } from './config-spec';

/** The shape of one field of a form component; form_fields lists of these get the extra rules below. */
export const FORM_FIELD_SPEC: ConfigFields = {
  name: { kind: 'text', max: 40, required: true },
  type: { kind: 'select', options: FORM_FIELD_TYPES, required: true },
  label: { kind: 'text', max: 100, required: true },
  required: { kind: 'boolean' },
  placeholder: { kind: 'text', max: 150 },
  help_text: { kind: 'text', max: 200 },
  options: { kind: 'text_list', max_items: 50, item_max: 100 },
  min_length: { kind: 'integer', min: 0, max: 5000 },
  max_length: { kind: 'integer', min: 1, max: 5000 },
  min: { kind: 'integer', min: -1_000_000_000, max: 1_000_000_000 },
  max: { kind: 'integer', min: -1_000_000_000, max: 1_000_000_000 },
};

export const MAX_FORM_FIELDS = 30;
/** A form field's name becomes the key of `form_data` and of workflow expressions (`trigger.form_data.email`). */
export const FORM_FIELD_NAME = /^[a-z][a-z0-9_]{0,39}$/;
const LENGTH_TYPES = new Set(['text', 'textarea', 'email', 'tel', 'url']);
const COLOR = /^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Validates a component config against its type's spec and returns every problem, each naming the field with a
 * path a person can follow (`config.plans[1].name`). An empty list means the config is valid.
 */
export function validateComponentConfig(type: string, config: unknown, path = 'config'): ValidationProblem[] {
  const spec = componentTypeSpec(type);
  if (!spec)
    return [{ field: 'type', constraints: [`"${type}" is not a component type (see GET /api/components/types)`] }];
  const problems: ValidationProblem[] = [];
  checkObject(path, config, spec.fields, problems);
  if (spec.form && isPlainObject(config) && Array.isArray(config.fields))
    checkFormRules(`${path}.fields`, config.fields, spec.form, problems);
  return problems;
}

function checkObject(path: string, value: unknown, fields: ConfigFields, problems: ValidationProblem[]): void {
  if (!isPlainObject(value)) {
    problems.push({ field: path, constraints: ['must be an object'] });
    return;
  }
  for (const key of Object.keys(value)) {
    if (!Object.hasOwn(fields, key))
      problems.push({ field: `${path}.${key}`, constraints: ['is not a setting of this component'] });
  }
  for (const [key, field] of Object.entries(fields)) {
    const child = value[key];
    if (child === undefined || child === null) {
      if (field.required) problems.push({ field: `${path}.${key}`, constraints: ['is required'] });
      continue;
    }
    checkField(`${path}.${key}`, child, field, problems);
  }
}

function textProblem(value: unknown, max: number, multiline = false, min = 0): string | null {
  if (typeof value !== 'string') return 'must be a string';
  const unsafe = unsafeTextReason(value, multiline);
  if (unsafe) return unsafe;
  if (value.length > max) return `must be at most ${max} characters`;
  if (value.trim().length < min) return min === 1 ? 'must not be empty' : `must be at least ${min} characters`;
  return null;
}

function urlProblem(value: unknown): string | null {
  const text = textProblem(value, 2048);
  if (text) return text;
  try {
    return isURL(value as string, { protocols: ['http', 'https'], require_protocol: true, require_tld: false })
      ? null
      : 'must be an absolute http:// or https:// URL';
  } catch {
    return 'must be an absolute http:// or https:// URL';
  }
}

function checkField(path: string, value: unknown, field: ConfigField, problems: ValidationProblem[]): void {
  const fail = (message: string | null) => {
    if (message) problems.push({ field: path, constraints: [message] });
  };
  switch (field.kind) {
    case 'text':
      return fail(textProblem(value, field.max, field.multiline, field.min ?? (field.required ? 1 : 0)));
    case 'url':
      return fail(urlProblem(value));
    case 'email': {
      const text = textProblem(value, 320);
      if (text) return fail(text);
      let ok = false;
      try {
        ok = isEmail(value as string);
      } catch {
        ok = false;
      }
      return fail(ok ? null : 'must be an email address');
    }
    case 'color':
      return fail(typeof value === 'string' && COLOR.test(value) ? null : 'must be a hex color such as #4f46e5');
    case 'boolean':
      return fail(typeof value === 'boolean' ? null : 'must be true or false');
    case 'integer':
      if (!Number.isInteger(value)) return fail('must be an integer');
      return fail(
        (value as number) < field.min || (value as number) > field.max
          ? `must be between ${field.min} and ${field.max}`
          : null,
      );
    case 'select':
      return fail(
        typeof value === 'string' && field.options.includes(value)
          ? null
          : `must be one of: ${field.options.join(', ')}`,
      );
    case 'text_list':
      if (!Array.isArray(value)) return fail('must be a list of strings');
      if (value.length > field.max_items) return fail(`must have at most ${field.max_items} items`);
      value.forEach((item, i) => {
        const problem = textProblem(item, field.item_max, false, 1);
        if (problem) problems.push({ field: `${path}[${i}]`, constraints: [problem] });
      });
      return;
    case 'object':
      return checkObject(path, value, field.fields, problems);
    case 'list':
      if (!Array.isArray(value)) return fail('must be a list');
      if (value.length > field.max_items) return fail(`must have at most ${field.max_items} items`);
      if (value.length < (field.min_items ?? 0)) return fail(`must have at least ${field.min_items} item(s)`);
      value.forEach((item, i) => checkObject(`${path}[${i}]`, item, field.item, problems));
      return;
    case 'form_fields':
      return checkFormFields(path, value, problems);
  }
}

function checkFormFields(path: string, value: unknown, problems: ValidationProblem[]): void {
  if (!Array.isArray(value)) {
    problems.push({ field: path, constraints: ['must be a list of form fields'] });
    return;
  }
  if (value.length === 0 || value.length > MAX_FORM_FIELDS) {
    problems.push({ field: path, constraints: [`must have between 1 and ${MAX_FORM_FIELDS} fields`] });
  }
  const seen = new Set<string>();
  value.forEach((item, i) => {
    const at = `${path}[${i}]`;
    const before = problems.length;
    checkObject(at, item, FORM_FIELD_SPEC, problems);
    if (problems.length > before || !isPlainObject(item)) return;
    const field = item as {
      name: string;
      type: string;
      options?: string[];
      min_length?: number;
      max_length?: number;
      min?: number;
      max?: number;
    };
    const fail = (key: string, message: string) => problems.push({ field: `${at}.${key}`, constraints: [message] });
    if (!FORM_FIELD_NAME.test(field.name))
      fail('name', 'must start with a letter and hold only a-z, 0-9 and _ (it becomes a form_data key)');
    if (seen.has(field.name)) fail('name', `is used by another field of this form ("${field.name}")`);
    seen.add(field.name);
    if (field.type === 'select') {
      if (!field.options?.length) fail('options', 'a select field needs at least one option');
      else if (new Set(field.options).size !== field.options.length) fail('options', 'must not repeat an option');
    } else if (field.options !== undefined) {
      fail('options', 'only select fields have options');
    }
    if ((field.min_length !== undefined || field.max_length !== undefined) && !LENGTH_TYPES.has(field.type)) {
      fail('max_length', `${field.type} fields have no length limits`);
    }
    if (field.min_length !== undefined && field.max_length !== undefined && field.min_length > field.max_length) {
      fail('min_length', 'must not be greater than max_length');
    }
    if ((field.min !== undefined || field.max !== undefined) && field.type !== 'number')
      fail('min', 'only number fields have min and max');
    if (field.min !== undefined && field.max !== undefined && field.min > field.max)
      fail('min', 'must not be greater than max');
  });
}

function checkFormRules(path: string, fields: unknown[], rules: FormRules, problems: ValidationProblem[]): void {
  const types = new Set(fields.filter(isPlainObject).map((f) => f.type));
  for (const required of rules.requires_field_types) {
    if (!types.has(required))
      problems.push({ field: path, constraints: [`this form needs a field of type ${required}`] });
  }
}
