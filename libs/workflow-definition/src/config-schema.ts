import { isWholeExpression } from './expressions';

/**
 * The shape of a node's configuration, in a small declarative form: the validator walks it to name every wrong
 * field (`config.template: …`), the catalogue documents it, and `toJsonSchema` turns it into the JSON Schema the AI
 * service hands to Claude for structured output. One description, three uses, no generated code.
 */
export type FieldSpec = TextSpec | NumberSpec | BooleanSpec | EnumSpec | ListSpec | ObjectSpec | MapSpec | AnySpec;

interface BaseSpec {
  description?: string;
  required?: boolean;
  /** May be written as `{{ expression }}` (evaluated when the step runs); text fields may also embed them. */
  expression?: boolean;
  /** Never exported or returned (webhook secrets, credentials). */
  secret?: boolean;
}
export interface TextSpec extends BaseSpec {
  type: 'text';
  maxLength?: number;
  minLength?: number;
  format?: TextFormat;
  multiline?: boolean;
  /**
   * A template rendered again downstream (the crm renders email subjects, HTML and text with Liquid): a value an
   * expression puts in is escaped for it, so a visitor's answer is shown as written and never read as markup.
   */
  template?: 'html' | 'text';
}
export interface NumberSpec extends BaseSpec {
  type: 'integer' | 'number';
  min?: number;
  max?: number;
}
export interface BooleanSpec extends BaseSpec {
  type: 'boolean';
}
export interface EnumSpec extends BaseSpec {
  type: 'enum';
  values: readonly string[];
}
export interface ListSpec extends BaseSpec {
  type: 'list';
  items: FieldSpec;
  maxItems?: number;
  minItems?: number;
}
export interface ObjectSpec extends BaseSpec {
  type: 'object';
  properties: Record<string, FieldSpec>;
}
/** Free-form keys (headers, merge data, custom fields) with values of one spec. */
export interface MapSpec extends BaseSpec {
  type: 'map';
  values: FieldSpec;
  maxKeys?: number;
}
/** Any JSON value (a request body, `set` values): bounded by size only. */
export interface AnySpec extends BaseSpec {
  type: 'any';
}

export type TextFormat = 'uuid' | 'email' | 'http_url' | 'event_name' | 'time_of_day' | 'date_time' | 'key';

export interface ConfigProblem {
  /** Dotted path from the node: `config.template`, `config.conditions[0].operator`. */
  field: string;
  message: string;
}

const FORMATS: Record<TextFormat, { test: (v: string) => boolean; message: string }> = {
  uuid: {
    test: (v) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v),
    message: 'must be a uuid',
  },
  email: { test: (v) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) && v.length <= 320, message: 'must be an email address' },
  http_url: {
    test: (v) => {
      try {
        const url = new URL(v);
        return (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password;
      } catch {
        return false;
      }
    },
    message: 'must be an http(s) URL without credentials in it',
  },
  event_name: {
    test: (v) => /^[a-z][a-z0-9-]*\.[a-z][a-z0-9-]*(\.[a-z][a-z0-9_-]*)+\.v[1-9][0-9]*$/.test(v),
    message: 'must be an event name such as crm.contact.score_threshold_reached.v1',
  },
  time_of_day: { test: (v) => /^([01]\d|2[0-3]):[0-5]\d$/.test(v), message: 'must be a time of day as HH:MM' },
  date_time: {
    test: (v) =>
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/.test(v) && !isNaN(Date.parse(v)),
    message: 'must be an ISO 8601 date-time with its offset, such as 2027-01-31T09:00:00Z',
  },
  key: { test: (v) => /^[a-z][a-z0-9_-]{0,79}$/.test(v), message: 'must be lower-case letters, digits, - and _' },
};

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** What is wrong with `value` against `spec`, each problem named by its path (`at`). */
export function checkValue(spec: FieldSpec, value: unknown, at: string, problems: ConfigProblem[]): void {
  if (value === undefined || value === null) {
    if (spec.required) problems.push({ field: at, message: 'is required' });
    return;
  }
  // A whole-value expression stands for any type: it is checked when the step runs, with the value it gives.
  if (spec.expression && typeof value === 'string' && isWholeExpression(value)) return;
  const wrong = (message: string): void => void problems.push({ field: at, message });
  switch (spec.type) {
    case 'text': {
      if (typeof value !== 'string') return wrong('must be text');
      if (spec.minLength !== undefined && value.trim().length < spec.minLength)
        return wrong(spec.minLength === 1 ? 'must not be empty' : `must be at least ${spec.minLength} characters`);
      if (spec.maxLength !== undefined && value.length > spec.maxLength)
        return wrong(`must be at most ${spec.maxLength} characters`);
      if (!spec.multiline && /[\r\n]/.test(value)) return wrong('must be one line');
      // A text with embedded expressions is only known when it runs.
      if (spec.format && !(spec.expression && value.includes('{{')) && !FORMATS[spec.format].test(value))
        return wrong(FORMATS[spec.format].message);
      return;
    }
    case 'integer':
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return wrong('must be a number');
      if (spec.type === 'integer' && !Number.isInteger(value)) return wrong('must be a whole number');
      if (spec.min !== undefined && value < spec.min) return wrong(`must be at least ${spec.min}`);
      if (spec.max !== undefined && value > spec.max) return wrong(`must be at most ${spec.max}`);
      return;
    }
    case 'boolean':
      if (typeof value !== 'boolean') wrong('must be true or false');
      return;
    case 'enum':
      if (typeof value !== 'string' || !spec.values.includes(value)) wrong(`must be one of ${spec.values.join(', ')}`);
      return;
    case 'list': {
      if (!Array.isArray(value)) return wrong('must be a list');
      if (spec.minItems !== undefined && value.length < spec.minItems)
        return wrong(`must hold at least ${spec.minItems} item${spec.minItems === 1 ? '' : 's'}`);
      if (spec.maxItems !== undefined && value.length > spec.maxItems)
        return wrong(`must hold at most ${spec.maxItems} items`);
      value.forEach((item, i) => checkValue({ ...spec.items, required: true }, item, `${at}[${i}]`, problems));
      return;
    }
    case 'object': {
      if (!isPlainObject(value)) return wrong('must be an object');
      for (const key of Object.keys(value)) {
        if (!(key in spec.properties)) problems.push({ field: `${at}.${key}`, message: 'is not a known setting' });
      }
      for (const [key, child] of Object.entries(spec.properties))
        checkValue(child, value[key], `${at}.${key}`, problems);
      return;
    }
    case 'map': {
      if (!isPlainObject(value)) return wrong('must be an object');
      const keys = Object.keys(value);
      if (spec.maxKeys !== undefined && keys.length > spec.maxKeys)
        return wrong(`must hold at most ${spec.maxKeys} keys`);
      for (const key of keys) {
        if (key.length > 100 || key === '__proto__') {
          problems.push({ field: `${at}.${key.slice(0, 40)}`, message: 'is not a usable key' });
          continue;
        }
        checkValue(spec.values, value[key], `${at}.${key}`, problems);
      }
      return;
    }
    case 'any':
      return;
  }
}

