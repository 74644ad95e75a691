import jsonata from 'jsonata';
import type { ObjectSpec } from './config-schema';

/**
 * Expressions in node configs: `{{ trigger.form_data.email }}`, `{{ steps.create_contact.output.id }}`,
 * `Hello {{ $uppercase(trigger.form_data.name) }}`. The text between the braces is JSONata (a query and
 * transformation language for JSON with its own interpreter: no `eval`, `new Function` or `vm`, and no way to a
 * JavaScript prototype, `process` or `require`; tested in this library). A value that is exactly one expression
 * keeps the type it evaluates to (a number stays a number, a list a list); expressions inside text are written
 * into it (objects as JSON, nothing for a missing value).
 *
 * What an expression sees: `trigger` (the trigger's data), `steps.<node id>.output` (every finished step),
 * `execution` (`id`, `started_at`), `workflow` (`id`, `name`, `version`), and in a loop's body `item` and `index`.
 */

const WHOLE = /^\s*\{\{([\s\S]+?)\}\}\s*$/;
const EMBEDDED = /\{\{([\s\S]+?)\}\}/g;
export const EXPRESSION_MAX_LENGTH = 2_000;

/** Evaluation limits: a runaway expression fails its step, it never stalls the engine. */
const LIMITS = { timeout: 250, stack: 250, sequence: 100_000 };
/** The result of an expression written into a text is cut here. */
const TEXT_RESULT_MAX = 100_000;

export interface ExpressionContext {
  trigger: unknown;
  steps: Record<string, { output: unknown }>;
  execution?: { id: string; started_at: string };
  workflow?: { id: string; name: string; version: number };
  item?: unknown;
  index?: number;
}

export class ExpressionError extends Error {
  constructor(
    readonly expression: string,
    readonly reason: string,
  ) {
    super(`{{ ${expression.trim()} }}: ${reason}`);
  }
}

/** Whether the whole value is one expression (and so keeps the type of its result). */
export function isWholeExpression(value: string): boolean {
  const match = WHOLE.exec(value);
  return !!match && !match[1].includes('}}') && !match[1].includes('{{');
}

/** The expressions a text holds, in order. */
export function expressionsIn(value: string): string[] {
  return [...value.matchAll(EMBEDDED)].map((m) => m[1]);
}

type Compiled = ReturnType<typeof jsonata>;
const compiled = new Map<string, Compiled>();
const COMPILED_CACHE_MAX = 5_000;

interface AstNode {
  type?: string;
  value?: unknown;
  [key: string]: unknown;
}

/** Regular expressions can backtrack for minutes on a crafted input, beyond any timeout's reach: not offered. */
function unsafeConstruct(node: unknown, seen = new Set<unknown>()): string | null {
  if (!node || typeof node !== 'object' || seen.has(node)) return null;
  seen.add(node);
  const n = node as AstNode;
  if (n.type === 'regex') return 'regular expressions are not available in workflow expressions';
  if ((n.type === 'variable' || n.type === 'function') && n.value === 'eval')
    return '$eval is not available in workflow expressions';
  for (const child of Object.values(n)) {
    if (Array.isArray(child)) {
      for (const item of child) {
        const found = unsafeConstruct(item, seen);
        if (found) return found;
      }
    } else if (child && typeof child === 'object') {
      const found = unsafeConstruct(child, seen);
      if (found) return found;
    }
  }
  return null;
}

function compile(source: string): Compiled {
  const cached = compiled.get(source);
  if (cached) return cached;
  if (source.length > EXPRESSION_MAX_LENGTH)
    throw new ExpressionError(source.slice(0, 80), `is longer than ${EXPRESSION_MAX_LENGTH} characters`);
  let expression: Compiled;
  try {
    expression = jsonata(source, LIMITS);
  } catch (err) {
    throw new ExpressionError(source, `does not parse: ${(err as { message?: string }).message ?? String(err)}`);
  }
  const unsafe = unsafeConstruct(expression.ast());
  if (unsafe) throw new ExpressionError(source, unsafe);
  if (compiled.size >= COMPILED_CACHE_MAX) compiled.delete(compiled.keys().next().value!);
  compiled.set(source, expression);
  return expression;
}

