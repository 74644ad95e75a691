import 'reflect-metadata';
import { ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateBy,
  ValidateIf,
  ValidateNested,
  isEmail,
  isURL,
  type ValidationArguments,
} from 'class-validator';
import { unsafeTextReason } from './text-safety';

/**
 * Field decorators for request and event classes. Each one applies the validation rules AND the OpenAPI schema
 * from the same numbers, so the document a client reads states the limits the server enforces (max lengths,
 * formats, integer bounds), and a request shape is written once: the contract class is the gateway's `@Body()`.
 *
 * Every text field is bounded and refuses what cannot be stored or shown (NUL, lone surrogates, control
 * characters), see text-safety.ts.
 */

interface Presence {
  /** May be absent (undefined). Not the same as nullable: an optional field sent as null is refused. */
  optional?: boolean;
  /** May be null (e.g. to clear a value in a PATCH). */
  nullable?: boolean;
  description?: string;
  example?: unknown;
}

type Decorator = PropertyDecorator;

function compose(...decorators: Decorator[]): Decorator {
  return (target, key) => {
    for (const decorate of decorators) decorate(target, key);
  };
}

/** Skips the other rules when the value is legitimately missing (absent and optional, or null and nullable). */
function presence(o: Presence): Decorator[] {
  if (o.optional && o.nullable) return [IsOptional()];
  if (o.optional) return [ValidateIf((_, value) => value !== undefined)];
  if (o.nullable) return [ValidateIf((_, value) => value !== null)];
  return [];
}

function api(o: Presence, schema: ApiPropertyOptions): Decorator {
  return ApiProperty({
    required: !o.optional,
    ...(o.nullable ? { nullable: true } : {}),
    ...(o.description ? { description: o.description } : {}),
    ...(o.example !== undefined ? { example: o.example } : {}),
    ...schema,
  } as ApiPropertyOptions);
}

const messageOf = (text: string) => (args: ValidationArguments) => `${args.property} ${text}`;

/** Text without NUL, lone surrogates or control characters (line breaks allowed when multi-line). */
export function SafeText(multiline = false, each = false): Decorator {
  return ValidateBy(
    {
      name: multiline ? 'safeMultilineText' : 'safeText',
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || unsafeTextReason(value, multiline) === null,
        defaultMessage: (args?: ValidationArguments) =>
          `${args?.property} ${typeof args?.value === 'string' ? unsafeTextReason(args.value, multiline) : 'is not valid text'}`,
      },
    },
    { each },
  );
}

export interface TextOptions extends Presence {
  /** Longest accepted value, in UTF-16 code units (required: every text field is bounded). */
  max: number;
  min?: number;
  /** Allows line breaks (messages, descriptions); single-line otherwise. */
  multiline?: boolean;
  pattern?: RegExp;
  /** What the pattern means, for the error message ("must be lower-case words joined by hyphens"). */
  patternMessage?: string;
  /** Strips surrounding whitespace before validation. */
  trim?: boolean;
  /** OpenAPI format hint (e.g. `hostname`). */
  format?: string;
}

export function Text(o: TextOptions): Decorator {
  const decorators: Decorator[] = [
    api(o, {
      type: 'string',
      maxLength: o.max,
      ...(o.min ? { minLength: o.min } : {}),
      ...(o.pattern ? { pattern: o.pattern.source } : {}),
      ...(o.format ? { format: o.format } : {}),
    }),
    ...presence(o),
    IsString(),
    SafeText(o.multiline ?? false),
    MaxLength(o.max),
  ];
  if (o.trim) decorators.unshift(Transform(({ value }) => (typeof value === 'string' ? value.trim() : value)));
  if (o.min) decorators.push(MinLength(o.min));
  if (o.pattern)
    decorators.push(Matches(o.pattern, { message: messageOf(o.patternMessage ?? `must match ${o.pattern.source}`) }));
  return compose(...decorators);
}

/** An email address, trimmed and lower-cased. A value that crashes the email parser is refused, not thrown. */
export function Email(o: Presence = {}): Decorator {
  return compose(
    api(o, { type: 'string', format: 'email', maxLength: 320, example: o.example ?? 'ada@example.com' }),
    Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value)),
    ...presence(o),
    IsString(),
    SafeText(),
    MaxLength(320),
    ValidateBy({
      name: 'safeEmail',
      validator: {
        validate: (value: unknown) => {
          if (typeof value !== 'string' || unsafeTextReason(value, false)) return false;
          try {
            return isEmail(value);
          } catch {
            return false;
          }
        },
        defaultMessage: messageOf('must be an email address'),
      },
    }),
  );
}

export function Uuid(o: Presence = {}): Decorator {
  return compose(api(o, { type: 'string', format: 'uuid' }), ...presence(o), IsUUID());
}

export interface IntOptions extends Presence {
  min: number;
  max: number;
  default?: number;
  /** Converts a numeric string (query strings carry only strings); JSON bodies must send numbers. */
  fromQuery?: boolean;
}

export function Int(o: IntOptions): Decorator {
  const decorators: Decorator[] = [
    api(o, {
      type: 'integer',
      minimum: o.min,
      maximum: o.max,
      ...(o.default !== undefined ? { default: o.default } : {}),
    }),
    ...presence(o),
    IsInt(),
    Min(o.min),
    Max(o.max),
  ];
  if (o.fromQuery) {
    decorators.unshift(
      Transform(({ value }) => (typeof value === 'string' && /^-?\d{1,16}$/.test(value) ? Number(value) : value)),
    );
  }
  return compose(...decorators);
}

