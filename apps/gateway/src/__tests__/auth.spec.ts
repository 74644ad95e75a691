import { createHmac } from 'node:crypto';
import { bearer, registerUser, startGateway, type GatewayHarness } from './gateway-harness';
import { DEV_JWT_SECRET } from '../gateway.env';

function signHs256(payload: object, secret: string, header: object = { alg: 'HS256', typ: 'JWT' }): string {
  const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const body = `${enc(header)}.${enc(payload)}`;
  return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
}

describe('authentication: register, login, tokens', () => {
  let gw: GatewayHarness;

  beforeAll(async () => {
    gw = await startGateway();
  });

  afterAll(async () => {
    await gw.close();
  });

  it('registers, logs in, rotates refresh tokens, detects reuse and logs out', async () => {
    const email = `ada-${Date.now()}@Example.com`;
    const register = await gw
      .http()
      .post('/api/auth/register')
      .send({ email, password: 'correct horse battery staple', name: 'Ada', workspace_name: 'Engines' })
      .expect(201);
    expect(register.body).toMatchObject({
      user: { email: email.toLowerCase(), name: 'Ada' },
      workspace: { name: 'Engines' },
      role: 'owner',
      token_type: 'Bearer',
    });
    expect(register.body.user).not.toHaveProperty('password_hash');

    const login = await gw
      .http()
      .post('/api/auth/login')
      .send({ email, password: 'correct horse battery staple' })
      .expect(200);
    expect(login.body).toMatchObject({
      expires_in: 900,
      user: { email: email.toLowerCase() },
      workspace: { name: 'Engines' },
    });

    const me = await gw.http().get('/api/auth/me').set(bearer(login.body.access_token)).expect(200);
    expect(me.body).toMatchObject({
      role: 'owner',
      user: { id: register.body.user.id },
      workspace: { id: register.body.workspace.id },
    });

    const first = login.body.refresh_token;
    const refreshed = await gw.http().post('/api/auth/refresh').send({ refresh_token: first }).expect(200);
    const second = refreshed.body.refresh_token;
    expect(second).not.toBe(first);
    await gw.http().get('/api/auth/me').set(bearer(refreshed.body.access_token)).expect(200);

    // The rotated token is refused, and presenting it revokes the family: the newest token stops working too.
    const reuse = await gw.http().post('/api/auth/refresh').send({ refresh_token: first }).expect(401);
    expect(reuse.body).toMatchObject({ status_code: 401, code: 'refresh_token_reused' });
    const afterReuse = await gw.http().post('/api/auth/refresh').send({ refresh_token: second }).expect(401);
    expect(afterReuse.body.code).toBe('refresh_token_reused');

    // A fresh login is a new family; logout ends it.
    const again = await gw
      .http()
      .post('/api/auth/login')
      .send({ email, password: 'correct horse battery staple' })
      .expect(200);
    await gw.http().post('/api/auth/logout').send({ refresh_token: again.body.refresh_token }).expect(204);
    await gw.http().post('/api/auth/refresh').send({ refresh_token: again.body.refresh_token }).expect(401);
    // Logout is idempotent, and ends the session's access token too (not only its refresh token).
    await gw.http().post('/api/auth/logout').send({ refresh_token: again.body.refresh_token }).expect(204);
    await gw.http().get('/api/auth/me').set(bearer(again.body.access_token)).expect(401);
    // Reuse detection likewise ended the first session's newest access token.
    await gw.http().get('/api/auth/me').set(bearer(refreshed.body.access_token)).expect(401);
  });

  it('answers the same 401 for an unknown email and a wrong password', async () => {
    const user = await registerUser(gw, 'enum');
    const wrongPassword = await gw
      .http()
      .post('/api/auth/login')
      .send({ email: user.email, password: 'not the password' })
      .expect(401);
    const unknown = await gw
      .http()
      .post('/api/auth/login')
      .send({ email: 'nobody-here@example.com', password: 'not the password' })
      .expect(401);
    expect(unknown.body).toEqual(wrongPassword.body);
    expect(unknown.body).toMatchObject({ code: 'invalid_credentials', error: 'Unauthorized' });
  });

  it('refuses a second account with the same email (any case)', async () => {
    const user = await registerUser(gw, 'dupe');
    const res = await gw
      .http()
      .post('/api/auth/register')
      .send({ email: user.email.toUpperCase(), password: 'another long password' })
      .expect(409);
    expect(res.body.code).toBe('email_taken');
  });

  it('refuses tampered, unsigned, foreign, expired and orphaned tokens with 401', async () => {
    const user = await registerUser(gw, 'attacks');
    const [header, payload, signature] = user.access.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());

    const tampered = `${header}.${Buffer.from(JSON.stringify({ ...claims, ws: '00000000-0000-0000-0000-000000000000' })).toString('base64url')}.${signature}`;
    const none = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${payload}.`;
    const wrongKey = signHs256(claims, 'another-secret-that-is-long-enough-0123456789');
    const expired = signHs256({ ...claims, iat: 1_600_000_000, exp: 1_600_000_900 }, DEV_JWT_SECRET);
    const wrongAudience = signHs256({ ...claims, aud: 'someone-else' }, DEV_JWT_SECRET);
    const wrongIssuer = signHs256({ ...claims, iss: 'someone-else' }, DEV_JWT_SECRET);
    // Same secret, another algorithm in the header: refused because only HS256 is accepted.
    const hs384 = (() => {
      const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
      const body = `${enc({ alg: 'HS384', typ: 'JWT' })}.${enc(claims)}`;
      return `${body}.${createHmac('sha384', DEV_JWT_SECRET).update(body).digest('base64url')}`;
    })();
    const rs256 = `${Buffer.from(JSON.stringify({ alg: 'RS256', typ: 'JWT' })).toString('base64url')}.${payload}.${signature}`;

    for (const token of [tampered, none, wrongKey, expired, wrongAudience, wrongIssuer, hs384, rs256, 'not-a-jwt']) {
      const res = await gw.http().get('/api/auth/me').set(bearer(token)).expect(401);
      expect(res.body).toMatchObject({ status_code: 401, error: 'Unauthorized' });
    }
    const res = await gw.http().get('/api/auth/me').set(bearer(expired)).expect(401);
    expect(res.body.code).toBe('token_expired');
    await gw.http().get('/api/auth/me').expect(401);

    // A valid token of a user who has since been deleted.
    await gw.http().get('/api/auth/me').set(bearer(user.access)).expect(200);
    await gw.db.query('DELETE FROM gateway.users WHERE id = $1', [user.userId]);
    await gw.http().get('/api/auth/me').set(bearer(user.access)).expect(401);
  });

  it('changing the password signs out every session at once', async () => {
    const user = await registerUser(gw, 'pw');
    const other = await gw
      .http()
      .post('/api/auth/login')
      .send({ email: user.email, password: user.password })
      .expect(200);
    await gw
      .http()
      .post('/api/auth/change-password')
      .set(bearer(user.access))
      .send({ current_password: user.password, new_password: 'a brand new passphrase' })
      .expect(204);
    await gw.http().get('/api/auth/me').set(bearer(user.access)).expect(401);
    await gw.http().get('/api/auth/me').set(bearer(other.body.access_token)).expect(401);
    await gw.http().post('/api/auth/refresh').send({ refresh_token: other.body.refresh_token }).expect(401);
    await gw.http().post('/api/auth/login').send({ email: user.email, password: user.password }).expect(401);
    await gw.http().post('/api/auth/login').send({ email: user.email, password: 'a brand new passphrase' }).expect(200);
  });

  it('stores passwords with scrypt, refresh tokens hashed', async () => {
    const user = await registerUser(gw, 'storage');
    const [row] = await gw.db.query<{ password_hash: string }>(
      'SELECT password_hash FROM gateway.users WHERE id = $1',
      [user.userId],
    );
    expect(row.password_hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    const tokens = await gw.db.query<{ token_hash: string }>(
      'SELECT token_hash FROM gateway.refresh_tokens WHERE user_id = $1',
      [user.userId],
    );
    expect(tokens.length).toBeGreaterThan(0);
    for (const t of tokens) expect(t.token_hash).not.toContain(user.refresh);
  });
});
