import { randomUUID } from 'node:crypto';
import { ApiClient, signUp, startPlatform, type Platform, type SignedUp } from '@mab/testing';

type Schema = { $ref?: string; type?: string; properties?: Record<string, Schema>; items?: Schema; enum?: unknown[] };
type Operation = {
  parameters?: { name: string; in: string; schema?: Schema }[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
};

/** Strings that broke the gateway once (NUL, lone surrogates, overflowing numbers) or often break servers. */
const NASTY_STRINGS = [
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udfff',
  '99999999999999999999',
  '-1',
  '1e309',
  '<script>alert(1)</script>',
  "'; DROP TABLE users; --",
  '../../etc/passwd',
  'x'.repeat(5_000),
  '\u0007\u001b[31m',
  '',
];
const NASTY_VALUES: unknown[] = [
  null,
  true,
  1e308,
  -1,
  2 ** 63,
  [],
  {},
  [[[[[]]]]],
  { __proto__: 1 },
  ...NASTY_STRINGS,
];
const RAW_BODIES = [
  `{"a":${'['.repeat(20_000)}${']'.repeat(20_000)}}`,
  '{"__proto__":{"admin":true}}',
  '{"constructor":{"prototype":{"admin":true}}}',
  '{"x":"\\ud800"}',
  '{"x":"\\u0000"}',
  '[]',
  '"a string"',
  'null',
  '{"unterminated": ',
];

/** Percent-encodes like encodeURIComponent, and a lone surrogate as its (invalid) UTF-8 bytes instead of throwing. */
const encode = (value: string) =>
  [...value]
    .map((c) => {
      try {
        return encodeURIComponent(c);
      } catch {
        const code = c.charCodeAt(0);
        return [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)]
          .map((b) => `%${b.toString(16).toUpperCase()}`)
          .join('');
      }
    })
    .join('');

/**
 * What an OpenAPI-driven fuzzer does, small and deterministic: every operation the document lists gets nasty path
 * ids, query values and bodies (each property of its request schema in turn, and raw bodies no schema expects). No
 * answer may be a 5xx: bad input is the client's problem and gets a 4xx in the one error body.
 */
describe('fuzzing every operation of the OpenAPI document', () => {
  let platform: Platform;
  let user: SignedUp;

  beforeAll(async () => {
    platform = await startPlatform({ label: 'fuzz' });
    user = await signUp(platform.gatewayUrl, 'fuzz');
  }, 120_000);

  afterAll(async () => {
    await platform?.close();
  });

  it('never answers 5xx to bad input', async () => {
    const doc = (await user.api.get('/docs/openapi.json')).body as {
      paths: Record<string, Record<string, Operation>>;
      components: { schemas: Record<string, Schema> };
    };
    const resolve = (schema?: Schema): Schema | undefined =>
      schema?.$ref ? doc.components.schemas[schema.$ref.split('/').pop()!] : schema;
    const plausible = (schema?: Schema): unknown => {
      const s = resolve(schema);
      if (s?.enum) return s.enum[0];
      if (s?.type === 'integer' || s?.type === 'number') return 1;
      if (s?.type === 'boolean') return true;
      if (s?.type === 'array') return [];
      if (s?.type === 'object') return {};
      return 'ok';
    };

    const failures: string[] = [];
    let requests = 0;
    const send = async (api: ApiClient, method: string, path: string, body?: unknown) => {
      requests++;
      const res = await api.request(method.toUpperCase(), path, body);
      const errorBodyOk =
        res.status < 400 ||
        (typeof res.body === 'object' && res.body !== null && 'status_code' in res.body) ||
        path.startsWith('/health');
      if (res.status >= 500 || !errorBodyOk) {
        failures.push(
          `${method.toUpperCase()} ${path} ${JSON.stringify(body)?.slice(0, 120)} → ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`,
        );
      }
    };

    for (const [template, operations] of Object.entries(doc.paths)) {
      if (template.startsWith('/api/live') || template.startsWith('/docs')) continue; // a stream; the document itself
      for (const [method, operation] of Object.entries(operations)) {
        // Signing out or changing the password would end the fuzzing session; they get raw bodies from a stranger.
        const api = /logout|change-password/.test(template) ? new ApiClient(platform.gatewayUrl) : user.api;
        const paths = ['not-a-uuid', randomUUID(), encodeURIComponent('\u0000'), '%ED%A0%80'].map((id) =>
          template.replace(/\{[^}]+\}/g, id),
        );
        for (const path of paths)
          await send(api, method, path, method === 'get' || method === 'delete' ? undefined : {});

        const path = template.replace(/\{[^}]+\}/g, randomUUID());
        for (const param of (operation.parameters ?? []).filter((p) => p.in === 'query')) {
          for (const value of NASTY_STRINGS) await send(api, method, `${path}?${param.name}=${encode(value)}`);
        }
        if (method === 'get' || method === 'delete') continue;
        const schema = resolve(operation.requestBody?.content?.['application/json']?.schema);
        const base = Object.fromEntries(Object.entries(schema?.properties ?? {}).map(([k, v]) => [k, plausible(v)]));
        for (const key of Object.keys(schema?.properties ?? {})) {
          for (const value of NASTY_VALUES) await send(api, method, path, { ...base, [key]: value });
        }
        for (const raw of RAW_BODIES) await send(api, method, path, raw);
      }
    }
    expect(requests).toBeGreaterThan(500);
    expect(failures).toEqual([]);
  }, 300_000);
});
