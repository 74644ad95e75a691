import { appendComplianceFooter, appendOpenPixel, escapeHtml, isSafeHttpUrl, rewriteLinks } from './email-html';
import type { RenderedEmail } from './email-template-engine';

const UNSUBSCRIBE_URL = 'https://mab.example/u/tok.en?x=1&y=2';
const PIXEL_URL = 'https://mab.example/o/abc.gif?s=1&t=2';

describe('isSafeHttpUrl', () => {
  it.each(['https://example.com', 'http://example.com/path?q=1&r=2#top', 'HTTPS://EXAMPLE.COM/A'])(
    'accepts %j',
    (url) => expect(isSafeHttpUrl(url)).toBe(true),
  );

  it.each([
    'javascript:alert(1)',
    'java\tscript:alert(1)',
    ' https://example.com',
    'https://example.com ',
    'data:text/html,<script>alert(1)</script>',
    'mailto:a@example.com',
    'tel:+123',
    '#top',
    '/path',
    '//example.com',
    'https:example.com',
    'https://\\example.com',
    'https://user:pass@example.com',
    'https://example.com@evil.example',
    'https://',
    '',
    `https://example.com/${'a'.repeat(3000)}`,
    42,
    null,
  ])('refuses %j', (url) => expect(isSafeHttpUrl(url)).toBe(false));
});

describe('rewriteLinks', () => {
  const html = `<!DOCTYPE html>
<html><head><style>@media (max-width:600px){ a > span { display:block } }</style></head>
<body>
<!--[if mso]><table><tr><td><![endif]-->
<p><a href="https://example.com/one?a=1&amp;b=2" class=btn>One</a></p>
<p><A HREF="http://example.com/two">Two</A></p>
<p><a href="mailto:help@example.com">Mail</a> <a href="tel:+4420">Call</a> <a href="#top">Top</a></p>
<p><a href="javascript:alert(1)">Bad</a> <a>No href</a> <a href="">Empty</a></p>
<p><a href="https://mab.example/u/tok" data-mab-unsubscribe>Unsubscribe</a></p>
<p><a href="https://example.com/private" data-mab-no-track>Private</a></p>
<p><a href=" https://example.com/three ">Three</a></p>
<!--[if mso]></td></tr></table><![endif]-->
</body></html>`;

  it('rewrites every http(s) link, numbering them in document order', () => {
    const seen: [string, number][] = [];
    const out = rewriteLinks(html, (url, index) => {
      seen.push([url, index]);
      return `https://mab.example/c/${index}?u=${encodeURIComponent(url)}&s=1`;
    });
    // The callback gets the decoded URL, and the new one is written back escaped.
    expect(seen).toEqual([
      ['https://example.com/one?a=1&b=2', 0],
      ['http://example.com/two', 1],
      ['https://example.com/three', 2],
    ]);
    expect(out).toContain(
      `href="https://mab.example/c/0?u=${encodeURIComponent('https://example.com/one?a=1&b=2')}&amp;s=1"`,
    );
    expect(out).toContain('<A HREF="https://mab.example/c/1?u=');
    expect(out).toContain('href="https://mab.example/c/2?u=');
  });

  it('never rewrites mailto:, tel:, anchors, other schemes, the unsubscribe link or opted-out links', () => {
    const out = rewriteLinks(html, () => 'https://mab.example/c/x');
    expect(out).toContain('<a href="mailto:help@example.com">Mail</a>');
    expect(out).toContain('<a href="tel:+4420">Call</a>');
    expect(out).toContain('<a href="#top">Top</a>');
    expect(out).toContain('<a href="javascript:alert(1)">Bad</a>');
    expect(out).toContain('<a href="https://mab.example/u/tok" data-mab-unsubscribe>Unsubscribe</a>');
    expect(out).toContain('<a href="https://example.com/private" data-mab-no-track>Private</a>');
  });

  it('keeps the rest of the document as it was, Outlook conditional comments and styles included', () => {
    const out = rewriteLinks(html, () => 'https://mab.example/c/x');
    expect(out).toContain('<!--[if mso]><table><tr><td><![endif]-->');
    expect(out).toContain('<style>@media (max-width:600px){ a > span { display:block } }</style>');
    expect(out.startsWith('<!DOCTYPE html>')).toBe(true);
  });

  it('keeps a link when the callback answers null, and returns the input untouched when nothing changes', () => {
    expect(rewriteLinks(html, () => null)).toBe(html);
    const out = rewriteLinks(html, (url) => (url.includes('two') ? 'https://mab.example/c/2' : null));
    expect(out).toContain('<A HREF="https://mab.example/c/2">Two</A>');
    expect(out).toContain('href="https://example.com/one?a=1&amp;b=2"');
  });

  it('refuses to write a URL that is not http(s)', () => {
    expect(() => rewriteLinks('<a href="https://example.com">x</a>', () => 'javascript:alert(1)')).toThrow(TypeError);
  });
});

