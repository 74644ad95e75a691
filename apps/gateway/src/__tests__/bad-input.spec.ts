import { randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import {
  bearer,
  publishedSite,
  registerUser,
  startGateway,
  uniqueEmail,
  type GatewayHarness,
  type Session,
} from './gateway-harness';

/**
 * What an OpenAPI fuzzer sends: NUL, unpaired surrogates, absurd nesting, prototype keys. Each is refused with a 400
 * in the one error body, naming the field, by one check after the body parsers (http/json-safety.ts): never a 500
 * from PostgreSQL or a stack overflow in class-transformer.
 */
describe('bad input through the real stack', () => {
  let gw: GatewayHarness;
  let owner: Session;
  const password = 'correct horse battery staple';

  beforeAll(async () => {
    // Refused requests never reach the rate limiter, but the controls do; keep them clear of the auth limit.
    gw = await startGateway({ AUTH_RATE_LIMIT: '1000' });
    owner = await registerUser(gw, 'bad-input-owner');
  });

  afterAll(async () => {
    await gw.close();
  });

  /** Raw JSON text, sent as is: JS object literals would mangle `__proto__`. */
  const postRaw = (path: string, json: string) =>
    gw.http().post(path).set('Content-Type', 'application/json').send(json);

  function expectRefused(res: Response, field: string, code = 'validation_failed'): void {
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      status_code: 400,
      error: 'Bad Request',
      code,
      message: expect.any(String),
      details: expect.arrayContaining([{ field, constraints: [expect.any(String)] }]),
    });
    expect(res.body.message).toContain(code === 'validation_failed' ? field : 'deeper than 32 levels');
  }

  const usersNamed = async (email: string) =>
    gw.db.query<{ name: string }>('SELECT name FROM gateway.users WHERE email = $1', [email.toLowerCase()]);
  const outboxCount = async () =>
    Number((await gw.db.query<{ n: string }>('SELECT count(*) AS n FROM gateway.outbox'))[0].n);

  it('runs after the body parsers: NUL written as a \\u0000 escape only exists once the JSON is parsed', async () => {
    const email = uniqueEmail('nul');
    const raw = `{"email":"${email}","password":"${password}","name":"Ada\\u0000Lovelace"}`;
    expect(raw).not.toContain('\u0000');
    const res = await postRaw('/api/auth/register', raw);
    expectRefused(res, 'name');
    expect(res.body.details).toEqual([
      { field: 'name', constraints: ['name must not contain NUL characters (U+0000)'] },
    ]);
    expect(await usersNamed(email)).toEqual([]);

    // A raw NUL byte inside a JSON string is not JSON at all: the parser answers first.
    const rawByte = await postRaw(
      '/api/auth/register',
      `{"email":"${email}","password":"${password}","name":"a\u0000b"}`,
    );
    expect(rawByte.status).toBe(400);
    expect(rawByte.body.code).toBe('malformed_json');
  });

  it('refuses unpaired surrogates in register fields, the email included', async () => {
    const email = uniqueEmail('surrogate');
    const workspace = await postRaw(
      '/api/auth/register',
      `{"email":"${email}","password":"${password}","workspace_name":"Acme \\ud83d Ltd"}`,
    );
    expectRefused(workspace, 'workspace_name');
    expect(workspace.body.details[0].constraints[0]).toMatch(/unpaired UTF-16 surrogates/);

    const lowAlone = await postRaw('/api/auth/register', `{"email":"x\\udc00${email}","password":"${password}"}`);
    expectRefused(lowAlone, 'email');
    expect(await usersNamed(email)).toEqual([]);
  });

  it('refuses deep nesting on login before anything recursive touches it, whatever the depth that fits the body limit', async () => {
    for (const depth of [15_000, 200_000, 500_000]) {
      const raw = `{"email":"x@example.com","password":${'['.repeat(depth)}${']'.repeat(depth)}}`;
      expect(raw.length).toBeLessThan(1_048_576);
      const res = await postRaw('/api/auth/login', raw);
      expectRefused(res, `password${'.0'.repeat(31)}`, 'json_too_deep');
      expect(res.body.message).toMatch(/deeper than 32 levels/);
    }
    // 32 levels are fine as far as this check goes; validation then says what is wrong with the field.
    const ok = await postRaw(
      '/api/auth/login',
      `{"email":"x@example.com","password":${'['.repeat(31)}${']'.repeat(31)}}`,
    );
    expect(ok.status).toBe(400);
    expect(ok.body).toMatchObject({
      code: 'validation_failed',
      details: [expect.objectContaining({ field: 'password' })],
    });
  });

  it('refuses bad public events (their own small parser) with the error body, CORS headers and nothing written', async () => {
    const path = `/api/public/sites/${randomUUID()}/events`;
    const before = await outboxCount();

    const nul = await gw
      .http()
      .post(path)
      .set('Origin', 'https://some-published-site.example')
      .send({ type: 'page_view', visitor_id: 'v_\u0000' });
    expectRefused(nul, 'visitor_id');
    expect(nul.headers['access-control-allow-origin']).toBeDefined();

    const deepSurrogate = await postRaw(
      path,
      '{"type":"form_submission","data":{"form_data":{"name":"Vi","address":{"lines":["ok","\\ud800"]}},"page":"/contact"}}',
    );
    expectRefused(deepSurrogate, 'data.form_data.address.lines.1');

    const surrogateKey = await postRaw(path, '{"type":"page_view","data":{"utm":{"\\udfff":"x"}}}');
    expectRefused(surrogateKey, 'data.utm.\\udfff');

    const deep = `{"type":"page_view","data":{"x":${'['.repeat(15_000)}${']'.repeat(15_000)}}}`;
    expect(deep.length).toBeLessThan(32_768);
    expectRefused(await postRaw(path, deep), `data.x${'.0'.repeat(30)}`, 'json_too_deep');

    const proto = await postRaw(path, '{"type":"page_view","data":{"__proto__":{"polluted":true}}}');
    expect(proto.status).toBe(400);
    expect(proto.body.details).toEqual([
      { field: 'data.__proto__', constraints: ['property __proto__ should not exist'] },
    ]);

    expect(await outboxCount()).toBe(before);
  });

  it('refuses __proto__ and constructor keys as unknown fields instead of dropping them silently', async () => {
    const proto = await postRaw(
      '/api/auth/login',
      '{"email":"x@example.com","password":"whatever-long","__proto__":{"admin":true}}',
    );
    expect(proto.status).toBe(400);
    expect(proto.body).toEqual({
      status_code: 400,
      error: 'Bad Request',
      code: 'validation_failed',
      message: 'request validation failed: __proto__',
      details: [{ field: '__proto__', constraints: ['property __proto__ should not exist'] }],
    });

    const email = uniqueEmail('ctor');
    const ctor = await postRaw(
      '/api/auth/register',
      `{"email":"${email}","password":"${password}","constructor":{"prototype":{"admin":true}}}`,
    );
    expect(ctor.status).toBe(400);
    expect(ctor.body.details).toEqual([
      { field: 'constructor', constraints: ['property constructor should not exist'] },
    ]);
    expect(await usersNamed(email)).toEqual([]);

    const nested = await gw
      .http()
      .post('/api/workspaces/current/members')
      .set(bearer(owner.access))
      .set('Content-Type', 'application/json')
      .send('{"email":"someone@example.com","role":"member","prototype":1}');
    expect(nested.status).toBe(400);
    expect(nested.body.details).toEqual([{ field: 'prototype', constraints: ['property prototype should not exist'] }]);
  });

  it('refuses NUL in query strings, values and keys, on any route', async () => {
    const members = '/api/workspaces/current/members';
    for (const [query, field] of [
      ['cursor=%00', 'cursor'],
      ['limit=%00', 'limit'],
      ['limit=10&cursor=1%002', 'cursor'],
      ['cursor=1&cursor=%00', 'cursor.1'],
      ['%00=1', '\\u0000'],
      ['__proto__=1', '__proto__'],
    ]) {
      const res = await gw.http().get(`${members}?${query}`).set(bearer(owner.access));
      expectRefused(res, field);
    }
    // Checked before authentication, on routes without a query DTO too.
    expectRefused(await gw.http().get('/api/auth/me?x=%00'), 'x');
    await gw.http().get(`${members}?limit=2&cursor=0`).set(bearer(owner.access)).expect(200);
  });

  it('bounds limit, offset and cursor on every list (no bigint overflow in the database)', async () => {
    const list = (query: string) => gw.http().get(`/api/workspaces/current/members?${query}`).set(bearer(owner.access));
    for (const [query, field] of [
      ['offset=99999999999999999999', 'offset'],
      ['offset=10001', 'offset'],
      ['offset=-1', 'offset'],
      ['limit=0', 'limit'],
      ['limit=1e3', 'limit'],
      ['cursor=99999999999', 'cursor'],
      ['cursor=' + 'a'.repeat(201), 'cursor'],
    ]) {
      const res = await list(query);
      expect({ query, status: res.status, code: res.body.code }).toEqual({
        query,
        status: 400,
        code: 'validation_failed',
      });
      expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
    }
    await list('offset=10000&limit=200').expect(200);
  });

  // Only this check's part: fields may refuse more (single-line names refuse carriage returns, see SafeText).
  it('accepts ordinary text: emoji (valid surrogate pairs), accents, tabs and newlines', async () => {
    const email = uniqueEmail('emoji');
    const name = 'Zoë 🎉 Ümlaut\tTab\nNew line 𝒳';
    const registered = await gw
      .http()
      .post('/api/auth/register')
      .send({ email, password, name, workspace_name: 'Café ☕\t🚀 Ltd' })
      .expect(201);
    expect(registered.body.access_token).toEqual(expect.any(String));
    expect(await usersNamed(email)).toEqual([{ name }]);
    await gw.http().post('/api/auth/login').send({ email, password }).expect(200);

    const before = await outboxCount();
    await postRaw(
      `/api/public/sites/${await publishedSite(gw)}/events`,
      '{"type":"form_submission","visitor_id":"v_😀","data":{"form_data":{"name":"\\ud83d\\ude00 Vi\\tSitor","message":"line\\nline"},"nested":[[[[{"ok":true}]]]]}}',
    ).expect(202);
    expect(await outboxCount()).toBe(before + 1);
  });
});
