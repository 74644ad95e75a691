import { ApiError } from '../api-error';
import {
  assertSafeJson,
  findJsonProblems,
  FORBIDDEN_KEYS,
  inspectJson,
  inspectQuery,
  MAX_JSON_DEPTH,
  MAX_REPORTED_KEY_LENGTH,
  MAX_REPORTED_PROBLEMS,
} from '../json-safety';

/** n nested arrays around `inner`, built without recursion. */
function nestedArrays(n: number, inner: unknown = 1): unknown {
  let value = inner;
  for (let i = 0; i < n; i++) value = [value];
  return value;
}

describe('json safety', () => {
  it('accepts ordinary bodies, emoji (valid surrogate pairs), tabs, newlines and other control characters', () => {
    const body = {
      email: 'ada@example.com',
      name: 'Zoë 🎉 \t tab\nnew line\r\u0001 \uFFFD \uD83D\uDE00',
      tags: ['a', 'b', 1, true, null, { '🎉': 'ok' }],
      data: { form_data: { message: '𝒳 and 😀😀' } },
    };
    expect(inspectJson(body)).toBeNull();
    expect(findJsonProblems(body)).toEqual([]);
    expect(() => assertSafeJson(body)).not.toThrow();
    expect(inspectJson(null)).toBeNull();
    expect(inspectJson(42)).toBeNull();
    expect(inspectJson('plain')).toBeNull();
  });

  it('names NUL in a value at any depth, arrays included', () => {
    expect(findJsonProblems({ name: 'a\u0000b' })).toEqual([
      { field: 'name', constraints: ['name must not contain NUL characters (U+0000)'] },
    ]);
    expect(findJsonProblems({ data: { form_data: { name: '\u0000' } } })).toEqual([
      { field: 'data.form_data.name', constraints: [expect.stringContaining('NUL')] },
    ]);
    expect(findJsonProblems({ items: [{ ok: 'x' }, { tags: ['fine', 'bad\u0000'] }] })).toEqual([
      { field: 'items.1.tags.1', constraints: [expect.stringContaining('NUL')] },
    ]);
  });

  it('names unpaired surrogates, high or low, at the start, middle or end', () => {
    for (const bad of ['\uD800', 'a\uD83Db', 'x\uDE00', '\uDE00\uD83D', 'ok \uD83D\uDE00 then \uDBFF']) {
      expect(findJsonProblems({ data: { deep: [bad] } })).toEqual([
        {
          field: 'data.deep.0',
          constraints: ['data.deep.0 must not contain unpaired UTF-16 surrogates (U+D800-U+DFFF)'],
        },
      ]);
    }
    expect(findJsonProblems({ both: '\u0000\uD800' })[0].constraints).toHaveLength(2);
  });

  it('names NUL and unpaired surrogates in keys, escaped in the field path', () => {
    expect(findJsonProblems({ data: { 'a\u0000b': 1 } })).toEqual([
      { field: 'data.a\\u0000b', constraints: ['property names must not contain NUL characters (U+0000)'] },
    ]);
    expect(findJsonProblems({ data: { x: { '\uDC00': 'v' } } })).toEqual([
      { field: 'data.x.\\udc00', constraints: [expect.stringContaining('unpaired UTF-16 surrogates')] },
    ]);
    const longKey = 'k'.repeat(10_000) + '\u0000';
    expect(findJsonProblems({ [longKey]: 1 })[0].field).toBe(`${'k'.repeat(MAX_REPORTED_KEY_LENGTH)}…`);
  });

  it('refuses __proto__, constructor and prototype keys at any depth, as the validation pipe refuses unknown fields', () => {
    expect([...FORBIDDEN_KEYS]).toEqual(['__proto__', 'constructor', 'prototype']);
    // JSON.parse makes `__proto__` an own property (an object literal would set the prototype instead).
    expect(findJsonProblems(JSON.parse('{"email":"a@b.c","__proto__":{"admin":true}}'))).toEqual([
      { field: '__proto__', constraints: ['property __proto__ should not exist'] },
    ]);
    expect(findJsonProblems(JSON.parse('{"data":{"list":[{"constructor":{"prototype":{}}}]}}'))).toEqual([
      { field: 'data.list.0.constructor', constraints: ['property constructor should not exist'] },
    ]);
    expect(findJsonProblems(JSON.parse('{"a":{"prototype":1}}'))).toEqual([
      { field: 'a.prototype', constraints: ['property prototype should not exist'] },
    ]);
    // As values they are ordinary strings.
    expect(findJsonProblems({ name: '__proto__', role: 'constructor' })).toEqual([]);
  });

  it('lists problems in document order, one entry per field, at most MAX_REPORTED_PROBLEMS', () => {
    const problems = findJsonProblems({ a: 'ok', b: '\u0000', c: { d: '\uD800' }, e: ['\u0000'] });
    expect(problems.map((p) => p.field)).toEqual(['b', 'c.d', 'e.0']);
    const many = Array.from({ length: 1000 }, () => '\u0000');
    expect(findJsonProblems({ many })).toHaveLength(MAX_REPORTED_PROBLEMS);
    const report = inspectJson({ x: '\u0000', y: '\u0000' });
    expect(report).toEqual({
      code: 'validation_failed',
      message: 'request validation failed: x, y',
      details: expect.any(Array),
    });
  });

  it('accepts nesting up to MAX_JSON_DEPTH levels and refuses one more, naming where', () => {
    expect(MAX_JSON_DEPTH).toBe(32);
    expect(inspectJson(nestedArrays(MAX_JSON_DEPTH))).toBeNull();
    expect(inspectJson({ password: nestedArrays(MAX_JSON_DEPTH - 1) })).toBeNull();
    const report = inspectJson({ password: nestedArrays(MAX_JSON_DEPTH) });
    expect(report?.code).toBe('json_too_deep');
    expect(report?.message).toMatch(/deeper than 32 levels/);
    const field = `password${'.0'.repeat(MAX_JSON_DEPTH - 1)}`;
    expect(report?.details).toEqual([{ field, constraints: [`${field} is nested deeper than 32 levels`] }]);
  });

  it('walks nesting far beyond the call stack without recursion, and reports depth before anything else', () => {
    for (const depth of [15_000, 200_000, 1_000_000]) {
      expect(inspectJson({ email: 'x\u0000', password: nestedArrays(depth) })?.code).toBe('json_too_deep');
    }
    // Parsed the way body-parser parses it (JSON.parse is iterative in V8).
    const parsed = JSON.parse(`{"data":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}}`);
    expect(inspectJson(parsed)?.details[0].field).toBe(`data${'.a'.repeat(MAX_JSON_DEPTH - 1)}`);
    // Wide is fine: 200,000 siblings at depth 2.
    expect(inspectJson({ items: Array.from({ length: 200_000 }, (_, i) => ({ i })) })).toBeNull();
  });

  it('checks query strings: values, repeated values, keys and nested objects', () => {
    const query = Object.assign(Object.create(null), { limit: '10', cursor: '\u0000' });
    expect(inspectQuery(query)).toEqual({
      code: 'validation_failed',
      message: 'request validation failed: cursor',
      details: [{ field: 'cursor', constraints: ['cursor must not contain NUL characters (U+0000)'] }],
    });
    expect(inspectQuery({ tag: ['a', 'b\uD800'] })?.details[0].field).toBe('tag.1');
    expect(inspectQuery({ filter: { name: '\u0000' } })?.details[0].field).toBe('filter.name');
    expect(inspectQuery(JSON.parse('{"__proto__":"x"}'))?.details[0]).toEqual({
      field: '__proto__',
      constraints: ['property __proto__ should not exist'],
    });
    expect(inspectQuery({})).toBeNull();
    expect(inspectQuery({ limit: '50', cursor: '100' })).toBeNull();
  });

  it('leaves non-plain objects alone (only JSON data is walked)', () => {
    expect(inspectJson({ raw: Buffer.from([0, 0xed, 0xa0, 0x80]), when: new Date(0) })).toBeNull();
  });

  it('throws the 400 error body from assertSafeJson', () => {
    let thrown: unknown;
    try {
      assertSafeJson({ name: '\u0000' });
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(ApiError);
    expect((thrown as ApiError).getStatus()).toBe(400);
    expect((thrown as ApiError).getResponse()).toEqual({
      status_code: 400,
      error: 'Bad Request',
      code: 'validation_failed',
      message: 'request validation failed: name',
      details: [{ field: 'name', constraints: [expect.any(String)] }],
    });
    expect(() => assertSafeJson(nestedArrays(40))).toThrow(/deeper than 32 levels/);
  });
});