/** The JSON Schema of a spec (draft 2020-12 subset), for tools that speak it (Claude's tool input schemas). */
export function toJsonSchema(spec: FieldSpec): Record<string, unknown> {
  const described = (schema: Record<string, unknown>) => {
    const withDescription = spec.description ? { ...schema, description: spec.description } : schema;
    if (!spec.expression) return withDescription;
    return { anyOf: [withDescription, { type: 'string', pattern: '^\\s*\\{\\{[\\s\\S]+\\}\\}\\s*$' }] };
  };
  switch (spec.type) {
    case 'text':
      return described({
        type: 'string',
        ...(spec.maxLength !== undefined ? { maxLength: spec.maxLength } : {}),
        ...(spec.minLength !== undefined ? { minLength: spec.minLength } : {}),
        ...(spec.format === 'uuid' ? { format: 'uuid' } : {}),
        ...(spec.format === 'email' ? { format: 'email' } : {}),
        ...(spec.format === 'http_url' ? { format: 'uri' } : {}),
        ...(spec.format === 'date_time' ? { format: 'date-time' } : {}),
      });
    case 'integer':
    case 'number':
      return described({
        type: spec.type,
        ...(spec.min !== undefined ? { minimum: spec.min } : {}),
        ...(spec.max !== undefined ? { maximum: spec.max } : {}),
      });
    case 'boolean':
      return described({ type: 'boolean' });
    case 'enum':
      return described({ type: 'string', enum: [...spec.values] });
    case 'list':
      return described({
        type: 'array',
        items: toJsonSchema(spec.items),
        ...(spec.maxItems !== undefined ? { maxItems: spec.maxItems } : {}),
        ...(spec.minItems !== undefined ? { minItems: spec.minItems } : {}),
      });
    case 'object':
      return described({
        type: 'object',
        properties: Object.fromEntries(Object.entries(spec.properties).map(([k, v]) => [k, toJsonSchema(v)])),
        required: Object.entries(spec.properties)
          .filter(([, v]) => v.required)
          .map(([k]) => k),
        additionalProperties: false,
      });
    case 'map':
      return described({ type: 'object', additionalProperties: toJsonSchema(spec.values) });
    case 'any':
      return spec.description ? { description: spec.description } : {};
  }
}

/** A copy of `config` without the fields its spec marks secret (export, API reads, events). */
export function withoutSecrets(spec: ObjectSpec, config: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(config)) {
    const child = spec.properties[key];
    if (child?.secret) continue;
    out[key] = child?.type === 'object' && isPlainObject(value) ? withoutSecrets(child, value) : value;
  }
  return out;
}

/** The names of the secret fields a config holds (so an import can say which ones to fill in again). */
export function secretFields(spec: ObjectSpec, config: Record<string, unknown>, at = 'config'): string[] {
  const found: string[] = [];
  for (const [key, child] of Object.entries(spec.properties)) {
    const value = config[key];
    if (child.secret) found.push(`${at}.${key}`);
    else if (child.type === 'object' && isPlainObject(value)) found.push(...secretFields(child, value, `${at}.${key}`));
  }
  return found;
}
