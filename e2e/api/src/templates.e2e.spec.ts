import { request as httpRequest } from 'node:http';
import { randomUUID } from 'node:crypto';
import { parse, type HTMLElement } from 'node-html-parser';
import {
  expectCrossTenantNotFound,
  publishTestEvent,
  siteResources,
  signUp,
  startPlatform,
  waitFor,
  type Platform,
  type SignedUp,
} from '@mab/testing';

interface TemplateSummary {
  id: string;
  slug: string;
  name: string;
  category: string;
  description: string;
  tags: string[];
  industry: string;
}
interface Component {
  id: string;
  type: string;
  page: string;
  position: number;
  config: Record<string, any>;
}

const XSS = '<script>alert(1)</script>';
const XSS_ATTR = '"><img src=x onerror=alert(1)>';

/** GET with a Host header of our choosing (fetch does not let a caller set Host). */
function getWithHost(baseUrl: string, path: string, host: string): Promise<{ status: number; body: string }> {
  const url = new URL(path, baseUrl);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { hostname: url.hostname, port: url.port, path: url.pathname, headers: { Host: host } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/**
 * The template service end to end, through the gateway only: the library (search, categories), instantiation with
 * customizations, components, publishing (escaped, accessible HTML served with its CSP), rollback, custom domains,
 * ingestion of visitor events for published sites only, workflow connections, export and import.
 */
describe('templates, sites, components and publishing through the gateway', () => {
  let platform: Platform;
  let a: SignedUp;
  let b: SignedUp;
  let library: TemplateSummary[];

  beforeAll(async () => {
    platform = await startPlatform({
      services: ['gateway', 'template'],
      label: 'templates',
      env: { PLATFORM_HOSTS: 'localhost,sites.platform.example' },
    });
    a = await signUp(platform.gatewayUrl, 'tpl-a');
    b = await signUp(platform.gatewayUrl, 'tpl-b');
    const all = await a.api.get('/api/templates?limit=200');
    library = all.body.items;
  }, 120_000);

  afterAll(async () => {
    await platform?.close();
  });

  /** Publishes and waits until the gateway serves that version (it learns of it from the site's events). */
  async function publishAndServe(siteId: string, path = ''): Promise<{ url: string; version: number; html: string }> {
    const published = await a.api.post(`/api/sites/${siteId}/publish`);
    expect(published.status).toBe(200);
    const url = new URL(published.body.url).pathname + path;
    const html = await waitFor(async () => {
      const page = await a.api.request('GET', url);
      return page.status === 200 && page.headers.get('etag') ? String(page.body) : null;
    });
    return { url, version: published.body.version, html };
  }

  async function instantiate(category: string, customizations: object, extra: object = {}) {
    const template = library.find((t) => t.category === category)!;
    const res = await a.api.post(`/api/templates/${template.id}/instantiate`, { customizations, ...extra });
    expect({ status: res.status, body: res.status === 201 ? null : res.body }).toEqual({ status: 201, body: null });
    return res.body as { site: { id: string; slug: string; customizations: object }; components: Component[] };
  }

  describe('the library', () => {
    it('holds 30+ templates in 8+ categories, with counts that add up, pages that walk the whole list', async () => {
      expect(library.length).toBeGreaterThanOrEqual(30);
      const categories = await a.api.get('/api/templates/categories');
      expect(categories.status).toBe(200);
      const nonEmpty = categories.body.items.filter((c: { count: number }) => c.count > 0);
      expect(nonEmpty.length).toBeGreaterThanOrEqual(8);
      expect(categories.body.total).toBe(library.length);
      for (const { category, count } of nonEmpty) {
        const filtered = await a.api.get(`/api/templates?category=${category}`);
        expect(filtered.body.total).toBe(count);
        expect(filtered.body.items.every((t: TemplateSummary) => t.category === category)).toBe(true);
      }
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { body: { items: TemplateSummary[]; next_cursor: string | null; total: number } } = await a.api.get(
          `/api/templates?limit=7${cursor ? `&cursor=${cursor}` : ''}`,
        );
        expect(page.body.total).toBe(library.length);
        seen.push(...page.body.items.map((t) => t.id));
        cursor = page.body.next_cursor;
      } while (cursor);
      expect(new Set(seen).size).toBe(library.length);
      expect((await a.api.get('/api/templates?category=spaceships')).status).toBe(400);
      expect((await a.api.get('/api/templates?cursor=bm9wZQ')).body.code).toBe('invalid_cursor');
    });

    it('finds a template by a word of its description and ranks a name match first', async () => {
      const words = (text: string) => new Set(text.toLowerCase().match(/[a-z]{6,}/g) ?? []);
      // A word of one template's description that no other template uses anywhere.
      const everywhere = (t: TemplateSummary) => words(`${t.name} ${t.description} ${t.tags.join(' ')} ${t.industry}`);
      let target: TemplateSummary | undefined;
      let word = '';
      for (const t of library) {
        const others = library.filter((o) => o.id !== t.id).map(everywhere);
        word = [...words(t.description)].find((w) => others.every((o) => ![...o].some((x) => x.startsWith(w)))) ?? '';
        if (word) {
          target = t;
          break;
        }
      }
      expect(target).toBeDefined();
      const found = await a.api.get(`/api/templates?q=${word}`);
      expect(found.status).toBe(200);
      expect(found.body.items.map((t: TemplateSummary) => t.id)).toContain(target!.id);

      // A word in one template's name and in other templates' descriptions: the name match comes first.
      let nameWord = '';
      let named: TemplateSummary | undefined;
      for (const t of library) {
        for (const w of words(t.name)) {
          const inOtherDescriptions = library.some((o) => o.id !== t.id && words(o.description).has(w));
          const inOtherNames = library.some((o) => o.id !== t.id && words(o.name).has(w));
          if (inOtherDescriptions && !inOtherNames) {
            nameWord = w;
            named = t;
            break;
          }
        }
        if (named) break;
      }
      expect(named).toBeDefined();
      const ranked = await a.api.get(`/api/templates?q=${nameWord}`);
      expect(ranked.body.items.length).toBeGreaterThan(1);
      expect(ranked.body.items[0].id).toBe(named!.id);
      // Query syntax cannot be injected; nothing searchable finds nothing.
      expect((await a.api.get(`/api/templates?q=${encodeURIComponent("&|!:*()'")}`)).body).toMatchObject({
        items: [],
        total: 0,
      });
    });

    it('reads a template with its pages and components; unknown ids answer 404', async () => {
      const template = library[0];
      const got = await a.api.get(`/api/templates/${template.id}`);
      expect(got.body).toMatchObject({ id: template.id, is_current: true, current_id: template.id });
      expect(got.body.pages[0].path).toBe('/');
      expect(got.body.thumbnail_url).toBe(`/api/templates/${template.id}/thumbnail.svg`);
      // Public (an <img> sends no token) and immutable (a version id never changes).
      const thumbnail = await fetch(`${platform.gatewayUrl}${got.body.thumbnail_url}`);
      expect(thumbnail.status).toBe(200);
      expect(thumbnail.headers.get('content-type')).toContain('image/svg+xml');
      expect(thumbnail.headers.get('cache-control')).toContain('immutable');
      expect(parse(await thumbnail.text()).querySelector('svg title')?.textContent).toBe(template.name);
      const components = await a.api.get(`/api/templates/${template.id}/components`);
      expect(components.body.items.length).toBeGreaterThan(3);
      expect(components.body.items[0]).toMatchObject({ page: '/', position: 0, type: 'hero' });
      expect((await a.api.get(`/api/templates/${randomUUID()}`)).status).toBe(404);
      expect((await a.api.get('/api/templates/not-an-id/components')).status).toBe(404);
    });
  });

  describe('instantiate and publish', () => {
    it('makes a site from a template with customizations; the published page shows them, accessibly', async () => {
      const { site, components } = await instantiate('professional_services', {
        company_name: 'Harbor & Co. Accountants',
        primary_color: '#0a7e8c',
        contact_email: 'hello@harbor.example',
        phone: '+1 415 555 0134',
      });
      expect(site.customizations).toMatchObject({ company_name: 'Harbor & Co. Accountants', primary_color: '#0a7e8c' });
      const form = components.find((c) => c.type === 'contact_form' || c.type === 'booking_form')!;
      expect(form).toBeDefined();

      const { url, html } = await publishAndServe(site.id, form.page === '/' ? '' : form.page.slice(1));
      const dom = parse(html);
      expect(dom.querySelector('html')!.getAttribute('lang')).toMatch(/^en/);
      expect(dom.querySelectorAll('h1')).toHaveLength(1);
      expect(dom.textContent).toContain('Harbor & Co. Accountants');
      expect(dom.querySelector('style')!.textContent).toContain('#0a7e8c');
      for (const input of dom.querySelectorAll('input, select, textarea')) {
        const id = input.getAttribute('id');
        expect(id && dom.querySelector(`label[for="${id}"]`)).toBeTruthy();
      }
      for (const img of dom.querySelectorAll('img')) expect(img.getAttribute('alt')?.length).toBeGreaterThan(0);
      expect(dom.querySelectorAll('script[src], link[rel="stylesheet"]')).toHaveLength(0);

      const formElement = dom.querySelector(`form[data-component-id="${form.id}"]`)!;
      expect(formElement.getAttribute('action')).toBe(`/api/public/sites/${site.id}/events`);
      expect(formElement.querySelector('[name="_hp"]')).toBeTruthy();

      // Served with its own CSP, a strong ETag, and a 304 when the browser has it already.
      const page = await a.api.request('GET', url);
      const csp = page.headers.get('content-security-policy')!;
      expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);
      expect(csp).toContain("connect-src 'self'");
      expect(page.headers.get('cache-control')).toContain('public');
      const again = await a.api.request('GET', url, undefined, { 'If-None-Match': page.headers.get('etag')! });
      expect(again.status).toBe(304);
      // The slug-less address redirects to the trailing slash the page's relative links need.
      const bare = await fetch(`${platform.gatewayUrl}${url.replace(/\/[^/]*$/, '').replace(/\/$/, '')}`, {
        redirect: 'manual',
      });
      expect([301, 200]).toContain(bare.status);
      expect((await a.api.request('GET', `/s/${randomUUID()}/`)).status).toBe(404);
      // A path that is not a page of the live version is a 404 at once; a trailing slash goes to the page itself.
      expect((await a.api.request('GET', `${url.replace(/[^/]*$/, '')}no-such-page`)).status).toBe(404);
      if (form.page !== '/') {
        const slashed = await fetch(`${platform.gatewayUrl}${url}/?utm_source=x`, { redirect: 'manual' });
        expect(slashed.status).toBe(301);
        expect(slashed.headers.get('location')).toBe(`${url}?utm_source=x`);
      }
    });

    it('escapes every customization and text, and refuses javascript: URLs with 400 naming the field', async () => {
      const { site, components } = await instantiate('saas', {
        company_name: XSS,
        tagline: XSS_ATTR,
        address: XSS,
      });
      const hero = components.find((c) => c.type === 'hero')!;
      const patched = await a.api.patch(`/api/components/${hero.id}`, {
        config: { ...hero.config, headline: XSS_ATTR, subheadline: XSS },
      });
      expect(patched.status).toBe(200);
      await a.api.patch(`/api/sites/${site.id}`, { seo_title: XSS, pages: undefined });
      const { html } = await publishAndServe(site.id);
      const dom = parse(html);
      const scripts = dom
        .querySelectorAll('script')
        .filter((s) => (s.getAttribute('type') ?? 'js') !== 'application/json');
      expect(scripts).toHaveLength(1);
      expect(scripts[0].textContent).not.toContain('alert(1)');
      expect(dom.querySelectorAll('img[onerror]')).toHaveLength(0);
      const all = (node: HTMLElement): HTMLElement[] => [node, ...node.querySelectorAll('*')];
      for (const element of all(dom)) {
        for (const name of Object.keys(element.attributes)) expect(name.startsWith('on')).toBe(false);
      }
      expect(dom.querySelector('h1')!.textContent).toContain(XSS_ATTR);
      expect(dom.textContent).toContain(XSS);

      for (const [body, field] of [
        [{ customizations: { logo_url: 'javascript:alert(1)' } }, 'customizations.logo_url'],
        [{ customizations: { social_links: { x: 'javascript:alert(1)' } } }, 'customizations.social_links.x'],
        [{ customizations: { primary_color: 'red;}body{display:none' } }, 'customizations.primary_color'],
        [{ customizations: { contact_email: 'not-an-email' } }, 'customizations.contact_email'],
        [{ customizations: { company_name: 'x'.repeat(121) } }, 'customizations.company_name'],
        [{ customizations: { favourite_color: '#fff' } }, 'customizations.favourite_color'],
      ] as const) {
        const template = library[0];
        const res = await a.api.post(`/api/templates/${template.id}/instantiate`, body);
        expect({ field, status: res.status }).toEqual({ field, status: 400 });
        expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
      }
      const cta = await a.api.patch(`/api/components/${hero.id}`, {
        config: { ...hero.config, cta_url: 'javascript:alert(1)' },
      });
      expect(cta.status).toBe(400);
      expect(cta.body.details.map((d: { field: string }) => d.field)).toContain('config.cta_url');
    });

    it('rolls back to an earlier version, lists versions, and restores a saved state', async () => {
      const { site, components } = await instantiate('restaurant', { company_name: 'Trattoria Nonna' });
      const hero = components.find((c) => c.type === 'hero')!;
      const first = await publishAndServe(site.id);
      expect(parse(first.html).querySelector('h1')!.textContent).toContain(hero.config.headline);

      await a.api.patch(`/api/components/${hero.id}`, { config: { ...hero.config, headline: 'Now open on Sundays' } });
      const second = await publishAndServe(site.id);
      expect(second.version).toBe(first.version + 1);
      await waitFor(async () => {
        const page = await a.api.request('GET', second.url);
        return String(page.body).includes('Now open on Sundays') || null;
      });

      const rollback = await a.api.post(`/api/sites/${site.id}/rollback`, { version: first.version });
      expect(rollback.body).toMatchObject({ version: first.version });
      const restored = await waitFor(async () => {
        const page = await a.api.request('GET', second.url);
        return String(page.body) === first.html ? page : null;
      });
      expect(restored.status).toBe(200);
      const versions = await a.api.get(`/api/sites/${site.id}/versions`);
      expect(versions.body.items.map((v: { version: number }) => v.version)).toEqual([second.version, first.version]);
      expect(versions.body.items.find((v: { live: boolean }) => v.live).version).toBe(first.version);

      // Restore brings the first version's content back as the draft (the current one saved first).
      expect((await a.api.post(`/api/sites/${site.id}/restore`, { version: first.version })).status).toBe(204);
      const draftHero = (await a.api.get(`/api/components/${hero.id}`)).body;
      expect(draftHero.config.headline).toBe(hero.config.headline);
      const afterRestore = await a.api.get(`/api/sites/${site.id}/versions`);
      expect(afterRestore.body.items[0]).toMatchObject({
        kind: 'snapshot',
        reason: expect.stringContaining('restoring'),
      });
      expect((await a.api.post(`/api/sites/${site.id}/rollback`, { version: 999 })).status).toBe(404);
      const preview = await a.api.request('GET', `/api/sites/${site.id}/preview`);
      expect(preview.status).toBe(200);
      expect(preview.headers.get('content-type')).toContain('text/html');
    });

    it('instantiates into an existing site after saving its state as a restorable version', async () => {
      const { site } = await instantiate('agency', { company_name: 'Studio North' });
      const other = library.find((t) => t.category === 'portfolio')!;
      const replaced = await a.api.post(`/api/templates/${other.id}/instantiate`, {
        site_id: site.id,
        customizations: { company_name: 'Studio North' },
      });
      expect(replaced.status).toBe(201);
      expect(replaced.body.site).toMatchObject({ id: site.id, template_id: other.id });
      const versions = await a.api.get(`/api/sites/${site.id}/versions`);
      expect(versions.body.items[0]).toMatchObject({ kind: 'snapshot', reason: expect.stringContaining('before') });
    });
  });

  describe('components', () => {
    it('validates every write against the catalogue, orders pages, and reorders', async () => {
      const site = (await a.api.post('/api/sites', { name: 'Components lab' })).body;
      const noEmail = await a.api.post('/api/components', {
        site_id: site.id,
        type: 'contact_form',
        config: {
          fields: [{ name: 'name', type: 'text', label: 'Name' }],
          submit_label: 'Send',
          success_message: 'Thanks',
        },
      });
      expect(noEmail.status).toBe(400);
      expect(noEmail.body.details.map((d: { field: string }) => d.field)).toContain('config.fields');
      const wrongPage = await a.api.post('/api/components', {
        site_id: site.id,
        page: '/nowhere',
        type: 'cta_button',
        config: { label: 'Go', url: 'https://example.com' },
      });
      expect(wrongPage.status).toBe(400);
      const unknownType = await a.api.post('/api/components', { site_id: site.id, type: 'carousel3d', config: {} });
      expect(unknownType.status).toBe(400);

      const ids: string[] = [];
      for (const label of ['One', 'Two', 'Three']) {
        const made = await a.api.post('/api/components', {
          site_id: site.id,
          type: 'cta_button',
          config: { label, url: 'https://example.com' },
        });
        expect(made.status).toBe(201);
        ids.push(made.body.id);
      }
      const first = await a.api.post('/api/components', {
        site_id: site.id,
        type: 'cta_button',
        config: { label: 'Zero', url: 'https://example.com' },
        position: 0,
      });
      ids.unshift(first.body.id);
      const listed = await a.api.get(`/api/sites/${site.id}/components`);
      expect(listed.body.items.map((c: Component) => c.id)).toEqual(ids);
      expect(listed.body.items.map((c: Component) => c.position)).toEqual([0, 1, 2, 3]);

      const reversed = [...ids].reverse();
      const reordered = await a.api.post(`/api/sites/${site.id}/components/reorder`, {
        page: '/',
        component_ids: reversed,
      });
      expect(reordered.status).toBe(200);
      expect((await a.api.get(`/api/sites/${site.id}/components`)).body.items.map((c: Component) => c.id)).toEqual(
        reversed,
      );
      const partial = await a.api.post(`/api/sites/${site.id}/components/reorder`, {
        page: '/',
        component_ids: reversed.slice(1),
      });
      expect(partial.status).toBe(400);
      const byType = await a.api.get(`/api/components?site_id=${site.id}&type=cta_button&limit=2`);
      expect(byType.body).toMatchObject({ total: 4 });
      expect(byType.body.next_cursor).toEqual(expect.any(String));
    });

    it('keeps which workflows use a component; deleting a connected one answers 409 unless forced', async () => {
      const { site, components } = await instantiate('saas', { company_name: 'Connected Inc' });
      const form = components.find((c) => ['contact_form', 'newsletter_signup', 'booking_form'].includes(c.type))!;
      const workflowId = randomUUID();
      await publishTestEvent(
        platform.prefix,
        'workflow-engine.workflow.connected.v1',
        {
          workflow_id: workflowId,
          workflow_name: 'Lead follow-up',
          workflow_version: 2,
          active: true,
          component_id: form.id,
        },
        { workspaceId: a.workspaceId },
      );
      // A late event of an older version changes nothing.
      await publishTestEvent(
        platform.prefix,
        'workflow-engine.workflow.disconnected.v1',
        { workflow_id: workflowId, workflow_version: 1, component_id: form.id, reason: 'changed' },
        { workspaceId: a.workspaceId },
      );
      // Another workspace cannot connect its workflows to this component.
      await publishTestEvent(
        platform.prefix,
        'workflow-engine.workflow.connected.v1',
        {
          workflow_id: randomUUID(),
          workflow_name: 'Intruder',
          workflow_version: 1,
          active: true,
          component_id: form.id,
        },
        { workspaceId: b.workspaceId },
      );
      const linked = await waitFor(async () => {
        const res = await a.api.get(`/api/components/${form.id}/workflows`);
        return res.body.items.length ? res.body : null;
      });
      await new Promise((resolve) => setTimeout(resolve, 500));
      const settled = await a.api.get(`/api/components/${form.id}/workflows`);
      expect(settled.body.items).toEqual([
        expect.objectContaining({ workflow_id: workflowId, name: 'Lead follow-up', active: true, workflow_version: 2 }),
      ]);
      expect(linked.items).toHaveLength(1);

      const refused = await a.api.delete(`/api/components/${form.id}`);
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({
        code: 'component_in_use',
        details: [expect.objectContaining({ workflow_id: workflowId, name: 'Lead follow-up' })],
      });
      expect((await a.api.delete(`/api/sites/${site.id}`)).status).toBe(409);
      expect((await a.api.delete(`/api/components/${form.id}?force=true`)).status).toBe(204);
      expect((await a.api.get(`/api/components/${form.id}`)).status).toBe(404);
      const [deleted] = await waitFor(() =>
        platform.db
          .query<{ envelope: { payload: { connected_workflow_ids: string[] } } }>(
            "SELECT envelope FROM template.outbox WHERE name = 'template.component.deleted.v1' AND envelope->'payload'->>'component_id' = $1",
            [form.id],
          )
          .then((rows) => (rows.length ? rows : null)),
      );
      expect(deleted.envelope.payload.connected_workflow_ids).toEqual([workflowId]);
    });
  });

  describe('public addresses and ingestion', () => {
    it('accepts visitor events only for published sites, with the workspace, once per client event id', async () => {
      const draft = (await a.api.post('/api/sites', { name: 'Still a draft' })).body;
      const post = (siteId: string, body: object) => a.api.post(`/api/public/sites/${siteId}/events`, body);
      expect((await post(randomUUID(), { type: 'page_view' })).status).toBe(404);
      expect((await post(draft.id, { type: 'page_view' })).status).toBe(404);

      const { site, components } = await instantiate('nonprofit', { company_name: 'River Keepers' });
      await publishAndServe(site.id);
      const eventId = randomUUID();
      const event = {
        type: 'page_view',
        event_id: eventId,
        visitor_id: 'v-123',
        occurred_at: new Date(Date.now() - 60_000).toISOString(),
        page: '/',
        referrer: 'https://news.example/story',
        utm: { source: 'newsletter', campaign: 'spring' },
        device: 'mobile',
        data: { title: 'Home' },
      };
      const accepted = await waitFor(async () => {
        const res = await post(site.id, event);
        return res.status === 202 ? res : null;
      });
      expect(accepted.body).toEqual({ event_id: eventId });
      const repeated = await post(site.id, event);
      expect(repeated).toMatchObject({ status: 202, body: { event_id: eventId } });
      const rows = await waitFor(() =>
        platform.db
          .query<{ envelope: { workspace_id: string; payload: Record<string, unknown> } }>(
            "SELECT envelope FROM gateway.outbox WHERE name = 'gateway.site-event.received.v1' AND envelope->'payload'->>'event_id' = $1",
            [eventId],
          )
          .then((found) => (found.length ? found : null)),
      );
      expect(rows).toHaveLength(1);
      expect(rows[0].envelope.workspace_id).toBe(a.workspaceId);
      expect(rows[0].envelope.payload).toMatchObject({
        workspace_id: a.workspaceId,
        site_id: site.id,
        page: '/',
        device: 'mobile',
        utm: { source: 'newsletter', campaign: 'spring' },
        referrer: 'https://news.example/story',
        occurred_at: event.occurred_at,
      });

      // A bot that fills the honeypot is thanked and forgotten.
      const form = components.find((c) => ['contact_form', 'newsletter_signup', 'booking_form'].includes(c.type))!;
      const botId = randomUUID();
      const bot = await post(site.id, {
        type: 'form_submission',
        event_id: botId,
        component_id: form.id,
        data: { form_data: { email: 'bot@spam.example', _hp: 'http://spam.example' } },
      });
      expect(bot.status).toBe(202);
      const human = await post(site.id, {
        type: 'form_submission',
        component_id: form.id,
        data: { form_data: { email: 'ada@example.com', _hp: '' } },
      });
      expect(human.status).toBe(202);
      const submissions = await waitFor(() =>
        platform.db
          .query<{ envelope: { id: string; payload: { data: { form_data: object } } } }>(
            "SELECT envelope FROM gateway.outbox WHERE name = 'gateway.site-event.received.v1' AND envelope->'payload'->>'type' = 'form_submission' AND envelope->'payload'->>'site_id' = $1",
            [site.id],
          )
          .then((found) => (found.length ? found : null)),
      );
      const truthyBot = await post(site.id, {
        type: 'form_submission',
        component_id: form.id,
        data: { form_data: { email: 'bot2@spam.example', _hp: true } },
      });
      expect(truthyBot.status).toBe(202);
      const foreignComponent = await post(site.id, {
        type: 'form_submission',
        component_id: randomUUID(),
        data: { form_data: { email: 'ada@example.com' } },
      });
      expect(foreignComponent.status).toBe(400);
      expect(foreignComponent.body.details[0].field).toBe('component_id');
      expect(submissions.map((s) => s.envelope.id)).toEqual([human.body.event_id]);
      expect(submissions[0].envelope.payload.data.form_data).toEqual({ email: 'ada@example.com' });
      expect((await post(site.id, { type: 'page_view', surprise: true })).status).toBe(400);

      // Unpublished, the site stops answering and stops accepting events.
      expect((await a.api.post(`/api/sites/${site.id}/unpublish`)).status).toBe(204);
      await waitFor(async () => ((await post(site.id, { type: 'page_view' })).status === 404 ? true : null));
    });

    it('serves a claimed custom domain by Host; a domain is claimed once, in any letter case', async () => {
      const { site } = await instantiate('event', { company_name: 'Summit Live' });
      const claimed = await a.api.patch(`/api/sites/${site.id}`, { custom_domain: 'WWW.Summit-Live.example' });
      expect(claimed.status).toBe(200);
      expect(claimed.body.custom_domain).toBe('www.summit-live.example');
      const otherSite = (await b.api.post('/api/sites', { name: 'Copycat' })).body;
      const twice = await b.api.patch(`/api/sites/${otherSite.id}`, { custom_domain: 'www.SUMMIT-live.example' });
      expect(twice.status).toBe(409);
      expect(twice.body).toMatchObject({ code: 'domain_taken', details: [{ field: 'custom_domain' }] });
      for (const bad of [
        'localhost',
        '127.0.0.1',
        'intranet',
        'shop.localhost',
        '[::1]',
        'a..b.example',
        'sites.platform.example',
        'evil.sites.platform.example',
      ]) {
        const res = await b.api.patch(`/api/sites/${otherSite.id}`, { custom_domain: bad });
        expect({ bad, status: res.status }).toEqual({ bad, status: 400 });
      }

      const { html } = await publishAndServe(site.id);
      const byHost = await waitFor(async () => {
        const res = await getWithHost(platform.gatewayUrl, '/', 'www.summit-live.example');
        return res.status === 200 ? res : null;
      });
      expect(byHost.body).toBe(html);
      expect((await getWithHost(platform.gatewayUrl, '/', 'nobody-claimed.example')).status).not.toBe(200);
      // On a custom domain, /s/ shows no other site (that would put it under this domain's origin).
      expect((await getWithHost(platform.gatewayUrl, `/s/${site.id}/`, 'www.summit-live.example')).status).toBe(404);
      // The API still answers on a custom domain (the page's own events post there).
      const api = await getWithHost(platform.gatewayUrl, '/health', 'www.summit-live.example');
      expect(api.status).toBe(200);
    });
  });

  describe('backup and isolation', () => {
    it('exports a site and imports it into another workspace with new ids', async () => {
      const { site, components } = await instantiate('education', { company_name: 'Bright Path Academy' });
      await publishAndServe(site.id);
      const exported = await a.api.get(`/api/sites/${site.id}/export`);
      expect(exported.status).toBe(200);
      expect(exported.body).toMatchObject({ format: 'mab.site-export', format_version: 1 });
      expect(exported.body.site.components).toHaveLength(components.length);

      const imported = await b.api.post('/api/sites/import', exported.body);
      expect(imported.status).toBe(201);
      expect(imported.body.site.id).not.toBe(site.id);
      expect(imported.body.site.name).toBe(exported.body.site.name);
      expect(imported.body.versions_imported).toBe(exported.body.versions.length);
      const importedIds = imported.body.components.map((c: Component) => c.id);
      for (const id of components.map((c) => c.id)) expect(importedIds).not.toContain(id);
      const strip = (list: Component[]) =>
        list.map(({ type, page, position, config }) => ({ type, page, position, config }));
      const sort = (list: ReturnType<typeof strip>) =>
        [...list].sort((x, y) => x.page.localeCompare(y.page) || x.position - y.position);
      expect(sort(strip(imported.body.components))).toEqual(sort(strip(exported.body.site.components)));
      const theirs = await b.api.get(`/api/sites/${imported.body.site.id}/components`);
      expect(theirs.body.total).toBe(components.length);

      const tampered = structuredClone(exported.body);
      tampered.site.components[0].config = { headline: XSS, surprise: 'field' };
      const refused = await b.api.post('/api/sites/import', tampered);
      expect(refused.status).toBe(400);
    });

    it("answers 404 for another workspace's sites, components, versions and exports", async () => {
      const { site, components } = await instantiate('health_wellness', { company_name: 'Calm Studio' });
      const { version } = await publishAndServe(site.id);
      await expectCrossTenantNotFound(
        platform.gatewayUrl,
        siteResources({ siteId: site.id, componentId: components[0].id, version }),
        { Authorization: `Bearer ${b.accessToken}` },
      );
      expect((await a.api.get(`/api/sites/${site.id}`)).status).toBe(200);
      expect((await a.api.get(`/api/components/${components[0].id}`)).status).toBe(200);
    });
  });
});
