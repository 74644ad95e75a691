import { bearer, registerUser, type GatewayHarness, type Session } from './gateway-harness';

/**
 * Brings a new account into `owner`'s workspace the only way there is: the owner invites its email, the person
 * accepts. Returns the person's session in that workspace.
 */
export async function joinWorkspace(
  gw: Pick<GatewayHarness, 'http'>,
  owner: Session,
  role: string,
  label: string,
): Promise<Session> {
  const person = await registerUser(gw, label);
  const invitation = await gw
    .http()
    .post('/api/workspaces/current/invitations')
    .set(bearer(owner.access))
    .send({ email: person.email, role })
    .expect(201);
  const accepted = await gw
    .http()
    .post('/api/invitations/accept')
    .set(bearer(person.access))
    .send({ token: invitation.body.token })
    .expect(200);
  return {
    ...person,
    access: accepted.body.access_token,
    refresh: accepted.body.refresh_token,
    workspaceId: owner.workspaceId,
  };
}
