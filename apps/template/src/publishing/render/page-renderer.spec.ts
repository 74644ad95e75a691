import { createHash } from 'node:crypto';
import { HTMLElement, parse } from 'node-html-parser';
import { COMPONENT_CATALOGUE } from '../../component-types/component-catalogue';
import { PageRenderer } from './page-renderer';
import type { RenderComponent, RenderOptions, RenderPage, RenderSite } from './render-input';

const INGEST = '/api/public/sites/5f0c2b8e-4a51-4c1e-9d4e-2f6a0b7c9d10/events';
const PUBLISHED: RenderOptions = { ingestionPath: INGEST, preview: false };
const id = (n: number) => `6d1e0a52-8c3f-4b7a-9e21-${String(n).padStart(12, '0')}`;

function site(overrides: Partial<RenderSite> = {}): RenderSite {
  return {
    id: '5f0c2b8e-4a51-4c1e-9d4e-2f6a0b7c9d10',
    name: 'Northwind site',
    seo_title: null,
    seo_description: 'Marketing for small teams.',
    og_image_url: null,
    customizations: { company_name: 'Northwind Studio', primary_color: '#0f766e', secondary_color: '#f59e0b' },
    pages: [
      { path: '/', title: 'Home' },
      { path: '/pricing', title: 'Pricing' },
      { path: '/about', title: 'About us' },
    ],
    ...overrides,
  };
}

function page(components: RenderComponent[], overrides: Partial<RenderPage> = {}): RenderPage {
  return { path: '/', title: 'Home', description: null, components, ...overrides };
}

/** One component of every catalogue type, with the catalogue's own example config. */
const everyType = (): RenderComponent[] =>
  COMPONENT_CATALOGUE.map((spec, i) => ({ id: id(i + 1), type: spec.type, config: structuredClone(spec.example) }));

const renderer = new PageRenderer();

async function renderDom(s: RenderSite, p: RenderPage, options: RenderOptions = PUBLISHED) {
  const rendered = await renderer.render(s, p, options);
  return { ...rendered, dom: parse(rendered.html) };
}

/** Every element of the document, depth first. */
const all = (dom: HTMLElement): HTMLElement[] => dom.querySelectorAll('*');

const jsScripts = (dom: HTMLElement) =>
  dom.querySelectorAll('script').filter((s) => !s.getAttribute('type') || s.getAttribute('type') === 'module');

const sha256 = (value: string) => createHash('sha256').update(value, 'utf8').digest('base64');

/** Every attribute value in the document that a browser would follow or load. */
function urlAttributes(dom: HTMLElement): string[] {
  return all(dom).flatMap((el) =>
    ['href', 'src', 'srcset', 'action', 'formaction', 'content', 'poster', 'data']
      .map((name) => el.getAttribute(name))
      .filter((value): value is string => value !== undefined),
  );
}

