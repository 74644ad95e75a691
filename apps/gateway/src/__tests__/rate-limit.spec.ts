import { randomUUID } from 'node:crypto';
import { publishedSite, registerUser, startGateway, type GatewayHarness } from './gateway-harness';

describe('rate limits (Redis, shared by replicas)', () => {
  let gw: GatewayHarness;

  beforeAll(async () => {
    gw = await startGateway({
      AUTH_RATE_LIMIT: '5',
      INGEST_RATE_LIMIT: '3',
      INGEST_IP_RATE_LIMIT: '6',
      API_RATE_LIMIT: '8',
      RATE_LIMIT_WINDOW_SECONDS: '60',
      // These tests guess one account's password many times on purpose; the per-account limit has its own test.
      LOGIN_FAILURE_LIMIT: '1000',
    });
  });

  afterAll(async () => {
    await gw.close();
  });

  const login = (http: GatewayHarness['http'], ip: string) =>
    http()
      .post('/api/auth/login')
      .set('X-Forwarded-For', ip)
      .send({ email: 'brute@example.com', password: 'guess-guess' });

  it('answers the N+1th login attempt from one client with 429, Retry-After and RateLimit headers', async () => {
    for (let i = 0; i < 5; i++) {
      const res = await gw
        .http()
        .post('/api/auth/login')
        .send({ email: 'brute@example.com', password: `guess-${i}-long` });
      expect(res.status).toBe(401);
      expect(res.headers['ratelimit-limit']).toBe('5');
      expect(res.headers['ratelimit-remaining']).toBe(String(4 - i));
    }
    const blocked = await gw
      .http()
      .post('/api/auth/login')
      .send({ email: 'brute@example.com', password: 'guess-again' })
      .expect(429);
    expect(blocked.body).toMatchObject({ status_code: 429, error: 'Too Many Requests', code: 'rate_limited' });
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(blocked.headers['ratelimit-remaining']).toBe('0');
    expect(blocked.headers['ratelimit-policy']).toBe('5;w=60');
  });

  it('shares the count between two gateway instances on one Redis', async () => {
    // Both replicas sit behind a (local) proxy they trust to tell the client's address.
    const replica = await gw.startReplica({ AUTH_RATE_LIMIT: '5', TRUST_PROXY: 'loopback' });
    const first = await gw.startReplica({ AUTH_RATE_LIMIT: '5', TRUST_PROXY: 'loopback' });
    const ip = '203.0.113.7';
    for (let i = 0; i < 5; i++) {
      await login(i % 2 ? replica.http : first.http, ip).expect(401);
    }
    await login(replica.http, ip).expect(429);
    await login(first.http, ip).expect(429);
    // Another client is not affected.
    await login(first.http, '203.0.113.8').expect(401);
  });

  it('limits the API per user and public ingestion per IP and site', async () => {
    // Registered through a replica with a budget of its own: this machine's auth budget is spent by the tests above.
    const user = await registerUser(
      await gw.startReplica({ AUTH_RATE_LIMIT: '100', REDIS_KEY_PREFIX: `${gw.redisPrefix}register:` }),
      'limited',
    );
    for (let i = 0; i < 8; i++)
      await gw.http().get('/api/auth/me').set('Authorization', `Bearer ${user.access}`).expect(200);
    await gw.http().get('/api/auth/me').set('Authorization', `Bearer ${user.access}`).expect(429);

    const site = await publishedSite(gw);
    for (let i = 0; i < 3; i++) {
      await gw.http().post(`/api/public/sites/${site}/events`).send({ type: 'page_view' }).expect(202);
    }
    await gw.http().post(`/api/public/sites/${site}/events`).send({ type: 'page_view' }).expect(429);
    // Same IP, another site: its own budget...
    await gw
      .http()
      .post(`/api/public/sites/${await publishedSite(gw)}/events`)
      .send({ type: 'page_view' })
      .expect(202);
    // ...but made-up site ids (answered 404, and counted) do not buy a client more than its per-IP budget (6: 3 + 1 + 2).
    await gw.http().post(`/api/public/sites/${randomUUID()}/events`).send({ type: 'page_view' }).expect(404);
    await gw.http().post(`/api/public/sites/${randomUUID()}/events`).send({ type: 'page_view' }).expect(404);
    const blocked = await gw
      .http()
      .post(`/api/public/sites/${randomUUID()}/events`)
      .send({ type: 'page_view' })
      .expect(429);
    expect(blocked.headers['ratelimit-limit']).toBe('6');
  });

  it('ignores X-Forwarded-For from clients it does not trust (no dodging the limit)', async () => {
    // Its own key prefix: the earlier tests have used up this machine's login budget.
    const direct = await gw.startReplica({ AUTH_RATE_LIMIT: '3', REDIS_KEY_PREFIX: `${gw.redisPrefix}xff:` });
    for (let i = 0; i < 3; i++) await login(direct.http, `198.51.100.${i}`).expect(401);
    await login(direct.http, '198.51.100.99').expect(429);
  });

  it('counts every auth route against one budget per client', async () => {
    const shared = await gw.startReplica({
      AUTH_RATE_LIMIT: '4',
      REDIS_KEY_PREFIX: `${gw.redisPrefix}shared:`,
      TRUST_PROXY: 'loopback',
    });
    const ip = '203.0.113.50';
    const registered = await shared
      .http()
      .post('/api/auth/register')
      .set('X-Forwarded-For', ip)
      .send({ email: `budget-${Date.now()}@example.com`, password: 'correct horse battery staple' })
      .expect(201);
    await shared
      .http()
      .post('/api/auth/login')
      .set('X-Forwarded-For', ip)
      .send({ email: 'nobody@example.com', password: 'wrong-guess-1' })
      .expect(401);
    await shared
      .http()
      .post('/api/auth/refresh')
      .set('X-Forwarded-For', ip)
      .send({ refresh_token: registered.body.refresh_token })
      .expect(200);
    await shared
      .http()
      .post('/api/auth/logout')
      .set('X-Forwarded-For', ip)
      .send({ refresh_token: 'rt_unknown' })
      .expect(204);
    // Four different routes, one budget of four: the fifth call, on any auth route, is refused.
    const blocked = await shared
      .http()
      .post('/api/auth/register')
      .set('X-Forwarded-For', ip)
      .send({ email: `budget-b-${Date.now()}@example.com`, password: 'correct horse battery staple' })
      .expect(429);
    expect(blocked.headers['ratelimit-policy']).toBe('4;w=60');
    await shared
      .http()
      .post('/api/auth/login')
      .set('X-Forwarded-For', ip)
      .send({ email: 'nobody@example.com', password: 'wrong-guess-2' })
      .expect(429);
  });

  it('refuses an account after too many failed logins, from any address, until its window ends', async () => {
    const guarded = await gw.startReplica({
      LOGIN_FAILURE_LIMIT: '3',
      AUTH_RATE_LIMIT: '100',
      TRUST_PROXY: 'loopback',
      REDIS_KEY_PREFIX: `${gw.redisPrefix}failures:`,
    });
    const victim = await registerUser(guarded, 'victim');
    const other = await registerUser(guarded, 'bystander');
    const login = (email: string, password: string, ip: string) =>
      guarded.http().post('/api/auth/login').set('X-Forwarded-For', ip).send({ email, password });

    // A success clears the count: failures must come in a row.
    await login(victim.email, 'wrong-password-1', '198.51.100.1').expect(401);
    await login(victim.email, 'wrong-password-2', '198.51.100.2').expect(401);
    await login(victim.email, victim.password, '198.51.100.3').expect(200);
    // Three failures from three addresses (no per-IP limit is reached)...
    for (let i = 0; i < 3; i++) await login(victim.email, `wrong-password-${i}`, `198.51.100.${10 + i}`).expect(401);
    // ...and the account is refused for a while, even with the right password, from a fresh address.
    const refused = await login(victim.email, victim.password, '198.51.100.99').expect(429);
    expect(refused.body).toMatchObject({ status_code: 429, code: 'too_many_failed_logins' });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    // Other accounts are unaffected; an unknown address is counted the same way (the limit reveals nothing).
    await login(other.email, other.password, '198.51.100.99').expect(200);
    for (let i = 0; i < 3; i++)
      await login('nobody-at-all@example.com', 'guess-guess', `198.51.100.${20 + i}`).expect(401);
    await login('nobody-at-all@example.com', 'guess-guess', '198.51.100.30').expect(429);
  });

  it('does not let guesses fired in parallel slip past the per-account limit', async () => {
    const guarded = await gw.startReplica({
      LOGIN_FAILURE_LIMIT: '3',
      AUTH_RATE_LIMIT: '100',
      TRUST_PROXY: 'loopback',
      REDIS_KEY_PREFIX: `${gw.redisPrefix}parallel:`,
    });
    const target = await registerUser(guarded, 'parallel-target');
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        guarded
          .http()
          .post('/api/auth/login')
          .set('X-Forwarded-For', `192.0.2.${i + 1}`)
          .send({ email: target.email, password: `parallel-guess-${i}` }),
      ),
    );
    // Each attempt is counted before its (slow) password check: only three get as far as a wrong-password answer.
    expect(answers.filter((a) => a.status === 401)).toHaveLength(3);
    expect(answers.filter((a) => a.status === 429)).toHaveLength(9);
  });

  it('refuses TRUST_PROXY=true at boot', async () => {
    await expect(gw.startReplica({ TRUST_PROXY: 'true' })).rejects.toThrow(/TRUST_PROXY/);
  });

  it('keeps limiting with in-memory counters when Redis is unreachable', async () => {
    const noRedis = await gw.startReplica({ REDIS_URL: 'redis://127.0.0.1:1', AUTH_RATE_LIMIT: '2' });
    await noRedis.http().post('/api/auth/login').send({ email: 'x@example.com', password: 'guess-guess' }).expect(401);
    await noRedis.http().post('/api/auth/login').send({ email: 'x@example.com', password: 'guess-guess' }).expect(401);
    await noRedis.http().post('/api/auth/login').send({ email: 'x@example.com', password: 'guess-guess' }).expect(429);
    await noRedis.http().get('/health').expect(200);
  });
});
