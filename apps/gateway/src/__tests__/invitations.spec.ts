import { bearer, registerUser, startGateway, uniqueEmail, type GatewayHarness, type Session } from './gateway-harness';
import { joinWorkspace } from './join-workspace';

describe('invitations', () => {
  let gw: GatewayHarness;
  let owner: Session;

  beforeAll(async () => {
    gw = await startGateway();
    owner = await registerUser(gw, 'inviter', 'Inviting Co');
  });

  afterAll(async () => {
    await gw.close();
  });

  it('invites someone without an account, who registers and accepts into the invited role', async () => {
    const email = uniqueEmail('newcomer');
    const invite = await gw
      .http()
      .post('/api/workspaces/current/invitations')
      .set(bearer(owner.access))
      .send({ email, role: 'member' })
      .expect(201);
    expect(invite.body).toMatchObject({
      email,
      role: 'member',
      invited_by: owner.userId,
      token: expect.stringMatching(/^inv_/),
    });

    const pending = await gw.http().get('/api/workspaces/current/invitations').set(bearer(owner.access)).expect(200);
    expect(pending.body.items.map((i: { id: string }) => i.id)).toContain(invite.body.id);
    expect(pending.body.items[0]).not.toHaveProperty('token');

    const registered = await gw
      .http()
      .post('/api/auth/register')
      .send({ email, password: 'a long enough password' })
      .expect(201);
    const accepted = await gw
      .http()
      .post('/api/invitations/accept')
      .set(bearer(registered.body.access_token))
      .send({ token: invite.body.token })
      .expect(200);
    expect(accepted.body).toMatchObject({ role: 'member', workspace: { id: owner.workspaceId } });
    const me = await gw.http().get('/api/auth/me').set(bearer(accepted.body.access_token)).expect(200);
    expect(me.body).toMatchObject({ role: 'member', workspace: { id: owner.workspaceId } });

    // Used once; no longer pending.
    const again = await gw
      .http()
      .post('/api/invitations/accept')
      .set(bearer(registered.body.access_token))
      .send({ token: invite.body.token })
      .expect(404);
    expect(again.body.code).toBe('invitation_not_found');
    const after = await gw.http().get('/api/workspaces/current/invitations').set(bearer(owner.access)).expect(200);
    expect(after.body.items.map((i: { id: string }) => i.id)).not.toContain(invite.body.id);

    // Both steps are recorded as events (the token never is).
    const events = await gw.db.query<{ name: string; envelope: { workspace_id: string; payload: object } }>(
      "SELECT name, envelope FROM gateway.outbox WHERE name LIKE 'gateway.invitation.%' ORDER BY sequence",
    );
    expect(events.map((e) => e.name)).toEqual(['gateway.invitation.created.v1', 'gateway.invitation.accepted.v1']);
    expect(events.every((e) => e.envelope.workspace_id === owner.workspaceId)).toBe(true);
    expect(JSON.stringify(events)).not.toContain(invite.body.token);
  });

  it('refuses an invitation presented by another account, a revoked one, and owner invitations from admins', async () => {
    const email = uniqueEmail('intended');
    const invite = await gw
      .http()
      .post('/api/workspaces/current/invitations')
      .set(bearer(owner.access))
      .send({ email, role: 'viewer' })
      .expect(201);
    const stranger = await registerUser(gw, 'stranger');
    const mismatch = await gw
      .http()
      .post('/api/invitations/accept')
      .set(bearer(stranger.access))
      .send({ token: invite.body.token })
      .expect(403);
    expect(mismatch.body.code).toBe('invitation_email_mismatch');

    // Re-inviting replaces the pending invitation: the first token stops working.
    const second = await gw
      .http()
      .post('/api/workspaces/current/invitations')
      .set(bearer(owner.access))
      .send({ email, role: 'admin' })
      .expect(201);
    await gw
      .http()
      .delete(`/api/workspaces/current/invitations/${second.body.id}`)
      .set(bearer(owner.access))
      .expect(204);
    const intended = await gw
      .http()
      .post('/api/auth/register')
      .send({ email, password: 'a long enough password' })
      .expect(201);
    for (const token of [invite.body.token, second.body.token]) {
      await gw
        .http()
        .post('/api/invitations/accept')
        .set(bearer(intended.body.access_token))
        .send({ token })
        .expect(404);
    }

    // Admins invite, but not owners; members do not invite at all.
    const admin = await joinWorkspace(gw, owner, 'admin', 'inv-admin');
    const adminPair = await gw
      .http()
      .post(`/api/workspaces/${owner.workspaceId}/switch`)
      .set(bearer(admin.access))
      .expect(200);
    await gw
      .http()
      .post('/api/workspaces/current/invitations')
      .set(bearer(adminPair.body.access_token))
      .send({ email: uniqueEmail('x'), role: 'owner' })
      .expect(403);
    await gw
      .http()
      .post('/api/workspaces/current/invitations')
      .set(bearer(adminPair.body.access_token))
      .send({ email: uniqueEmail('x'), role: 'member' })
      .expect(201);
    const member = await joinWorkspace(gw, owner, 'member', 'inv-member');
    const memberPair = await gw
      .http()
      .post(`/api/workspaces/${owner.workspaceId}/switch`)
      .set(bearer(member.access))
      .expect(200);
    await gw
      .http()
      .post('/api/workspaces/current/invitations')
      .set(bearer(memberPair.body.access_token))
      .send({ email: uniqueEmail('x'), role: 'viewer' })
      .expect(403);
    // Inviting an existing member is a conflict.
    const conflict = await gw
      .http()
      .post('/api/workspaces/current/invitations')
      .set(bearer(owner.access))
      .send({ email: member.email, role: 'viewer' })
      .expect(409);
    expect(conflict.body.code).toBe('already_member');
  });

  it('adds nobody without their consent, and answers the same whether or not the address has an account', async () => {
    const registered = await registerUser(gw, 'consent');
    const unregistered = uniqueEmail('consent-ghost');
    const shape = (body: Record<string, unknown>) => Object.keys(body).sort();
    const answers = [];
    for (const route of ['/api/workspaces/current/members', '/api/workspaces/current/invitations']) {
      for (const email of [registered.email, unregistered]) {
        const res = await gw.http().post(route).set(bearer(owner.access)).send({ email, role: 'member' });
        answers.push({ status: res.status, code: res.body.code, keys: shape(res.body) });
      }
    }
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(answers[0]).toMatchObject({
      status: 201,
      keys: expect.arrayContaining(['id', 'email', 'role', 'token', 'expires_at']),
    });
    // Invited is not joined: the registered person is not a member and their token does not reach the workspace.
    const members = await gw.http().get('/api/workspaces/current/members').set(bearer(owner.access)).expect(200);
    expect(members.body.items.map((m: { email: string }) => m.email)).not.toContain(registered.email);
    await gw.http().post(`/api/workspaces/${owner.workspaceId}/switch`).set(bearer(registered.access)).expect(404);
  });

  it('answers racing invitations for one email with 201 or 409, never 500', async () => {
    const email = uniqueEmail('raced');
    const results = await Promise.all(
      Array.from({ length: 6 }, () =>
        gw.http().post('/api/workspaces/current/invitations').set(bearer(owner.access)).send({ email, role: 'viewer' }),
      ),
    );
    for (const r of results) expect([201, 409]).toContain(r.status);
    const pending = await gw.db.query(
      'SELECT id FROM gateway.invitations WHERE email = $1 AND accepted_at IS NULL AND revoked_at IS NULL',
      [email],
    );
    expect(pending).toHaveLength(1);
  });
});
