import request from 'supertest';

type App = Parameters<typeof request>[0];

/** A resource of workspace A, addressed by its id, as the API exposes it. */
export interface TenantResource {
  name: string;
  method: 'get' | 'post' | 'patch' | 'put' | 'delete';
  path: string;
  body?: object;
}

/**
 * Asks for every resource of workspace A with workspace B's credentials and expects 404 with the error body: the
 * resource does not exist for B (not 403, which would confirm it exists). Every issue that adds a resource adds it
 * to the list its cross-tenant test passes here.
 */
export async function expectCrossTenantNotFound(
  server: App,
  resources: TenantResource[],
  foreignHeaders: Record<string, string>,
): Promise<void> {
  const failures: string[] = [];
  for (const r of resources) {
    let call = request(server)[r.method](r.path).set(foreignHeaders);
    if (r.body) call = call.send(r.body);
    const res = await call;
    if (res.status !== 404 || res.body?.status_code !== 404 || typeof res.body?.code !== 'string') {
      failures.push(
        `${r.name}: ${r.method.toUpperCase()} ${r.path} answered ${res.status} ${JSON.stringify(res.body)}`,
      );
    }
  }
  if (failures.length) throw new Error(`cross-tenant access not refused with 404:\n${failures.join('\n')}`);
}
