import { unstorableTextReasons, type ValidationProblem } from '@mab/contracts';
import { ApiError } from './api-error';

/**
 * Input that parses fine but must never go further: checked once, for every JSON body and query string, before
 * anything recursive (class-transformer, class-validator, JSON.stringify) or PostgreSQL sees it.
 *
 * - Nesting is bounded. JSON.parse itself is iterative in V8 (Node 24 parses 500,000 nested arrays, the most that
 *   fit in the 1 MiB body limit, in about 0.1 s), but class-transformer, class-validator and JSON.stringify recurse
 *   and overflow the stack: 2,000 nested arrays (4 kB) already overflow class-transformer on Node 24.
 * - NUL (U+0000) is refused in strings and keys: PostgreSQL cannot store it in `text` nor in `jsonb`.
 * - Unpaired UTF-16 surrogates (U+D800–U+DFFF without their partner) are refused: they are not Unicode text;
 *   JSON.stringify writes them as `\udXXX` escapes that PostgreSQL's `jsonb` rejects, and UTF-8 encoding silently
 *   turns them into U+FFFD in `text`. Valid pairs (emoji and the like) are fine.
 * - `__proto__`, `constructor` and `prototype` keys are refused as unknown fields: they never name a field of ours,
 *   and they are what prototype-pollution payloads use.
 *
 * Every walk here is iterative (an explicit stack), so no input can exhaust the call stack.
 */

/**
 * The deepest nesting of objects and arrays accepted, the body itself being level 1. Our typed bodies use 1 or 2
 * levels and free-form ones a handful (a public event's `data.form_data` is 3; a JSON Schema nests two levels per
 * nested property); 32 leaves ample room for them while staying far below the ~2,000 levels where
 * class-transformer overflows (for comparison, .NET's System.Text.Json reader stops at 64 by default).
 */
export const MAX_JSON_DEPTH = 32;

/** How many problems one 400 lists at most: enough to fix a request in one go, bounded so the answer stays small. */
export const MAX_REPORTED_PROBLEMS = 20;

/** Longest key echoed in a field path; longer keys are cut (a key can be as long as the body). */
export const MAX_REPORTED_KEY_LENGTH = 64;

/** Keys refused anywhere, at any depth: they name no field of ours and are the tools of prototype pollution. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export type JsonSafetyCode = 'json_too_deep' | 'validation_failed';

/** What is wrong with an input: the error code and the `{field, constraints}` details of the 400. */
export interface JsonSafetyReport {
  code: JsonSafetyCode;
  message: string;
  details: ValidationProblem[];
}

/** What a field path must not echo raw: control characters and any surrogate (escaped as \uXXXX). */
const UNPRINTABLE = /[\u0000-\u001F\u007F\uD800-\uDFFF]/g;
const HAS_UNPRINTABLE = /[\u0000-\u001F\u007F\uD800-\uDFFF]/;

/** The problems of one string (a value or a key), as constraint messages; empty when it is fine. */
export function stringProblems(value: string, subject: string): string[] {
  return unstorableTextReasons(value).map((reason) => `${subject} ${reason}`);
}

