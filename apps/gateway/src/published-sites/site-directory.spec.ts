import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { SiteDirectory } from './site-directory';
import type { SiteEntry } from './site-entry';

/** The directory's memory alone: the database answers nothing, the broker is not involved. */
function directory(): SiteDirectory {
  const empty = { findOne: async () => null, find: async () => [] };
  const dataSource = { getRepository: () => empty } as unknown as DataSource;
  return new SiteDirectory(dataSource, {} as never, { prefix: 'unit' } as never);
}

const site = (overrides: Partial<SiteEntry>): SiteEntry => ({
  siteId: randomUUID(),
  workspaceId: randomUUID(),
  revision: 1,
  publicSlug: null,
  customDomain: null,
  publishedVersion: 1,
  pages: ['/'],
  componentIds: [],
  deleted: false,
  ...overrides,
});

describe('the site directory (memory)', () => {
  it('keeps the newest revision whatever the order news arrives in', async () => {
    const dir = directory();
    const a = site({ revision: 5, publicSlug: 'bistro', publishedVersion: 3 });
    dir.learn(a);
    dir.learn({ ...a, revision: 4, publishedVersion: 2 });
    expect((await dir.bySlugName('bistro'))?.publishedVersion).toBe(3);
    dir.learn({ ...a, revision: 6, publishedVersion: null });
    expect(await dir.bySlugName('bistro')).toBeNull();
    expect(await dir.byIdentifier(a.siteId)).toBeNull();
    // A late "published" of an older revision cannot bring it back.
    dir.learn({ ...a, revision: 5, publishedVersion: 3 });
    expect(await dir.byIdentifier(a.siteId)).toBeNull();
  });

  it('hands a slug or a domain from one site to another in either order', async () => {
    const dir = directory();
    const a = site({ revision: 2, publicSlug: 'bistro', customDomain: 'www.bistro.example' });
    const b = site({ revision: 7 });
    dir.learn(a);
    // B's claim is heard before A's release.
    dir.learn({ ...b, revision: 8, publicSlug: 'bistro', customDomain: 'www.bistro.example' });
    dir.learn({ ...a, revision: 3, publicSlug: null, customDomain: null });
    expect((await dir.bySlugName('bistro'))?.siteId).toBe(b.siteId);
    expect((await dir.byHost('www.bistro.example'))?.siteId).toBe(b.siteId);
    // And a stale mapping never serves a site under a name it no longer holds.
    dir.learn({ ...b, revision: 9, publicSlug: 'bistro-2' });
    expect(await dir.bySlugName('bistro')).toBeNull();
    expect((await dir.bySlugName('bistro-2'))?.siteId).toBe(b.siteId);
  });

  it('forgets deleted sites', async () => {
    const dir = directory();
    const a = site({ revision: 1, publicSlug: 'gone' });
    dir.learn(a);
    dir.learn({ ...a, revision: 2, deleted: true });
    expect(await dir.bySlugName('gone')).toBeNull();
    expect(await dir.byIdentifier(a.siteId)).toBeNull();
  });
});
