import { mailtoUrl, safeUrl, telUrl } from './safe-url';

describe('safeUrl', () => {
  it.each([
    'https://example.com',
    'http://example.com/path?q=1&r=2#top',
    'HTTPS://EXAMPLE.COM/A',
    'https://images.example.com/a%20b.jpg',
    'https://localhost:8443/x',
  ])('lets %j through unchanged', (url) => expect(safeUrl(url)).toBe(url));

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\rscript:alert(1)',
    ' https://example.com',
    'https://example.com ',
    '\u0001https://example.com',
    'https://exa\u200bmple.com',
    'data:image/svg+xml,<svg onload=alert(1)>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.com',
    '//example.com',
    '/path',
    'path',
    '#top',
    'https:example.com',
    'https:/example.com',
    'https:\\\\example.com',
    'https://\\example.com',
    'https://user:pass@example.com',
    'https://example.com@evil.example',
    'https://',
    '',
    `https://example.com/${'a'.repeat(3000)}`,
  ])('refuses %j', (url) => expect(safeUrl(url)).toBe(''));

  it('refuses what is not a string', () => {
    for (const value of [null, undefined, 1, {}, ['https://example.com'], { toString: () => 'https://x.example' }]) {
      expect(safeUrl(value)).toBe('');
    }
  });
});

describe('mailtoUrl and telUrl', () => {
  it('build links from plain addresses and numbers only', () => {
    expect(mailtoUrl('hello@harbor.example')).toBe('mailto:hello@harbor.example');
    expect(mailtoUrl('a.b+c@sub.example.co.uk')).toBe('mailto:a.b+c@sub.example.co.uk');
    for (const bad of [
      'x@y',
      'a@b.c?subject=hi',
      'a@b.c&cc=x@y.z',
      'javascript:alert(1)//@x.example',
      'a b@c.de',
      '"><x@y.z',
    ]) {
      expect(mailtoUrl(bad)).toBe('');
    }
    expect(telUrl('+1 (415) 555-0134')).toBe('tel:+14155550134');
    expect(telUrl('030 1234 567')).toBe('tel:0301234567');
    for (const bad of ['call me', 'javascript:1', '+1 415 555 0134;ext=2', '()', '']) expect(telUrl(bad)).toBe('');
  });
});
