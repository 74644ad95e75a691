import { startGateway, type GatewayHarness } from './gateway-harness';

const toOpenApiPath = (expressPath: string) => expressPath.replace(/:([A-Za-z0-9_]+)/g, '{$1}');

describe('OpenAPI document', () => {
  let gw: GatewayHarness;

  beforeAll(async () => {
    gw = await startGateway();
  });

  afterAll(async () => {
    await gw.close();
  });

  it('is served at /docs/openapi.json with the UI at /docs', async () => {
    const doc = await gw.http().get('/docs/openapi.json').expect(200);
    expect(doc.body.openapi).toMatch(/^3\./);
    expect(doc.body.info.title).toContain('Marketing-automation');
    const ui = await gw.http().get('/docs').redirects(1).expect(200);
    expect(ui.text).toContain('swagger');
  });

  it('documents every route the app serves, with its method', async () => {
    const doc = (await gw.http().get('/docs/openapi.json').expect(200)).body as {
      paths: Record<string, Record<string, unknown>>;
      components: { schemas: Record<string, unknown> };
    };
    const express = gw.app.getHttpAdapter().getInstance();
    const stack: any[] = express.router?.stack ?? express._router?.stack ?? [];
    const routes = stack
      .filter((layer) => layer.route?.path)
      .flatMap((layer) =>
        Object.keys(layer.route.methods).map((m) => ({ method: m, path: toOpenApiPath(layer.route.path) })),
      )
      // Nest's catch-all 404 handler is not an API route.
      .filter((r) => !r.path.startsWith('/docs') && r.path !== '{/*splat}');
    expect(routes.length).toBeGreaterThan(15);
    const missing = routes.filter((r) => !doc.paths[r.path]?.[r.method]);
    expect(missing).toEqual([]);
    // The examples a frontend developer reads are there.
    expect(JSON.stringify(doc.paths['/api/auth/register'])).toContain('RegisterDto');
    expect(JSON.stringify(doc.components.schemas.RegisterDto)).toContain('workspace_name');
    expect(JSON.stringify(doc.components.schemas.PublicEventDto)).toContain('form_submission');
  });

  it('states the limits the server enforces and the error body every operation may answer', async () => {
    const doc = (await gw.http().get('/docs/openapi.json').expect(200)).body;
    expect(doc.info.description).toContain('JSON bodies up to 1048576 bytes');
    expect(doc.info.description).toContain('nested at most 32 levels');
    const login = doc.paths['/api/auth/login'].post;
    for (const status of ['400', '413', '429', '503']) {
      expect(JSON.stringify(login.responses[status])).toContain('#/components/schemas/ApiErrorView');
    }
    const register = doc.components.schemas.RegisterDto;
    expect(register.properties.password).toMatchObject({ type: 'string', minLength: 10, maxLength: 200 });
    expect(register.properties.email).toMatchObject({ format: 'email', maxLength: 320 });
    const members = doc.paths['/api/workspaces/current/members'].get.parameters;
    expect(members.find((p: { name: string }) => p.name === 'offset').schema).toMatchObject({
      type: 'integer',
      maximum: 10000,
    });
  });
});