describe('appendOpenPixel', () => {
  const pixel = `<img src="${escapeHtml(PIXEL_URL)}" width="1" height="1" alt="" style="display:block;border:0">`;

  it('adds a 1×1 image at the end of the body', () => {
    const out = appendOpenPixel('<html><body><p>Hi</p></body></html>', PIXEL_URL);
    expect(out).toBe(`<html><body><p>Hi</p>${pixel}</body></html>`);
  });

  it('adds it at the end of a fragment', () => {
    expect(appendOpenPixel('<p>Hi</p>', PIXEL_URL)).toBe(`<p>Hi</p>${pixel}`);
  });

  it('refuses a URL that is not http(s)', () => {
    expect(() => appendOpenPixel('<p>Hi</p>', 'javascript:alert(1)')).toThrow(TypeError);
    expect(() => appendOpenPixel('<p>Hi</p>', 'https://x.example/"onerror="alert(1)')).not.toThrow();
    expect(appendOpenPixel('<p>Hi</p>', 'https://x.example/"onerror="alert(1)')).not.toContain('"onerror="');
  });
});

describe('appendComplianceFooter', () => {
  const email: RenderedEmail = {
    subject: 'Hello',
    html: '<html><body><p>Hello</p></body></html>',
    text: 'Hello',
  };
  const footer = {
    unsubscribeUrl: UNSUBSCRIBE_URL,
    workspaceName: 'Byron <b>&</b> Co',
    postalAddress: '1 Main St\nLondon <W1>',
  };

  it('adds a visible footer with the unsubscribe link, the workspace name and the postal address, escaped', () => {
    const out = appendComplianceFooter(email, footer);
    expect(out.subject).toBe('Hello');
    expect(out.html).toContain(`<a href="${escapeHtml(UNSUBSCRIBE_URL)}" data-mab-unsubscribe`);
    expect(out.html).toContain('Byron &lt;b&gt;&amp;&lt;/b&gt; Co');
    expect(out.html).toContain('1 Main St<br>London &lt;W1&gt;');
    expect(out.html).not.toContain('<b>');
    expect(out.html.indexOf('data-mab-footer')).toBeLessThan(out.html.indexOf('</body>'));
    expect(out.html.indexOf('<p>Hello</p>')).toBeLessThan(out.html.indexOf('data-mab-footer'));

    expect(out.text).toBe(
      `Hello\n\n---\nYou are receiving this email from Byron <b>&</b> Co.\n1 Main St\nLondon <W1>\n\nUnsubscribe: ${UNSUBSCRIBE_URL}\n`,
    );
  });

  it('is idempotent', () => {
    const once = appendComplianceFooter(email, footer);
    expect(appendComplianceFooter(once, footer)).toEqual(once);
  });

  it('works without a postal address', () => {
    const out = appendComplianceFooter(email, { ...footer, postalAddress: null });
    expect(out.text).toBe(
      `Hello\n\n---\nYou are receiving this email from Byron <b>&</b> Co.\n\nUnsubscribe: ${UNSUBSCRIBE_URL}\n`,
    );
    expect(out.html).toContain('data-mab-unsubscribe');
  });

  it('keeps its unsubscribe link away from click tracking, and the pixel comes after it', () => {
    const withFooter = appendComplianceFooter(email, footer);
    const urls: string[] = [];
    const tracked = rewriteLinks(withFooter.html, (url) => {
      urls.push(url);
      return 'https://mab.example/c/1';
    });
    expect(urls).toEqual([]);
    expect(tracked).toBe(withFooter.html);
    const final = appendOpenPixel(tracked, PIXEL_URL);
    expect(final.indexOf('data-mab-footer')).toBeLessThan(final.indexOf('width="1" height="1"'));
  });

  it('refuses an unsubscribe URL that is not http(s)', () => {
    expect(() => appendComplianceFooter(email, { ...footer, unsubscribeUrl: 'javascript:alert(1)' })).toThrow(
      TypeError,
    );
  });
});
