import { parse, valid } from 'node-html-parser';
import { COMPONENT_CATALOGUE } from '../../component-types/component-catalogue';
import type { TemplateSeed } from '../../template-library/template-seed';
import { renderTemplateThumbnail } from './template-thumbnail';

const example = (type: string) =>
  structuredClone(COMPONENT_CATALOGUE.find((spec) => spec.type === type)?.example ?? {});

function seed(overrides: Partial<TemplateSeed> = {}): TemplateSeed {
  return {
    slug: 'saas-sample',
    name: 'Sample <SaaS> & "Co"',
    category: 'saas',
    industry: 'Software',
    tags: ['saas'],
    description: 'A sample.',
    defaults: { company_name: 'Sample', primary_color: '#0f766e', secondary_color: '#f59e0b' },
    pages: [
      {
        path: '/',
        title: 'Home',
        components: ['hero', 'features', 'pricing_table', 'contact_form', 'gallery', 'footer'].map((type) => ({
          type,
          config: example(type),
        })),
      },
      { path: '/about', title: 'About', components: [{ type: 'team', config: example('team') }] },
    ],
    ...overrides,
  };
}

describe('renderTemplateThumbnail', () => {
  it('draws a self-contained, well-formed 400×300 SVG titled with the escaped template name', () => {
    const svg = renderTemplateThumbnail(seed());
    expect(valid(svg)).toBe(true);
    const root = parse(svg);
    expect(root.childNodes).toHaveLength(1);
    const el = root.querySelector('svg');
    expect(el?.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(el?.getAttribute('width')).toBe('400');
    expect(el?.getAttribute('height')).toBe('300');
    expect(el?.getAttribute('viewBox')).toBe('0 0 400 300');
    expect(el?.getAttribute('role')).toBe('img');
    const titles = root.querySelectorAll('title');
    expect(titles).toHaveLength(1);
    expect(titles[0].rawText).toBe('Sample &#60;SaaS&#62; &#38; &#34;Co&#34;');
    expect(titles[0].text).toBe('Sample <SaaS> & "Co"');
    // Nothing to load or run.
    expect(root.querySelectorAll('script, image, use, foreignObject, a, style')).toHaveLength(0);
    expect(svg).not.toMatch(/url\((?!#)/);
    for (const node of root.querySelectorAll('*')) {
      for (const name of Object.keys(node.attributes)) {
        expect(name.toLowerCase()).not.toMatch(/^(on|style$|href$|xlink:href$)/);
      }
    }
  });

  it('draws one group per home-page component, in the template colors, deterministically', () => {
    const svg = renderTemplateThumbnail(seed());
    expect(renderTemplateThumbnail(seed())).toBe(svg);
    expect(parse(svg).querySelectorAll('svg > g')).toHaveLength(6);
    expect(svg).toContain('fill="#0f766e"');
    expect(svg).toContain('fill="#f59e0b"');
    const other = seed({
      pages: [{ path: '/', title: 'Home', components: [{ type: 'menu', config: example('menu') }] }],
    });
    expect(renderTemplateThumbnail(other)).not.toBe(svg);
    expect(parse(renderTemplateThumbnail(other)).querySelectorAll('svg > g')).toHaveLength(1);
  });

  it('fits any number of components in the frame and ignores unknown types and hostile colors', () => {
    const many = COMPONENT_CATALOGUE.flatMap((spec) => [spec, spec]).map((spec) => ({
      type: spec.type,
      config: structuredClone(spec.example),
    }));
    const svg = renderTemplateThumbnail(
      seed({
        defaults: {
          company_name: 'X',
          primary_color: 'red"/><script>alert(1)</script>',
          secondary_color: '#abc',
        },
        pages: [{ path: '/', title: 'Home', components: [...many, { type: 'nope', config: {} }] }],
      }),
    );
    expect(valid(svg)).toBe(true);
    const root = parse(svg);
    expect(root.querySelectorAll('script')).toHaveLength(0);
    const groups = root.querySelectorAll('svg > g');
    expect(groups).toHaveLength(8);
    expect(svg).toContain('fill="#4f46e5"');
    expect(svg).toContain('fill="#aabbcc"');
    // Every block is clipped to its own band, the bands stack inside the frame and the footer comes last.
    let bottom = 40;
    for (const group of groups) {
      const clipId = group.getAttribute('clip-path')?.match(/^url\(#([a-z0-9-]+)\)$/)?.[1];
      const band = root.getElementById(clipId ?? '')?.querySelector('rect');
      expect(Number(band?.getAttribute('y'))).toBeCloseTo(bottom, 0);
      bottom = Number(band?.getAttribute('y')) + Number(band?.getAttribute('height'));
    }
    expect(bottom).toBeLessThanOrEqual(300.5);
    expect(groups[groups.length - 1].querySelector('rect')?.getAttribute('fill')).toBe('#0f172a');
  });
});
