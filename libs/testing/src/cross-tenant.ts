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

/** The template service's resources of one site, as the API exposes them, for expectCrossTenantNotFound. */
export function siteResources(ids: { siteId: string; componentId: string; version: number }): TenantResource[] {
  const site = `/api/sites/${ids.siteId}`;
  const component = `/api/components/${ids.componentId}`;
  return [
    { name: 'site', method: 'get', path: site },
    { name: 'site update', method: 'patch', path: site, body: { name: 'Taken over' } },
    { name: 'site delete', method: 'delete', path: `${site}?force=true` },
    { name: 'site components', method: 'get', path: `${site}/components` },
    {
      name: 'site reorder',
      method: 'post',
      path: `${site}/components/reorder`,
      body: { page: '/', component_ids: [] },
    },
    { name: 'site publish', method: 'post', path: `${site}/publish` },
    { name: 'site unpublish', method: 'post', path: `${site}/unpublish` },
    { name: 'site rollback', method: 'post', path: `${site}/rollback`, body: { version: ids.version } },
    { name: 'site versions', method: 'get', path: `${site}/versions` },
    { name: 'site restore', method: 'post', path: `${site}/restore`, body: { version: ids.version } },
    { name: 'site preview', method: 'get', path: `${site}/preview` },
    { name: 'site export', method: 'get', path: `${site}/export` },
    { name: 'component', method: 'get', path: component },
    { name: 'component update', method: 'patch', path: component, body: { position: 0 } },
    { name: 'component delete', method: 'delete', path: `${component}?force=true` },
    { name: 'component workflows', method: 'get', path: `${component}/workflows` },
    {
      name: 'component on a foreign site',
      method: 'post',
      path: '/api/components',
      body: { site_id: ids.siteId, type: 'cta_button', config: { label: 'Go', url: 'https://example.com' } },
    },
  ];
}

/** The workflow engine's resources of one workflow, as the API exposes them, for expectCrossTenantNotFound. */
export function workflowResources(ids: { workflowId: string; version: number }): TenantResource[] {
  const workflow = `/api/workflows/${ids.workflowId}`;
  return [
    { name: 'workflow', method: 'get', path: workflow },
    { name: 'workflow update', method: 'patch', path: workflow, body: { name: 'Taken over' } },
    { name: 'workflow delete', method: 'delete', path: workflow },
    { name: 'workflow activate', method: 'post', path: `${workflow}/activate` },
    { name: 'workflow deactivate', method: 'post', path: `${workflow}/deactivate` },
    { name: 'workflow versions', method: 'get', path: `${workflow}/versions` },
    { name: 'workflow version', method: 'get', path: `${workflow}/versions/${ids.version}` },
    { name: 'workflow version restore', method: 'post', path: `${workflow}/versions/${ids.version}/restore` },
    { name: 'workflow export', method: 'get', path: `${workflow}/export` },
    { name: 'workflow execute', method: 'post', path: `${workflow}/execute`, body: {} },
    { name: 'workflow test', method: 'post', path: `${workflow}/test`, body: {} },
    { name: 'workflow executions', method: 'get', path: `${workflow}/executions` },
    { name: 'workflow analytics', method: 'get', path: `${workflow}/analytics` },
  ];
}

/** One execution of the workflow engine, as the API exposes it, for expectCrossTenantNotFound. */
export function executionResources(executionId: string): TenantResource[] {
  const execution = `/api/executions/${executionId}`;
  return [
    { name: 'execution', method: 'get', path: execution },
    { name: 'execution cancel', method: 'post', path: `${execution}/cancel` },
    { name: 'execution rerun', method: 'post', path: `${execution}/rerun` },
  ];
}

/** The ai service's requests about one workspace's component, site, workflow and contact, for expectCrossTenantNotFound. */
export function aiResources(ids: {
  componentId: string;
  siteId: string;
  workflowId: string;
  contactId: string;
}): TenantResource[] {
  return [
    {
      name: 'suggestions for a component',
      method: 'post',
      path: '/api/ai/suggest-workflows',
      body: { component_id: ids.componentId, engine: 'built_in' },
    },
    {
      name: 'component analysis',
      method: 'post',
      path: '/api/ai/analyze-component',
      body: { component_id: ids.componentId },
    },
    {
      name: 'workflow generation for a component',
      method: 'post',
      path: '/api/ai/generate-workflow',
      body: {
        prompt: 'When someone submits the form, add them to the CRM',
        component_id: ids.componentId,
        engine: 'built_in',
      },
    },
    {
      name: 'workflow generation for a site',
      method: 'post',
      path: '/api/ai/generate-workflow',
      body: { prompt: 'Every day at 9am, call https://example.com/report', site_id: ids.siteId, engine: 'built_in' },
    },
    { name: 'workflow recommendations', method: 'get', path: `/api/ai/workflows/${ids.workflowId}/recommendations` },
    { name: 'contact insights', method: 'get', path: `/api/ai/contacts/${ids.contactId}/insights` },
  ];
}

/** The analytics service's reads of one site and component, for expectCrossTenantNotFound. */
export function analyticsResources(ids: {
  siteId: string;
  componentId: string;
  workflowId?: string;
  funnelId?: string;
}): TenantResource[] {
  const funnel = `/api/analytics/funnels/${ids.funnelId}`;
  return [
    ...(ids.workflowId
      ? [{ name: 'workflow analytics', method: 'get' as const, path: `/api/analytics/workflows/${ids.workflowId}` }]
      : []),
    ...(ids.funnelId
      ? ([
          { name: 'funnel', method: 'get', path: funnel },
          { name: 'funnel report', method: 'get', path: `${funnel}/report` },
          { name: 'funnel update', method: 'patch', path: funnel, body: { name: 'Taken over' } },
          { name: 'funnel delete', method: 'delete', path: funnel },
        ] satisfies TenantResource[])
      : []),
    { name: 'site analytics', method: 'get', path: `/api/analytics/sites/${ids.siteId}` },
    { name: 'component analytics', method: 'get', path: `/api/analytics/components/${ids.componentId}` },
    {
      name: 'funnel on the site',
      method: 'post',
      path: '/api/analytics/funnels',
      body: {
        site_id: ids.siteId,
        name: 'Taken over',
        steps: [{ type: 'page_view' }, { type: 'component_view', component_id: ids.componentId }],
      },
    },
  ];
}