/** A key as it appears in a field path: unprintable code units escaped, long keys cut. */
function pathSegment(key: string): string {
  if (key.length <= MAX_REPORTED_KEY_LENGTH && !HAS_UNPRINTABLE.test(key)) return key;
  const cut = key.length > MAX_REPORTED_KEY_LENGTH ? `${key.slice(0, MAX_REPORTED_KEY_LENGTH)}…` : key;
  return cut.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Plain data only: what JSON.parse and the query parsers produce. Anything else (a Buffer, a class) is a leaf. */
function isContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return true;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** A node on the walk's stack; its path is built only when a problem is found. */
interface Frame {
  value: Record<string, unknown> | unknown[];
  depth: number;
  parent: Frame | null;
  segment: string;
}

function joinPath(parent: Frame | null, segment: string, root: string): string {
  const parts: string[] = [segment];
  for (let f = parent; f; f = f.parent) parts.push(f.segment);
  const path = parts
    .reverse()
    .filter((p) => p !== '')
    .join('.');
  return path === '' ? root : path;
}

export interface InspectOptions {
  /** Deepest nesting accepted (the value itself is level 1 when it is an object or array). */
  maxDepth?: number;
  /** Stop after this many problems. */
  maxProblems?: number;
  /** What the message calls the input ("request body", "query string"). */
  what?: string;
  /** The field name given for a problem with the input itself (a top-level string). */
  root?: string;
}

/**
 * Inspects a parsed JSON value (or any plain data) without recursion: `null` when it is safe, otherwise the first
 * problems in document order. Too deep a nesting ends the walk at once and is reported alone as `json_too_deep`.
 */
export function inspectJson(value: unknown, options: InspectOptions = {}): JsonSafetyReport | null {
  const maxDepth = options.maxDepth ?? MAX_JSON_DEPTH;
  const maxProblems = options.maxProblems ?? MAX_REPORTED_PROBLEMS;
  const what = options.what ?? 'request body';
  const root = options.root ?? 'body';

  const found = new Map<string, string[]>();
  const add = (field: string, constraints: string[]) => found.set(field, [...(found.get(field) ?? []), ...constraints]);
  const report = (): JsonSafetyReport | null => {
    if (found.size === 0) return null;
    const details = [...found].map(([field, constraints]) => ({ field, constraints }));
    return {
      code: 'validation_failed',
      message: `request validation failed: ${details.map((d) => d.field).join(', ')}`,
      details,
    };
  };

  if (typeof value === 'string') {
    const problems = stringProblems(value, root);
    if (problems.length > 0) add(root, problems);
    return report();
  }
  if (!isContainer(value)) return null;

  const stack: Frame[] = [{ value, depth: 1, parent: null, segment: '' }];
  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    if (frame.depth > maxDepth) {
      const field = joinPath(frame.parent, frame.segment, root);
      return {
        code: 'json_too_deep',
        message: `the ${what} nests objects and arrays deeper than ${maxDepth} levels, the most accepted`,
        details: [{ field, constraints: [`${field} is nested deeper than ${maxDepth} levels`] }],
      };
    }
    const children: Frame[] = [];
    const visit = (segment: string, child: unknown) => {
      if (typeof child === 'string') {
        // The path is built only for a bad string: most strings are fine and cost one regex test.
        if (unstorableTextReasons(child).length === 0) return;
        const field = joinPath(frame, segment, root);
        add(field, stringProblems(child, field));
      } else if (isContainer(child)) {
        children.push({ value: child, depth: frame.depth + 1, parent: frame, segment });
      }
    };
    if (Array.isArray(frame.value)) {
      const items = frame.value;
      for (let i = 0; i < items.length && found.size < maxProblems; i++) visit(String(i), items[i]);
    } else {
      const object = frame.value;
      for (const key of Object.keys(object)) {
        if (found.size >= maxProblems) break;
        const segment = pathSegment(key);
        if (FORBIDDEN_KEYS.has(key)) {
          add(joinPath(frame, segment, root), [`property ${key} should not exist`]);
          continue;
        }
        const keyProblems = stringProblems(key, 'property names');
        if (keyProblems.length > 0) {
          add(joinPath(frame, segment, root), keyProblems);
          continue;
        }
        visit(segment, object[key]);
      }
    }
    if (found.size >= maxProblems) break;
    // Reversed, so the first child is walked first and problems come in document order.
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return report();
}

/** The `{field, constraints}` list alone: empty when the value is safe. */
export function findJsonProblems(value: unknown, options: InspectOptions = {}): ValidationProblem[] {
  return inspectJson(value, options)?.details ?? [];
}

/**
 * A parsed query string (`req.query`: strings, arrays of strings, or nested objects with an extended parser). Fields
 * are named as the validation pipe names query fields: `cursor`, `filter.name`.
 */
export function inspectQuery(query: unknown, options: InspectOptions = {}): JsonSafetyReport | null {
  return inspectJson(query, { what: 'query string', root: 'query', ...options });
}

/** The 400 a report answers with, in the one error body. */
export function jsonSafetyError(report: JsonSafetyReport): ApiError {
  return new ApiError(400, report.code, report.message, report.details);
}

/** Throws the 400 (`json_too_deep` or `validation_failed`) when the value is unsafe. */
export function assertSafeJson(value: unknown, options: InspectOptions = {}): void {
  const report = inspectJson(value, options);
  if (report) throw jsonSafetyError(report);
}
