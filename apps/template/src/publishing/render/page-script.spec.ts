import { PAGE_SCRIPT } from './page-script';

/**
 * The script runs in visitors' browsers, not here (no eval, no vm): these checks hold what can be checked from its
 * text; its behaviour was exercised in a real browser against a recording ingestion endpoint.
 */
describe('PAGE_SCRIPT', () => {
  it('is small and cannot break out of its element', () => {
    expect(Buffer.byteLength(PAGE_SCRIPT, 'utf8')).toBeLessThan(6_000);
    expect(PAGE_SCRIPT.toLowerCase()).not.toContain('</script');
    expect(PAGE_SCRIPT).not.toContain('<!--');
    expect(PAGE_SCRIPT).not.toContain('${');
  });

  it('uses no syntax newer than ES2017 and no dynamic code', () => {
    expect(PAGE_SCRIPT).not.toMatch(/\?\.|\?\?|=>|`|\bclass\b|\blet\b|\bconst\b|\bimport\b|\basync\b|\bawait\b/);
    expect(PAGE_SCRIPT).not.toMatch(/\beval\b|new Function|setTimeout\(['"]|innerHTML|document\.write|console\./);
  });

  it('posts JSON with keepalive to the page ingestion path and keeps a visitor id per site', () => {
    expect(PAGE_SCRIPT).toContain("method: 'POST'");
    expect(PAGE_SCRIPT).toContain("headers: { 'content-type': 'application/json' }");
    expect(PAGE_SCRIPT).toContain('keepalive: true');
    expect(PAGE_SCRIPT).toContain("getAttribute('data-mab-ingest')");
    expect(PAGE_SCRIPT).toContain("'mab_vid:' + endpoint");
    for (const type of ['page_view', 'component_view', 'component_interaction', 'form_submission']) {
      expect(PAGE_SCRIPT).toContain(`'${type}'`);
    }
  });
});