export function Bool(o: Presence & { fromQuery?: boolean } = {}): Decorator {
  const decorators: Decorator[] = [api(o, { type: 'boolean' }), ...presence(o), IsBoolean()];
  if (o.fromQuery) {
    decorators.unshift(Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value)));
  }
  return compose(...decorators);
}

export function OneOf<T extends string>(values: readonly T[], o: Presence = {}): Decorator {
  return compose(api(o, { type: 'string', enum: [...values] }), ...presence(o), IsIn([...values]));
}

export interface UrlOptions extends Presence {
  /** Longest accepted URL (2048 by default: what browsers and CDNs reliably handle). */
  max?: number;
}

/** An absolute http(s) URL: never `javascript:`, `data:` or a relative path. */
export function HttpUrl(o: UrlOptions = {}): Decorator {
  const max = o.max ?? 2048;
  return compose(
    api(o, { type: 'string', format: 'uri', maxLength: max, pattern: '^https?://' }),
    ...presence(o),
    IsString(),
    SafeText(),
    MaxLength(max),
    ValidateBy({
      name: 'httpUrl',
      validator: {
        validate: (value: unknown) => {
          if (typeof value !== 'string' || unsafeTextReason(value, false)) return false;
          try {
            return isURL(value, { protocols: ['http', 'https'], require_protocol: true, require_tld: false });
          } catch {
            return false;
          }
        },
        defaultMessage: messageOf('must be an absolute http:// or https:// URL'),
      },
    }),
  );
}

export function DateTime(o: Presence = {}): Decorator {
  return compose(api(o, { type: 'string', format: 'date-time' }), ...presence(o), IsISO8601({ strict: true }));
}

/** A hex color (`#1a2b3c` or `#abc`). */
export function Color(o: Presence = {}): Decorator {
  return compose(
    api(o, { type: 'string', pattern: '^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$', example: o.example ?? '#4f46e5' }),
    ...presence(o),
    IsString(),
    Matches(/^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, { message: messageOf('must be a hex color such as #4f46e5') }),
  );
}

/**
 * A free-form JSON object (form data, custom fields). Its size is bounded by the body limit and its depth and
 * strings by the gateway's JSON safety check; its keys are not validated here.
 */
export function JsonObject(o: Presence = {}): Decorator {
  return compose(
    api(o, { type: 'object', additionalProperties: true }),
    ...presence(o),
    IsObject(),
    Type(() => Object),
  );
}

/** A list of free-form JSON objects (their content is checked by the service that owns their meaning). */
export function JsonObjectList(o: ListOptions): Decorator {
  const decorators: Decorator[] = [
    api(o, { type: 'array', items: { type: 'object', additionalProperties: true }, maxItems: o.maxItems }),
    ...presence(o),
    IsArray(),
    ArrayMaxSize(o.maxItems),
    IsObject({ each: true }),
  ];
  if (o.minItems) decorators.push(ArrayMinSize(o.minItems));
  return compose(...decorators);
}

/** A nested object validated against its own class. */
export function Nested(cls: () => new () => object, o: Presence = {}): Decorator {
  return compose(api(o, { type: cls }), ...presence(o), IsObject(), ValidateNested(), Type(cls));
}

export interface ListOptions extends Presence {
  maxItems: number;
  minItems?: number;
}

/** A list of objects, each validated against its class. */
export function NestedList(cls: () => new () => object, o: ListOptions): Decorator {
  const decorators: Decorator[] = [
    api(o, { type: cls, isArray: true, maxItems: o.maxItems, ...(o.minItems ? { minItems: o.minItems } : {}) }),
    ...presence(o),
    IsArray(),
    ArrayMaxSize(o.maxItems),
    ValidateNested({ each: true }),
    Type(cls),
  ];
  if (o.minItems) decorators.push(ArrayMinSize(o.minItems));
  return compose(...decorators);
}

/** A list of bounded single-line strings (tags, keywords). */
export function TextList(o: ListOptions & { itemMax: number; pattern?: RegExp; patternMessage?: string }): Decorator {
  const decorators: Decorator[] = [
    api(o, {
      type: 'string',
      isArray: true,
      maxItems: o.maxItems,
      ...(o.minItems ? { minItems: o.minItems } : {}),
      // The item limits live in `items`, where OpenAPI looks for them.
      items: { type: 'string', maxLength: o.itemMax, ...(o.pattern ? { pattern: o.pattern.source } : {}) },
    } as ApiPropertyOptions),
    ...presence(o),
    IsArray(),
    ArrayMaxSize(o.maxItems),
    IsString({ each: true }),
    SafeText(false, true),
    MaxLength(o.itemMax, { each: true }),
  ];
  if (o.minItems) decorators.push(ArrayMinSize(o.minItems));
  if (o.pattern) {
    decorators.push(
      Matches(o.pattern, {
        each: true,
        message: messageOf(o.patternMessage ?? `items must match ${o.pattern.source}`),
      }),
    );
  }
  return compose(...decorators);
}

/** A list of uuids (ids of the caller's resources); duplicates refused, since each id names one thing once. */
export function UuidList(o: ListOptions): Decorator {
  const decorators: Decorator[] = [
    api(o, {
      type: 'string',
      isArray: true,
      maxItems: o.maxItems,
      ...(o.minItems ? { minItems: o.minItems } : {}),
      items: { type: 'string', format: 'uuid' },
    } as ApiPropertyOptions),
    ...presence(o),
    IsArray(),
    ArrayMaxSize(o.maxItems),
    IsUUID(undefined, { each: true }),
    ArrayUnique(),
  ];
  if (o.minItems) decorators.push(ArrayMinSize(o.minItems));
  return compose(...decorators);
}