/** Why an expression cannot run, or null when it parses and uses only what is offered. */
export function expressionProblem(source: string): string | null {
  try {
    compile(source);
    return null;
  } catch (err) {
    return err instanceof ExpressionError ? err.reason : String(err);
  }
}

/** The first segments of the paths an expression reads from `steps` (`steps.create_contact.output` → create_contact). */
export function stepReferences(source: string): string[] {
  return [...source.matchAll(/\bsteps\.([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]);
}

/** JSONata answers sequences as arrays with extra properties; plain JSON leaves here. */
function plain(value: unknown): unknown {
  if (value === undefined || value === null) return value;
  if (typeof value === 'function') return undefined;
  return JSON.parse(JSON.stringify(value)) as unknown;
}

async function evaluateOne(source: string, context: ExpressionContext): Promise<unknown> {
  const expression = compile(source);
  try {
    const result: unknown = await expression.evaluate(context, {});
    return plain(result);
  } catch (err) {
    const e = err as { code?: string; message?: string };
    throw new ExpressionError(source, e.message ?? e.code ?? String(err));
  }
}

function asText(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > TEXT_RESULT_MAX ? text.slice(0, TEXT_RESULT_MAX) : text;
}

/** One value with its expressions evaluated: a whole expression keeps its type; embedded ones become text. */
export async function evaluateText(
  value: string,
  context: ExpressionContext,
  escape?: (text: string) => string,
): Promise<unknown> {
  if (!value.includes('{{')) return value;
  if (isWholeExpression(value)) {
    const whole = await evaluateOne(WHOLE.exec(value)![1], context);
    return escape ? escape(asText(whole)) : whole;
  }
  const parts: string[] = [];
  let last = 0;
  for (const match of value.matchAll(EMBEDDED)) {
    const text = asText(await evaluateOne(match[1], context));
    parts.push(value.slice(last, match.index), escape ? escape(text) : text);
    last = match.index + match[0].length;
  }
  parts.push(value.slice(last));
  return parts.join('');
}

/** A config (any JSON) with every expression in it evaluated, keys kept as written. */
export async function evaluateValue(
  value: unknown,
  context: ExpressionContext,
  escape?: (text: string) => string,
): Promise<unknown> {
  if (typeof value === 'string') return evaluateText(value, context, escape);
  if (Array.isArray(value)) return Promise.all(value.map((v) => evaluateValue(v, context, escape)));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) out[key] = await evaluateValue(child, context, escape);
    return out;
  }
  return value;
}

/**
 * Fences every brace and percent sign of an inserted value with an invisible word joiner, so no `{{`, `{%`, `}}` or
 * `%}` can form, whether inside the value, across two values, or with the template's own text around it.
 */
function escapeLiquid(text: string): string {
  return text.replace(/[{}%]/g, '\u2060$&\u2060');
}

/** What an inserted value becomes in a template of each kind (see TextSpec.template). */
export const TEMPLATE_ESCAPES: Record<'html' | 'text', (text: string) => string> = {
  html: (text) =>
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&#39;')
      .replace(/\{/g, '&#123;')
      .replace(/\}/g, '&#125;'),
  text: escapeLiquid,
};

/**
 * A node's config with its expressions evaluated; in the fields its type declares as templates rendered downstream
 * (an email's subject, HTML and text), each inserted value is escaped for that template.
 */
export async function evaluateNodeConfig(
  config: Record<string, unknown>,
  spec: ObjectSpec | undefined,
  context: ExpressionContext,
): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(config)) {
    const field = spec?.properties[key];
    const escape = field?.type === 'text' && field.template ? TEMPLATE_ESCAPES[field.template] : undefined;
    out[key] = await evaluateValue(value, context, escape);
  }
  return out;
}

/** Every expression in a config with the path it sits at (`config.to`, `config.headers.Authorization`). */
export function expressionsInValue(value: unknown, at: string): { field: string; source: string }[] {
  if (typeof value === 'string') return expressionsIn(value).map((source) => ({ field: at, source }));
  if (Array.isArray(value)) return value.flatMap((v, i) => expressionsInValue(v, `${at}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => expressionsInValue(v, `${at}.${k}`));
  return [];
}
