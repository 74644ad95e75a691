import { bearer, registerUser, startGateway, type GatewayHarness, type Session } from './gateway-harness';
import { joinWorkspace } from './join-workspace';

/** Brings a new account into `owner`'s workspace with `role` (invited, accepted); returns its token pair there. */
async function joinAs(gw: GatewayHarness, owner: Session, role: string, label: string) {
  const member = await joinWorkspace(gw, owner, role, label);
  const switched = await gw
    .http()
    .post(`/api/workspaces/${owner.workspaceId}/switch`)
    .set(bearer(member.access))
    .expect(200);
  expect(switched.body).toMatchObject({ role, workspace: { id: owner.workspaceId } });
  return { ...member, access: switched.body.access_token, refresh: switched.body.refresh_token };
}

describe('roles, members and API keys', () => {
  let gw: GatewayHarness;
  let owner: Session;
  let admin: Session;
  let member: Session;
  let viewer: Session;

  beforeAll(async () => {
    gw = await startGateway();
    owner = await registerUser(gw, 'owner', 'Roles Inc');
    admin = await joinAs(gw, owner, 'admin', 'admin');
    member = await joinAs(gw, owner, 'member', 'member');
    viewer = await joinAs(gw, owner, 'viewer', 'viewer');
  });

  afterAll(async () => {
    await gw.close();
  });

  it('lets everyone read, only members and above write', async () => {
    for (const s of [owner, admin, member, viewer]) {
      await gw.http().get('/api/workspaces/current/members').set(bearer(s.access)).expect(200);
    }
    const res = await gw.http().get('/api/workspaces/current/members').set(bearer(viewer.access)).expect(200);
    expect(res.body.total).toBe(4);
    expect(res.body.items.map((m: { role: string }) => m.role).sort()).toEqual(['admin', 'member', 'owner', 'viewer']);
    expect(res.body.next_cursor).toBeNull();

    // Pages: limit and cursor walk the list; a bad limit is a 400.
    const first = await gw.http().get('/api/workspaces/current/members?limit=3').set(bearer(viewer.access)).expect(200);
    expect(first.body).toMatchObject({ total: 4, next_cursor: '3' });
    expect(first.body.items).toHaveLength(3);
    const second = await gw
      .http()
      .get(`/api/workspaces/current/members?limit=3&cursor=${first.body.next_cursor}`)
      .set(bearer(viewer.access))
      .expect(200);
    expect(second.body).toMatchObject({ total: 4, next_cursor: null });
    expect([...first.body.items, ...second.body.items].map((m: { user_id: string }) => m.user_id).sort()).toEqual(
      res.body.items.map((m: { user_id: string }) => m.user_id).sort(),
    );
    const bad = await gw.http().get('/api/workspaces/current/members?limit=500').set(bearer(viewer.access)).expect(400);
    expect(bad.body.details[0].field).toBe('limit');
  });

  it('refuses member management to viewers and members, allows it to admins', async () => {
    const outsider = await registerUser(gw, 'outsider');
    for (const s of [viewer, member]) {
      const res = await gw
        .http()
        .post('/api/workspaces/current/members')
        .set(bearer(s.access))
        .send({ email: outsider.email, role: 'viewer' })
        .expect(403);
      expect(res.body).toMatchObject({ status_code: 403, code: 'insufficient_role' });
    }
    const invited = await gw
      .http()
      .post('/api/workspaces/current/members')
      .set(bearer(admin.access))
      .send({ email: outsider.email, role: 'viewer' })
      .expect(201);
    // Adding is an invitation: the person is a member once they accept it.
    await gw
      .http()
      .patch(`/api/workspaces/current/members/${outsider.userId}`)
      .set(bearer(admin.access))
      .send({ role: 'member' })
      .expect(404);
    await gw
      .http()
      .post('/api/invitations/accept')
      .set(bearer(outsider.access))
      .send({ token: invited.body.token })
      .expect(200);
    await gw
      .http()
      .patch(`/api/workspaces/current/members/${outsider.userId}`)
      .set(bearer(admin.access))
      .send({ role: 'member' })
      .expect(200);
    await gw.http().delete(`/api/workspaces/current/members/${outsider.userId}`).set(bearer(admin.access)).expect(204);
    await gw.http().delete(`/api/workspaces/current/members/${outsider.userId}`).set(bearer(admin.access)).expect(404);
  });

  it('keeps the owner role to owners and never removes the last owner', async () => {
    await gw
      .http()
      .patch(`/api/workspaces/current/members/${member.userId}`)
      .set(bearer(admin.access))
      .send({ role: 'owner' })
      .expect(403);
    await gw.http().delete(`/api/workspaces/current/members/${owner.userId}`).set(bearer(admin.access)).expect(403);
    const last = await gw
      .http()
      .patch(`/api/workspaces/current/members/${owner.userId}`)
      .set(bearer(owner.access))
      .send({ role: 'admin' })
      .expect(409);
    expect(last.body.code).toBe('last_owner');
  });

  it('applies a role change immediately, without a new token', async () => {
    const promoted = await joinAs(gw, owner, 'viewer', 'promoted');
    await gw.http().post('/api/auth/api-keys').set(bearer(promoted.access)).send({ name: 'x' }).expect(403);
    await gw
      .http()
      .patch(`/api/workspaces/current/members/${promoted.userId}`)
      .set(bearer(owner.access))
      .send({ role: 'admin' })
      .expect(200);
    const theirKey = (
      await gw.http().post('/api/auth/api-keys').set(bearer(promoted.access)).send({ name: 'x' }).expect(201)
    ).body.key;
    await gw.http().get('/api/auth/me').set('X-API-Key', theirKey).expect(200);
    // Removed: the access token, the refresh token and the keys they created stop working.
    await gw.http().delete(`/api/workspaces/current/members/${promoted.userId}`).set(bearer(owner.access)).expect(204);
    await gw.http().get('/api/auth/me').set(bearer(promoted.access)).expect(401);
    await gw.http().post('/api/auth/refresh').send({ refresh_token: promoted.refresh }).expect(401);
    await gw.http().get('/api/auth/me').set('X-API-Key', theirKey).expect(401);
  });

  it('lets admins (not members) manage API keys; a key works with its role until revoked', async () => {
    await gw.http().post('/api/auth/api-keys').set(bearer(member.access)).send({ name: 'nope' }).expect(403);
    await gw.http().get('/api/auth/api-keys').set(bearer(member.access)).expect(403);

    const created = await gw
      .http()
      .post('/api/auth/api-keys')
      .set(bearer(admin.access))
      .send({ name: 'crm-sync', role: 'viewer' })
      .expect(201);
    expect(created.body).toMatchObject({ name: 'crm-sync', role: 'viewer', last_used_at: null });
    const key: string = created.body.key;
    expect(key.startsWith(created.body.prefix)).toBe(true);

    const me = await gw.http().get('/api/auth/me').set('X-API-Key', key).expect(200);
    expect(me.body).toMatchObject({ principal: 'api_key', role: 'viewer', workspace: { id: owner.workspaceId } });
    // A viewer key reads but does not write.
    await gw.http().post('/api/auth/api-keys').set('X-API-Key', key).send({ name: 'escalate' }).expect(403);
    // Keys cannot do user-only things.
    await gw.http().get('/api/workspaces').set('X-API-Key', key).expect(403);
    // Not even an admin key manages keys, members or invitations: a leaked key cannot entrench itself.
    const adminKey = (
      await gw
        .http()
        .post('/api/auth/api-keys')
        .set(bearer(admin.access))
        .send({ name: 'ops', role: 'admin' })
        .expect(201)
    ).body.key;
    await gw.http().post('/api/auth/api-keys').set('X-API-Key', adminKey).send({ name: 'more' }).expect(403);
    await gw
      .http()
      .post('/api/workspaces/current/members')
      .set('X-API-Key', adminKey)
      .send({ email: owner.email, role: 'viewer' })
      .expect(403);
    await gw
      .http()
      .post('/api/workspaces/current/invitations')
      .set('X-API-Key', adminKey)
      .send({ email: 'x@example.com', role: 'viewer' })
      .expect(403);
    await gw.http().get('/api/workspaces/current/members').set('X-API-Key', adminKey).expect(200);

    const listed = await gw.http().get('/api/auth/api-keys').set(bearer(admin.access)).expect(200);
    const row = listed.body.items.find((k: { id: string }) => k.id === created.body.id);
    expect(row).not.toHaveProperty('key');
    expect(row.last_used_at).not.toBeNull();
    const [stored] = await gw.db.query<{ key_hash: string }>('SELECT key_hash FROM gateway.api_keys WHERE id = $1', [
      created.body.id,
    ]);
    expect(stored.key_hash).not.toContain(key);

    await gw.http().delete(`/api/auth/api-keys/${created.body.id}`).set(bearer(admin.access)).expect(204);
    const revoked = await gw.http().get('/api/auth/me').set('X-API-Key', key).expect(401);
    expect(revoked.body.code).toBe('invalid_api_key');
    await gw.http().get('/api/auth/me').set('X-API-Key', 'mab_made-up').expect(401);
  });

  it('switches between workspaces with a new token pair', async () => {
    const created = await gw
      .http()
      .post('/api/workspaces')
      .set(bearer(viewer.access))
      .send({ name: 'Side project' })
      .expect(201);
    const list = await gw.http().get('/api/workspaces').set(bearer(viewer.access)).expect(200);
    expect(list.body.items.map((i: { role: string }) => i.role).sort()).toEqual(['owner', 'owner', 'viewer']);
    const switched = await gw
      .http()
      .post(`/api/workspaces/${created.body.id}/switch`)
      .set(bearer(viewer.access))
      .expect(200);
    const me = await gw.http().get('/api/auth/me').set(bearer(switched.body.access_token)).expect(200);
    expect(me.body).toMatchObject({ role: 'owner', workspace: { id: created.body.id, name: 'Side project' } });
  });
});