describe('PageRenderer', () => {
  describe('a page with every component type of the catalogue', () => {
    let html: string;
    let dom: HTMLElement;
    let csp: string;

    beforeAll(async () => {
      ({ html, dom, contentSecurityPolicy: csp } = await renderDom(site(), page(everyType())));
    });

    it('is a complete HTML document in the site language', () => {
      expect(html.startsWith('<!doctype html>')).toBe(true);
      expect(dom.querySelector('html')?.getAttribute('lang')).toBe('en');
      expect(dom.querySelector('meta[charset]')?.getAttribute('charset')).toBe('utf-8');
      expect(dom.querySelector('meta[name="viewport"]')?.getAttribute('content')).toContain('width=device-width');
      expect(dom.querySelector('title')?.text).toBe('Home — Northwind Studio');
      expect(dom.querySelector('meta[name="description"]')?.getAttribute('content')).toBe('Marketing for small teams.');
      expect(dom.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe('Home — Northwind Studio');
      expect(dom.querySelector('meta[property="og:image"]')).toBeNull();
    });

    it('has landmarks, a skip link to <main> and exactly one h1 (the hero headline)', () => {
      expect(dom.querySelector('a.skip-link')?.getAttribute('href')).toBe('#main');
      expect(dom.querySelector('main')?.getAttribute('id')).toBe('main');
      expect(dom.querySelectorAll('header.site-header nav')).toHaveLength(1);
      expect(dom.querySelectorAll('footer.site-footer')).toHaveLength(1);
      const h1s = dom.querySelectorAll('h1');
      expect(h1s).toHaveLength(1);
      expect(h1s[0].text).toBe(COMPONENT_CATALOGUE.find((s) => s.type === 'hero')?.example.headline);
    });

    it('puts each component in its own section, labelled by its heading when it has one', () => {
      for (const component of everyType()) {
        const section = dom.querySelector(`section#c-${component.id}`);
        expect(section).not.toBeNull();
        expect(section?.tagName).toBe('SECTION');
        expect(section?.getAttribute('data-component-id')).toBe(component.id);
        expect(section?.getAttribute('data-component-type')).toBe(component.type);
        const labelledBy = section?.getAttribute('aria-labelledby');
        if (labelledBy) expect(dom.querySelector(`#${labelledBy}`)?.text.trim()).not.toBe('');
      }
      // The footer component lives in the page's <footer> landmark.
      expect(dom.querySelector('footer.site-footer section[data-component-type="footer"]')).not.toBeNull();
    });

    it('labels every form control and describes the images', () => {
      const controls = dom.querySelectorAll('input, select, textarea');
      expect(controls.length).toBeGreaterThan(8);
      for (const control of controls) {
        const controlId = control.getAttribute('id');
        expect(controlId).toBeTruthy();
        expect(dom.querySelectorAll(`label[for="${controlId}"]`)).toHaveLength(1);
      }
      const images = dom.querySelectorAll('img');
      expect(images.length).toBeGreaterThan(0);
      for (const img of images) expect(img.getAttribute('alt')?.trim()).toBeTruthy();
    });

    it('has unique ids', () => {
      const ids = all(dom)
        .map((el) => el.getAttribute('id'))
        .filter(Boolean);
      expect(new Set(ids).size).toBe(ids.length);
    });

    it('has no inline style attribute, no event handler attribute and nothing loaded from elsewhere', () => {
      for (const el of all(dom)) {
        for (const name of Object.keys(el.attributes)) {
          expect(name.toLowerCase()).not.toBe('style');
          expect(name.toLowerCase().startsWith('on')).toBe(false);
        }
      }
      expect(dom.querySelectorAll('script[src]')).toHaveLength(0);
      expect(dom.querySelectorAll('link[rel~="stylesheet"]')).toHaveLength(0);
      expect(dom.querySelectorAll('link')).toHaveLength(0);
      expect(jsScripts(dom)).toHaveLength(1);
      expect(dom.querySelectorAll('style')).toHaveLength(1);
      // No font or stylesheet import hidden in the CSS either.
      const css = dom.querySelector('style')?.rawText ?? '';
      expect(css).not.toMatch(/@import|@font-face|url\(/i);
    });

    it('serves a CSP whose hashes are those of the exact inline script and style', () => {
      const script = jsScripts(dom)[0].rawText;
      const style = dom.querySelector('style')?.rawText ?? '';
      expect(html).toContain(`<script>${script}</script>`);
      expect(html).toContain(`<style>${style}</style>`);
      expect(csp).toBe(
        `default-src 'none'; script-src 'sha256-${sha256(script)}'; style-src 'sha256-${sha256(style)}'; ` +
          "img-src https: http: data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
      );
    });

    it('renders the FAQ as disclosure widgets and the highlighted plan apart', () => {
      const details = dom.querySelectorAll('section[data-component-type="faq"] details');
      expect(details).toHaveLength(1);
      expect(details[0].querySelector('summary')?.text).toBe('Can I cancel anytime?');
      const plans = dom.querySelectorAll('.plan');
      expect(plans).toHaveLength(2);
      expect(plans.map((p) => p.classList.contains('plan-featured'))).toEqual([false, true]);
      expect(plans[0].querySelector('.amount')?.text).toBe('$19');
      expect(plans[0].querySelector('a')?.getAttribute('href')).toBe('https://example.com/start');
    });

    it('carries the same script on every page and site', async () => {
      const other = await renderDom(
        site({ customizations: { primary_color: '#123456', language: 'fr' } }),
        page([], { path: '/pricing', title: 'Tarifs' }),
      );
      expect(jsScripts(other.dom)[0].rawText).toBe(jsScripts(dom)[0].rawText);
      expect(other.contentSecurityPolicy.split('; ')[1]).toBe(csp.split('; ')[1]);
      // A different theme is a different stylesheet, with its own hash.
      expect(other.contentSecurityPolicy.split('; ')[2]).not.toBe(csp.split('; ')[2]);
    });
  });

  it('survives configs that are empty or of the wrong shape', async () => {
    const shapes: unknown[] = [
      {},
      null,
      'text',
      {
        headline: 42,
        items: 'x',
        plans: [null, 3, { name: ['a'], price: {}, features: 'nope', highlighted: 'yes' }],
        fields: [{ name: 'bad name', type: 'email', label: 'x' }, { name: 'ok', type: 'file', label: '' }, 'str'],
        images: [{ url: 'https://img.example.com/x.jpg' }],
        members: [{ name: '', photo: { url: 'https://img.example.com/p.jpg' } }],
        background_image: { url: 'https://img.example.com/bg.jpg' },
        columns: 99,
        theme: 'neon',
        sections: [{ items: [{ price: '12', dietary: [1, null, 'vegan'] }] }],
        days: [{ sessions: 'x' }],
        social: [{ network: 'myspace', url: 'https://myspace.com/x' }],
      },
    ];
    const components = shapes.flatMap((config, s) =>
      COMPONENT_CATALOGUE.map((spec, i) => ({ id: id(s * 100 + i), type: spec.type, config }) as RenderComponent),
    );
    components.push({ id: id(999), type: 'marquee', config: {} }, null as unknown as RenderComponent);
    const { dom } = await renderDom(
      site({ customizations: null as unknown as RenderSite['customizations'] }),
      page(components),
    );
    expect(dom.querySelectorAll('h1')).toHaveLength(1);
    expect(dom.querySelector('[data-component-type="marquee"]')).toBeNull();
    for (const img of dom.querySelectorAll('img')) expect(img.getAttribute('alt')?.trim()).toBeTruthy();
    for (const control of dom.querySelectorAll('input, select, textarea')) {
      expect(dom.querySelectorAll(`label[for="${control.getAttribute('id')}"]`)).toHaveLength(1);
      expect(['text', 'email', 'tel', 'date', 'time', 'number', 'url', 'checkbox', null]).toContain(
        control.tagName === 'INPUT' ? control.getAttribute('type') : null,
      );
    }
    // A field whose name the server would refuse is left out; an unknown input type becomes text.
    expect(dom.querySelector('[name="bad name"]')).toBeNull();
    expect(dom.querySelector('input[name="ok"]')?.getAttribute('type')).toBe('text');
  });

  describe('headings', () => {
    it('makes the page title the h1 when the page has no hero', async () => {
      const { dom } = await renderDom(
        site(),
        page(
          everyType().filter((c) => c.type !== 'hero'),
          { title: 'Pricing' },
        ),
      );
      const h1s = dom.querySelectorAll('h1');
      expect(h1s).toHaveLength(1);
      expect(h1s[0].text).toBe('Pricing');
    });

    it('gives the h1 to the first hero only', async () => {
      const heroes = [1, 2].map((n) => ({ id: id(n), type: 'hero', config: { headline: `Hero ${n}` } }));
      const { dom } = await renderDom(site(), page(heroes));
      expect(dom.querySelectorAll('h1').map((h) => h.text)).toEqual(['Hero 1']);
      expect(dom.querySelector(`#c-${id(2)} h2`)?.text).toBe('Hero 2');
    });
  });

  describe('untrusted text', () => {
    const SCRIPT = '<script>alert(1)</script>';
    const IMG = '"><img src=x onerror=alert(1)>';

    const hostile = (): RenderComponent[] => [
      {
        id: id(1),
        type: 'hero',
        config: { headline: SCRIPT, subheadline: IMG, cta_label: SCRIPT, cta_url: 'https://example.com/"><x' },
      },
      {
        id: id(2),
        type: 'features',
        config: { heading: IMG, subheading: SCRIPT, items: [{ icon: IMG, title: SCRIPT, description: IMG }] },
      },
      {
        id: id(3),
        type: 'contact_form',
        config: {
          heading: SCRIPT,
          description: IMG,
          fields: [
            { name: 'email', type: 'email', label: SCRIPT, placeholder: IMG, help_text: SCRIPT, required: true },
            { name: 'topic', type: 'select', label: IMG, options: [SCRIPT, IMG] },
          ],
          submit_label: SCRIPT,
          success_message: IMG,
          consent_text: SCRIPT,
        },
      },
      {
        id: id(4),
        type: 'gallery',
        config: { heading: SCRIPT, images: [{ url: 'https://img.example.com/a.jpg', alt: IMG, caption: SCRIPT }] },
      },
      {
        id: id(5),
        type: 'menu',
        config: {
          heading: SCRIPT,
          currency: 'EUR',
          sections: [{ title: IMG, items: [{ name: SCRIPT, description: IMG, price: SCRIPT, dietary: [IMG] }] }],
        },
      },
      { id: `${SCRIPT}${IMG}`, type: 'faq', config: { heading: IMG, items: [{ question: SCRIPT, answer: IMG }] } },
      {
        id: id(7),
        type: 'footer',
        config: { company_name: SCRIPT, links: [{ label: IMG, url: 'https://example.com' }], copyright: IMG },
      },
    ];

    it('shows every payload as text and adds no script, handler or image', async () => {
      const { dom, html } = await renderDom(
        site({
          name: IMG,
          seo_title: SCRIPT,
          seo_description: IMG,
          customizations: {
            company_name: SCRIPT,
            tagline: IMG,
            address: SCRIPT,
            contact_email: IMG,
            phone: SCRIPT,
            language: IMG,
            font_style: IMG as 'sans',
          },
          pages: [
            { path: '/', title: SCRIPT },
            { path: '/pricing', title: IMG },
          ],
        }),
        page(hostile(), { title: SCRIPT, description: IMG }),
      );
      expect(jsScripts(dom)).toHaveLength(1);
      expect(dom.querySelectorAll('script')).toHaveLength(1);
      expect(dom.querySelectorAll('img[onerror]')).toHaveLength(0);
      expect(
        dom.querySelectorAll('img').every((img) => img.getAttribute('src') === 'https://img.example.com/a.jpg'),
      ).toBe(true);
      for (const el of all(dom)) {
        for (const name of Object.keys(el.attributes)) expect(name.toLowerCase().startsWith('on')).toBe(false);
      }
      expect(dom.querySelector('html')?.getAttribute('lang')).toBe('en');
      const text = dom.textContent;
      expect(text).toContain(SCRIPT);
      expect(text).toContain(IMG);
      expect(dom.querySelector('title')?.text).toBe(SCRIPT);
      expect(dom.querySelector('h1')?.text).toBe(SCRIPT);
      expect(dom.querySelector('.brand')?.text).toBe(SCRIPT);
      expect(dom.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(IMG);
      expect(dom.querySelector('.site-nav a[href="pricing"]')?.text).toBe(IMG);
      expect(dom.querySelector(`#c-${id(3)} form`)?.getAttribute('data-success')).toBe(IMG);
      expect(dom.querySelectorAll(`#c-${id(3)} option`).map((o) => o.getAttribute('value'))).toEqual(['', SCRIPT, IMG]);
      // A hostile component id is kept as data and replaced by a positional one in id attributes.
      const faq = dom.querySelector('section[data-component-type="faq"]');
      expect(faq?.getAttribute('data-component-id')).toBe(`${SCRIPT}${IMG}`);
      expect(faq?.getAttribute('id')).toBe('c-n5');
      expect(html).not.toContain('<script>alert');
    });

    it('keeps a hostile color out of the stylesheet', async () => {
      const { dom } = await renderDom(
        site({
          customizations: {
            primary_color: 'red;}</style><script>alert(1)</script><style>',
            secondary_color: '#12345',
          },
        }),
        page([]),
      );
      const css = dom.querySelector('style')?.rawText ?? '';
      expect(css).toContain('--c-primary:#4f46e5');
      expect(css).toContain('--c-secondary:#f59e0b');
      expect(css).not.toContain('red;');
      expect(css).not.toContain('alert');
      expect(css).not.toContain('<');
      expect(jsScripts(dom)).toHaveLength(1);
    });
  });

  describe('URLs', () => {
    const BAD = [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'javascript&colon;alert(1)',
      'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      'vbscript:msgbox(1)',
      '//evil.example/x',
      '/relative/path',
      'https:evil.example',
      'https:\\\\evil.example',
      'https://bank.example@evil.example/',
      '\u0000javascript:alert(1)',
    ];

    it.each(BAD)('never writes %j into an href or src', async (bad) => {
      const components: RenderComponent[] = [
        { id: id(1), type: 'hero', config: { headline: 'Hi', cta_label: 'Go', cta_url: bad } },
        { id: id(2), type: 'cta_button', config: { label: 'Book', url: bad } },
        {
          id: id(3),
          type: 'gallery',
          config: {
            images: [
              { url: bad, alt: 'Bad' },
              { url: 'https://img.example.com/ok.jpg', alt: 'Good' },
            ],
          },
        },
        {
          id: id(4),
          type: 'pricing_table',
          config: {
            currency: 'USD',
            billing_period: 'monthly',
            plans: [{ name: 'A', price: '1', cta_label: 'Buy', cta_url: bad }],
          },
        },
        {
          id: id(5),
          type: 'team',
          config: { members: [{ name: 'Ada', photo: { url: bad, alt: 'Ada' }, linkedin_url: bad }] },
        },
        { id: id(6), type: 'logo_cloud', config: { logos: [{ image: { url: bad, alt: 'Acme' }, url: bad }] } },
        {
          id: id(7),
          type: 'testimonials',
          config: { items: [{ quote: 'Great', author: 'Bo', avatar: { url: bad, alt: 'Bo' } }] },
        },
        {
          id: id(8),
          type: 'footer',
          config: { links: [{ label: 'Privacy', url: bad }], social: [{ network: 'x', url: bad }] },
        },
        { id: id(9), type: 'hero', config: { headline: 'Two', background_image: { url: bad, alt: 'Background' } } },
      ];
      const { dom } = await renderDom(
        site({
          og_image_url: bad,
          customizations: { company_name: 'Acme', logo_url: bad, social_links: { github: bad } },
        }),
        page(components),
      );
      const urls = urlAttributes(dom);
      const normalized = bad.toLowerCase().replace(/[\s\u0000]/g, '');
      for (const url of urls) {
        expect(url).not.toBe(bad);
        expect(url.toLowerCase().replace(/[\s\u0000]/g, '')).not.toContain(normalized);
        expect(url.toLowerCase().replace(/[\s\u0000]/g, '')).not.toMatch(/^(javascript|data|vbscript):/);
      }
      expect(dom.querySelectorAll('img').map((img) => img.getAttribute('src'))).toEqual([
        'https://img.example.com/ok.jpg',
      ]);
      // The button without a usable URL is shown as a label, not as a link.
      expect(dom.querySelector(`#c-${id(2)} a`)).toBeNull();
      expect(dom.querySelector(`#c-${id(2)} .btn`)?.text).toBe('Book');
      expect(dom.querySelector('meta[property="og:image"]')).toBeNull();
    });

    it('links http(s) URLs, builds mailto: and tel: links, and merges social profiles', async () => {
      const { dom } = await renderDom(
        site({
          og_image_url: 'https://cdn.example.com/og.png',
          customizations: {
            company_name: 'Harbor & Co.',
            logo_url: 'https://cdn.example.com/logo.svg',
            contact_email: 'hello@harbor.example',
            phone: '+1 (415) 555-0134',
            address: '18 Pier Street\nSan Francisco',
            social_links: {
              linkedin: 'https://www.linkedin.com/company/harbor',
              mastodon: 'https://mastodon.social/@harbor',
            },
          },
        }),
        page([
          {
            id: id(1),
            type: 'footer',
            config: {
              links: [{ label: 'Privacy', url: 'https://harbor.example/privacy?a=1&b=2' }],
              social: [{ network: 'x', url: 'https://x.com/harbor' }],
            },
          },
          {
            id: id(2),
            type: 'cta_button',
            config: { label: 'Demo', url: 'https://harbor.example/demo', new_tab: true },
          },
        ]),
      );
      expect(dom.querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe(
        'https://cdn.example.com/og.png',
      );
      expect(dom.querySelector('.brand img')?.getAttribute('alt')).toBe('Harbor & Co.');
      const footer = dom.querySelector('footer.site-footer');
      expect(footer?.querySelector('a[href^="mailto:"]')?.getAttribute('href')).toBe('mailto:hello@harbor.example');
      expect(footer?.querySelector('a[href^="tel:"]')?.getAttribute('href')).toBe('tel:+14155550134');
      expect(footer?.querySelector('.footer-address')?.text).toBe('18 Pier Street\nSan Francisco');
      expect(footer?.querySelector('a[href^="https://harbor.example/privacy"]')?.getAttribute('href')).toBe(
        'https://harbor.example/privacy?a=1&b=2',
      );
      expect(footer?.querySelectorAll('.social a').map((a) => [a.text, a.getAttribute('href')])).toEqual([
        ['X', 'https://x.com/harbor'],
        ['LinkedIn', 'https://www.linkedin.com/company/harbor'],
        ['Mastodon', 'https://mastodon.social/@harbor'],
      ]);
      expect(footer?.querySelector('.footer-bottom')?.text).toBe('© Harbor & Co.');
      const cta = dom.querySelector(`#c-${id(2)} a`);
      expect(cta?.getAttribute('target')).toBe('_blank');
      expect(cta?.getAttribute('rel')).toBe('noopener noreferrer');
    });
  });

  describe('forms', () => {
    const contact = (): RenderComponent => {
      const spec = COMPONENT_CATALOGUE.find((s) => s.type === 'contact_form');
      return {
        id: id(7),
        type: 'contact_form',
        config: {
          ...structuredClone(spec?.example ?? {}),
          fields: [
            { name: 'name', type: 'text', label: 'Your name', required: true, min_length: 2, max_length: 120 },
            { name: 'email', type: 'email', label: 'Email', required: true, help_text: 'We reply within a day.' },
            { name: 'topic', type: 'select', label: 'Topic', options: ['Sales', 'Support'] },
            { name: 'size', type: 'select', label: 'Team size', required: true, options: ['1-10', '11+'] },
            { name: 'seats', type: 'number', label: 'Seats', min: 1, max: 500 },
            { name: 'message', type: 'textarea', label: 'Message', max_length: 2000, placeholder: 'Tell us more' },
            { name: 'agree', type: 'checkbox', label: 'I agree', required: true },
          ],
          consent_text: 'We use your details only to answer you.',
        },
      };
    };

    it('posts to the ingestion path with the component id, a honeypot and a live region', async () => {
      const { dom } = await renderDom(site(), page([contact()]));
      const form = dom.querySelector(`#c-${id(7)} form`);
      expect(form?.getAttribute('method')).toBe('post');
      expect(form?.getAttribute('action')).toBe(INGEST);
      expect(form?.getAttribute('data-component-id')).toBe(id(7));
      expect(form?.getAttribute('data-success')).toBe('Thank you! We will get back to you within one business day.');
      expect(form?.hasAttribute('novalidate')).toBe(false);

      const hp = form?.querySelector('input[name="_hp"]');
      expect(hp?.getAttribute('tabindex')).toBe('-1');
      expect(hp?.getAttribute('autocomplete')).toBe('off');
      expect(hp?.getAttribute('aria-hidden')).toBe('true');
      expect(hp?.parentNode?.classList.contains('hp')).toBe(true);
      expect(form?.querySelector(`label[for="${hp?.getAttribute('id')}"]`)).not.toBeNull();

      const status = form?.querySelector('[role="status"]');
      expect(status?.getAttribute('aria-live')).toBe('polite');
      const button = form?.querySelector('button[type="submit"]');
      expect(button?.text).toBe('Send message');
      // The consent text comes right before the button.
      const children = (form?.childNodes ?? []).filter((node): node is HTMLElement => node instanceof HTMLElement);
      const consentIndex = children.findIndex((el) => el.classList.contains('consent'));
      const actionsIndex = children.findIndex((el) => el.classList.contains('form-actions'));
      expect(consentIndex).toBeGreaterThan(-1);
      expect(actionsIndex).toBe(consentIndex + 1);
    });

    it('renders each field with its type, constraints, label and help', async () => {
      const { dom } = await renderDom(site(), page([contact()]));
      const field = (name: string) => dom.querySelector(`[name="${name}"]`);
      expect(field('name')?.getAttribute('type')).toBe('text');
      expect(field('name')?.getAttribute('minlength')).toBe('2');
      expect(field('name')?.getAttribute('maxlength')).toBe('120');
      expect(field('name')?.hasAttribute('required')).toBe(true);
      expect(field('name')?.getAttribute('aria-required')).toBe('true');
      expect(field('name')?.getAttribute('autocomplete')).toBe('name');
      expect(field('email')?.getAttribute('type')).toBe('email');
      const help = field('email')?.getAttribute('aria-describedby');
      expect(dom.querySelector(`#${help}`)?.text).toBe('We reply within a day.');
      expect(dom.querySelectorAll('[name="topic"] option').map((o) => o.getAttribute('value'))).toEqual([
        '',
        'Sales',
        'Support',
      ]);
      expect(dom.querySelectorAll('[name="size"] option').map((o) => o.getAttribute('value'))).toEqual(['1-10', '11+']);
      expect(field('seats')?.getAttribute('type')).toBe('number');
      expect([field('seats')?.getAttribute('min'), field('seats')?.getAttribute('max')]).toEqual(['1', '500']);
      expect(field('message')?.tagName).toBe('TEXTAREA');
      expect(field('message')?.getAttribute('placeholder')).toBe('Tell us more');
      expect(field('agree')?.getAttribute('type')).toBe('checkbox');
      expect(field('agree')?.hasAttribute('required')).toBe(true);
      expect(dom.querySelector(`label[for="${field('agree')?.getAttribute('id')}"]`)?.text).toContain('I agree');
    });

    it('steps a booking time field by the slot length', async () => {
      const { dom } = await renderDom(
        site(),
        page([
          {
            id: id(1),
            type: 'booking_form',
            config: {
              fields: [
                { name: 'email', type: 'email', label: 'Email', required: true },
                { name: 'day', type: 'date', label: 'Day', required: true },
                { name: 'at', type: 'time', label: 'Time' },
              ],
              submit_label: 'Book',
              success_message: 'Booked',
              slot_minutes: 30,
              opening_hours: 'Mon–Fri 9–17',
            },
          },
        ]),
      );
      expect(dom.querySelector('[name="at"]')?.getAttribute('step')).toBe('1800');
      expect(dom.querySelector('[name="day"]')?.getAttribute('type')).toBe('date');
      expect(dom.querySelector('.aside-block')?.text).toContain('Mon–Fri 9–17');
    });
  });

  describe('navigation', () => {
    it('links the pages relatively from the home page', async () => {
      const { dom } = await renderDom(site(), page([]));
      const links = dom.querySelectorAll('.site-nav a');
      expect(links.map((a) => a.getAttribute('href'))).toEqual(['./', 'pricing', 'about']);
      expect(links.map((a) => a.getAttribute('aria-current') ?? null)).toEqual(['page', null, null]);
      expect(dom.querySelector('a.brand')?.getAttribute('href')).toBe('./');
      expect(dom.querySelector('body')?.getAttribute('data-mab-page')).toBe('/');
    });

    it('links the same way from a sub-page and marks it current', async () => {
      const { dom } = await renderDom(site(), page([], { path: '/pricing', title: 'Pricing' }));
      const links = dom.querySelectorAll('.site-nav a');
      expect(links.map((a) => a.getAttribute('href'))).toEqual(['./', 'pricing', 'about']);
      expect(dom.querySelectorAll('[aria-current="page"]').map((a) => a.getAttribute('href'))).toEqual(['pricing']);
      expect(dom.querySelector('title')?.text).toBe('Pricing — Northwind Studio');
      expect(dom.querySelector('body')?.getAttribute('data-mab-page')).toBe('/pricing');
    });

    it('leaves out pages whose path is not a site path', async () => {
      const { dom } = await renderDom(
        site({
          pages: [
            { path: '/', title: 'Home' },
            { path: 'javascript:alert(1)', title: 'Bad' },
            { path: '//evil.example', title: 'Bad' },
            { path: '/a/b', title: 'Deep' },
            { path: '/contact', title: 'Contact' },
          ],
        }),
        page([]),
      );
      expect(dom.querySelectorAll('.site-nav a').map((a) => a.getAttribute('href'))).toEqual(['./', 'contact']);
    });
  });

  describe('preview', () => {
    it('shows a banner, asks not to be indexed and tells the script to send nothing', async () => {
      const { dom } = await renderDom(site(), page(everyType()), { ingestionPath: INGEST, preview: true });
      expect(dom.querySelector('.preview-banner')?.text).toBe('Preview — not published');
      expect(dom.querySelector('body')?.getAttribute('data-mab-preview')).toBe('true');
      expect(dom.querySelector('meta[name="robots"]')?.getAttribute('content')).toContain('noindex');
    });

    it('has none of it when published', async () => {
      const { dom } = await renderDom(site(), page([]));
      expect(dom.querySelector('.preview-banner')).toBeNull();
      expect(dom.querySelector('body')?.hasAttribute('data-mab-preview')).toBe(false);
      expect(dom.querySelector('body')?.getAttribute('data-mab-ingest')).toBe(INGEST);
    });
  });

  describe('theme and language', () => {
    it('declares the site language, uses its words and a system font stack', async () => {
      const { dom } = await renderDom(
        site({ customizations: { company_name: 'Café Lune', language: 'fr-CA', font_style: 'serif' } }),
        page([]),
      );
      expect(dom.querySelector('html')?.getAttribute('lang')).toBe('fr-CA');
      expect(dom.querySelector('.skip-link')?.text).toBe('Aller au contenu');
      expect(dom.querySelector('style')?.rawText).toContain('--font:Charter');
    });

    it('uses the site seo_title as the home page title', async () => {
      const { dom } = await renderDom(site({ seo_title: 'Northwind — marketing that runs itself' }), page([]));
      expect(dom.querySelector('title')?.text).toBe('Northwind — marketing that runs itself');
    });
  });

  it('refuses an ingestion path that is not a same-origin path', async () => {
    for (const ingestionPath of ['https://evil.example/x', '//evil.example/x', 'javascript:alert(1)', '/a"b']) {
      await expect(renderer.render(site(), page([]), { ingestionPath, preview: false })).rejects.toThrow(
        /ingestionPath/,
      );
    }
  });

  it('renders quickly', async () => {
    const s = site();
    const p = page(everyType());
    await renderer.render(s, p, PUBLISHED);
    const started = process.hrtime.bigint();
    for (let i = 0; i < 200; i++) await renderer.render(s, p, PUBLISHED);
    const msPerPage = Number(process.hrtime.bigint() - started) / 1e6 / 200;
    // Typically well under a millisecond per page; the bound only catches an accidental re-parse per render.
    expect(msPerPage).toBeLessThan(25);
  });
});
