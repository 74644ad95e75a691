import { expectCrossTenantNotFound, type TenantResource } from '@mab/testing';
import { bearer, registerUser, startGateway, type GatewayHarness, type Session } from './gateway-harness';
import { joinWorkspace } from './join-workspace';

describe('tenant isolation and the error contract', () => {
  let gw: GatewayHarness;
  let a: Session;
  let b: Session;

  beforeAll(async () => {
    gw = await startGateway({ BODY_LIMIT_BYTES: '4096' });
    a = await registerUser(gw, 'tenant-a', 'Tenant A');
    b = await registerUser(gw, 'tenant-b', 'Tenant B');
  });

  afterAll(async () => {
    await gw.close();
  });

  it("answers 404 for every resource of workspace A asked for with workspace B's credentials", async () => {
    const colleague = await joinWorkspace(gw, a, 'member', 'a-colleague');
    const key = await gw.http().post('/api/auth/api-keys').set(bearer(a.access)).send({ name: 'a-key' }).expect(201);
    const invitation = await gw
      .http()
      .post('/api/workspaces/current/invitations')
      .set(bearer(a.access))
      .send({ email: 'invitee@example.com', role: 'viewer' })
      .expect(201);

    // Every later issue adds its resources (sites, components, workflows, contacts, ...) to this list.
    const resourcesOfA: TenantResource[] = [
      { name: 'workspace switch', method: 'post', path: `/api/workspaces/${a.workspaceId}/switch` },
      {
        name: 'member role',
        method: 'patch',
        path: `/api/workspaces/current/members/${colleague.userId}`,
        body: { role: 'viewer' },
      },
      { name: 'member removal', method: 'delete', path: `/api/workspaces/current/members/${colleague.userId}` },
      { name: 'api key revocation', method: 'delete', path: `/api/auth/api-keys/${key.body.id}` },
      {
        name: 'invitation revocation',
        method: 'delete',
        path: `/api/workspaces/current/invitations/${invitation.body.id}`,
      },
    ];
    await expectCrossTenantNotFound(gw.app.getHttpServer(), resourcesOfA, bearer(b.access));
    // And nothing changed in A.
    const members = await gw.http().get('/api/workspaces/current/members').set(bearer(a.access)).expect(200);
    expect(members.body.items.find((m: { user_id: string }) => m.user_id === colleague.userId).role).toBe('member');
    await gw.http().get('/api/auth/me').set('X-API-Key', key.body.key).expect(200);
  });

  it('answers malformed JSON, unknown fields, wrong types, big bodies and wrong media types with the error body', async () => {
    const malformed = await gw
      .http()
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"email": "x@y.z",')
      .expect(400);
    expect(malformed.body).toEqual({
      status_code: 400,
      error: 'Bad Request',
      code: 'malformed_json',
      message: expect.any(String),
      details: [],
    });

    const unknown = await gw
      .http()
      .post('/api/auth/login')
      .send({ email: 'x@example.com', password: 'whatever-long', admin: true })
      .expect(400);
    expect(unknown.body).toMatchObject({
      code: 'validation_failed',
      details: [expect.objectContaining({ field: 'admin' })],
    });

    const wrongTypes = await gw
      .http()
      .post('/api/auth/register')
      .send({ email: 42, password: ['x'] })
      .expect(400);
    expect(wrongTypes.body.code).toBe('validation_failed');
    expect(wrongTypes.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['email', 'password']);

    const big = await gw
      .http()
      .post('/api/auth/login')
      .send({ email: 'x@example.com', password: 'p'.repeat(10_000) })
      .expect(413);
    expect(big.body).toMatchObject({ status_code: 413, code: 'payload_too_large' });

    const text = await gw.http().post('/api/auth/login').set('Content-Type', 'text/plain').send('email=x').expect(415);
    expect(text.body).toMatchObject({ status_code: 415, code: 'unsupported_media_type' });
    const form = await gw
      .http()
      .post('/api/auth/login')
      .type('form')
      .send({ email: 'x@example.com', password: 'y' })
      .expect(415);
    expect(form.body.code).toBe('unsupported_media_type');

    const notFound = await gw.http().get('/api/nothing-here').set(bearer(a.access)).expect(404);
    expect(notFound.body).toMatchObject({ status_code: 404, error: 'Not Found', code: 'not_found' });
    const badId = await gw.http().delete('/api/auth/api-keys/not-a-uuid').set(bearer(a.access)).expect(404);
    expect(badId.body.code).toBe('not_found');
  });

  it('never leaks a stack trace and sets security headers', async () => {
    const res = await gw
      .http()
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send('{oops')
      .expect(400);
    expect(JSON.stringify(res.body)).not.toMatch(/at \w+ \(|node_modules|\.ts:\d+/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['x-correlation-id']).toBeTruthy();
  });
});
