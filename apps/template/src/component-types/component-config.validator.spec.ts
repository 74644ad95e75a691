import { COMPONENT_CATEGORIES } from '@mab/contracts';
import { COMPONENT_CATALOGUE } from './component-catalogue';
import { validateComponentConfig } from './component-config.validator';
import { configJsonSchema } from './config-json-schema';

const contactForm = () =>
  structuredClone(COMPONENT_CATALOGUE.find((s) => s.type === 'contact_form')!.example) as Record<string, any>;
const fields = (problems: { field: string }[]) => problems.map((p) => p.field);

describe('component catalogue', () => {
  it('has a unique, categorised type for each entry whose example is valid', () => {
    const types = COMPONENT_CATALOGUE.map((s) => s.type);
    expect(new Set(types).size).toBe(types.length);
    for (const spec of COMPONENT_CATALOGUE) {
      expect(COMPONENT_CATEGORIES).toContain(spec.category);
      expect({ type: spec.type, problems: validateComponentConfig(spec.type, spec.example) }).toEqual({
        type: spec.type,
        problems: [],
      });
      expect(configJsonSchema(spec.fields)).toMatchObject({ type: 'object', additionalProperties: false });
    }
  });

  it('names every problem with a path a person can follow', () => {
    const config = contactForm();
    config.submit_label = '';
    config.colour = 'red';
    config.fields[2].max_length = 0;
    delete config.success_message;
    expect(fields(validateComponentConfig('contact_form', config)).sort()).toEqual(
      ['config.colour', 'config.fields[2].max_length', 'config.submit_label', 'config.success_message'].sort(),
    );
    expect(validateComponentConfig('carousel_of_doom', {})).toEqual([
      { field: 'type', constraints: [expect.stringContaining('not a component type')] },
    ]);
    expect(fields(validateComponentConfig('hero', []))).toEqual(['config']);
  });

  it('applies the form rules: an email field, unique names, options only on selects', () => {
    const noEmail = contactForm();
    noEmail.fields = noEmail.fields.filter((f: { type: string }) => f.type !== 'email');
    expect(validateComponentConfig('contact_form', noEmail)).toEqual([
      { field: 'config.fields', constraints: ['this form needs a field of type email'] },
    ]);

    const twice = contactForm();
    twice.fields.push({ name: 'email', type: 'text', label: 'Again' });
    expect(fields(validateComponentConfig('contact_form', twice))).toEqual(['config.fields[3].name']);

    const select = contactForm();
    select.fields.push(
      { name: 'topic', type: 'select', label: 'Topic' },
      { name: 'notes', type: 'text', label: 'Notes', options: ['a'] },
    );
    select.fields.push({ name: 'plan', type: 'select', label: 'Plan', options: ['Basic', 'Basic'] });
    expect(fields(validateComponentConfig('contact_form', select))).toEqual([
      'config.fields[3].options',
      'config.fields[4].options',
      'config.fields[5].options',
    ]);

    const badName = contactForm();
    badName.fields[0].name = 'Full Name';
    expect(fields(validateComponentConfig('contact_form', badName))).toEqual(['config.fields[0].name']);

    const booking = structuredClone(COMPONENT_CATALOGUE.find((s) => s.type === 'booking_form')!.example) as Record<
      string,
      any
    >;
    booking.fields = booking.fields.filter((f: { type: string }) => f.type !== 'date');
    expect(validateComponentConfig('booking_form', booking)[0].constraints).toEqual([
      'this form needs a field of type date',
    ]);
  });

  it('refuses unsafe URLs and text, and keeps images accessible', () => {
    const hero = {
      headline: 'Hi',
      cta_url: 'javascript:alert(1)',
      background_image: { url: 'https://cdn.example.com/a.jpg' },
    };
    expect(fields(validateComponentConfig('hero', hero)).sort()).toEqual([
      'config.background_image.alt',
      'config.cta_url',
    ]);
    expect(fields(validateComponentConfig('hero', { headline: 'Null\u0000byte' }))).toEqual(['config.headline']);
    expect(fields(validateComponentConfig('hero', { headline: 'x'.repeat(121) }))).toEqual(['config.headline']);
    expect(
      fields(
        validateComponentConfig('footer', {
          email: 'not-an-email',
          social: [{ network: 'myspace', url: 'https://x.example' }],
        }),
      ).sort(),
    ).toEqual(['config.email', 'config.social[0].network']);
  });
});
