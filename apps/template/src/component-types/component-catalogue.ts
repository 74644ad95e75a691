import { SOCIAL_NETWORKS } from '@mab/contracts';
import { HEADING, IMAGE, SUBHEADING, type ComponentTypeSpec } from './config-spec';

const FORM_TEXTS = {
  heading: HEADING,
  description: SUBHEADING,
  fields: { kind: 'form_fields', required: true },
  submit_label: { kind: 'text', max: 40, required: true },
  success_message: { kind: 'text', max: 300, multiline: true, required: true },
  consent_text: { kind: 'text', max: 500, multiline: true },
} as const;

const CURRENCIES = ['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'CHF', 'JPY', 'SEK', 'NOK', 'DKK', 'INR', 'BRL'] as const;

/**
 * Every smart component type a page can hold. Templates are made of these, every component write is validated
 * against its type's spec, and `GET /api/components/types` serves the catalogue with a JSON Schema per type.
 */
export const COMPONENT_CATALOGUE: readonly ComponentTypeSpec[] = [
  {
    type: 'hero',
    label: 'Hero',
    description: 'The first screen: a headline, a supporting line and one call to action.',
    category: 'layout',
    fields: {
      headline: { kind: 'text', max: 120, required: true },
      subheadline: SUBHEADING,
      cta_label: { kind: 'text', max: 40 },
      cta_url: { kind: 'url' },
      background_image: IMAGE,
      alignment: { kind: 'select', options: ['left', 'center'] },
      theme: { kind: 'select', options: ['light', 'dark'] },
    },
    customization_keys: ['company_name', 'tagline', 'primary_color'],
    example: {
      headline: 'Marketing that runs while you sleep',
      subheadline: 'Capture every lead, follow up in seconds and see what converts.',
      cta_label: 'Start free trial',
      cta_url: 'https://example.com/signup',
      alignment: 'center',
      theme: 'dark',
    },
  },
  {
    type: 'features',
    label: 'Features',
    description: 'A grid of benefits, each with a title and a short explanation.',
    category: 'content',
    fields: {
      heading: HEADING,
      subheading: SUBHEADING,
      columns: { kind: 'integer', min: 2, max: 4 },
      items: {
        kind: 'list',
        min_items: 1,
        max_items: 12,
        required: true,
        item: {
          icon: { kind: 'text', max: 40 },
          title: { kind: 'text', max: 80, required: true },
          description: { kind: 'text', max: 300, multiline: true, required: true },
        },
      },
    },
    customization_keys: ['primary_color'],
    example: {
      heading: 'Everything a small team needs',
      columns: 3,
      items: [
        {
          icon: 'bolt',
          title: 'Instant follow-up',
          description: 'Every form submission gets a personal reply within a minute.',
        },
        { icon: 'chart', title: 'Clear numbers', description: 'See which page and which form bring your customers.' },
        {
          icon: 'users',
          title: 'One contact list',
          description: 'Every lead in one CRM, scored and tagged automatically.',
        },
      ],
    },
  },
  {
    type: 'pricing_table',
    label: 'Pricing table',
    description: 'Plans side by side with their price, what they include and a call to action each.',
    category: 'commerce',
    fields: {
      heading: HEADING,
      subheading: SUBHEADING,
      currency: { kind: 'select', options: CURRENCIES, required: true },
      billing_period: { kind: 'select', options: ['monthly', 'yearly', 'one_time'], required: true },
      plans: {
        kind: 'list',
        min_items: 1,
        max_items: 6,
        required: true,
        item: {
          name: { kind: 'text', max: 60, required: true },
          price: { kind: 'text', max: 20, required: true },
          description: { kind: 'text', max: 200 },
          features: { kind: 'text_list', max_items: 20, item_max: 120 },
          cta_label: { kind: 'text', max: 40 },
          cta_url: { kind: 'url' },
          highlighted: { kind: 'boolean' },
        },
      },
    },
    customization_keys: ['primary_color'],
    example: {
      heading: 'Simple pricing',
      currency: 'USD',
      billing_period: 'monthly',
      plans: [
        {
          name: 'Starter',
          price: '19',
          features: ['1 site', '1,000 contacts'],
          cta_label: 'Start',
          cta_url: 'https://example.com/start',
        },
        { name: 'Growth', price: '49', features: ['5 sites', '10,000 contacts', 'A/B tests'], highlighted: true },
      ],
    },
  },
  {
    type: 'testimonials',
    label: 'Testimonials',
    description: 'Quotes from customers, with who said them.',
    category: 'social_proof',
    fields: {
      heading: HEADING,
      items: {
        kind: 'list',
        min_items: 1,
        max_items: 12,
        required: true,
        item: {
          quote: { kind: 'text', max: 600, multiline: true, required: true },
          author: { kind: 'text', max: 80, required: true },
          role: { kind: 'text', max: 80 },
          company: { kind: 'text', max: 80 },
          avatar: IMAGE,
        },
      },
    },
    customization_keys: [],
    example: {
      heading: 'What our clients say',
      items: [
        {
          quote: 'We answered every enquiry the same day for the first time.',
          author: 'Maya Chen',
          role: 'Founder',
          company: 'Northwind Studio',
        },
      ],
    },
  },
  {
    type: 'contact_form',
    label: 'Contact form',
    description: 'Visitors write to you; each submission can start a workflow (reply, add to CRM, notify the team).',
    category: 'lead_capture',
    fields: FORM_TEXTS,
    form: { requires_field_types: ['email'] },
    customization_keys: ['contact_email', 'company_name'],
    example: {
      heading: 'Get in touch',
      fields: [
        { name: 'name', type: 'text', label: 'Your name', required: true, max_length: 120 },
        { name: 'email', type: 'email', label: 'Email', required: true },
        { name: 'message', type: 'textarea', label: 'How can we help?', required: true, max_length: 2000 },
      ],
      submit_label: 'Send message',
      success_message: 'Thank you! We will get back to you within one business day.',
    },
  },
  {
    type: 'newsletter_signup',
    label: 'Newsletter signup',
    description: 'An email field (and optionally a name) to join your list, with consent wording.',
    category: 'lead_capture',
    fields: FORM_TEXTS,
    form: { requires_field_types: ['email'] },
    customization_keys: ['company_name'],
    example: {
      heading: 'Tips every fortnight',
      fields: [
        { name: 'email', type: 'email', label: 'Email address', required: true, placeholder: 'you@company.com' },
      ],
      submit_label: 'Subscribe',
      success_message: 'Check your inbox to confirm your subscription.',
      consent_text: 'We send one email every two weeks. Unsubscribe with one click.',
    },
  },
  {
    type: 'booking_form',
    label: 'Booking form',
    description:
      'Visitors ask for an appointment or a table on a date; each request can start a confirmation workflow.',
    category: 'lead_capture',
    fields: {
      ...FORM_TEXTS,
      slot_minutes: { kind: 'integer', min: 5, max: 480 },
      opening_hours: { kind: 'text', max: 300, multiline: true },
    },
    form: { requires_field_types: ['email', 'date'] },
    customization_keys: ['contact_email', 'phone', 'address'],
    example: {
      heading: 'Book a consultation',
      fields: [
        { name: 'name', type: 'text', label: 'Name', required: true },
        { name: 'email', type: 'email', label: 'Email', required: true },
        { name: 'date', type: 'date', label: 'Preferred date', required: true },
        { name: 'time', type: 'select', label: 'Time', required: true, options: ['Morning', 'Afternoon'] },
      ],
      submit_label: 'Request booking',
      success_message: 'Thanks! We will confirm your appointment by email.',
      slot_minutes: 30,
    },
  },
  {
    type: 'cta_button',
    label: 'Call-to-action button',
    description: 'One prominent button; clicks are tracked as component interactions.',
    category: 'navigation',
    fields: {
      label: { kind: 'text', max: 40, required: true },
      url: { kind: 'url', required: true },
      style: { kind: 'select', options: ['primary', 'secondary', 'outline'] },
      size: { kind: 'select', options: ['small', 'medium', 'large'] },
      new_tab: { kind: 'boolean' },
    },
    customization_keys: ['primary_color'],
    example: { label: 'Book a demo', url: 'https://example.com/demo', style: 'primary', size: 'large' },
  },
  {
    type: 'faq',
    label: 'FAQ',
    description: 'Questions and answers, shown as an accessible accordion.',
    category: 'content',
    fields: {
      heading: HEADING,
      items: {
        kind: 'list',
        min_items: 1,
        max_items: 30,
        required: true,
        item: {
          question: { kind: 'text', max: 200, required: true },
          answer: { kind: 'text', max: 2000, multiline: true, required: true },
        },
      },
    },
    customization_keys: [],
    example: {
      heading: 'Questions',
      items: [{ question: 'Can I cancel anytime?', answer: 'Yes. Your plan stops at the end of the billing period.' }],
    },
  },
  {
    type: 'gallery',
    label: 'Gallery',
    description: 'Images in a grid, masonry or carousel, each with alternative text and an optional caption.',
    category: 'content',
    fields: {
      heading: HEADING,
      layout: { kind: 'select', options: ['grid', 'masonry', 'carousel'] },
      columns: { kind: 'integer', min: 2, max: 5 },
      images: {
        kind: 'list',
        min_items: 1,
        max_items: 40,
        required: true,
        item: {
          url: { kind: 'url', required: true },
          alt: { kind: 'text', max: 200, required: true },
          caption: { kind: 'text', max: 200 },
        },
      },
    },
    customization_keys: [],
    example: {
      layout: 'grid',
      columns: 3,
      images: [
        {
          url: 'https://images.example.com/dining-room.jpg',
          alt: 'The dining room at dusk',
          caption: 'Our dining room',
        },
      ],
    },
  },
  {
    type: 'team',
    label: 'Team',
    description: 'The people behind the business, with photo, role and a short bio.',
    category: 'social_proof',
    fields: {
      heading: HEADING,
      members: {
        kind: 'list',
        min_items: 1,
        max_items: 40,
        required: true,
        item: {
          name: { kind: 'text', max: 80, required: true },
          role: { kind: 'text', max: 80 },
          bio: { kind: 'text', max: 500, multiline: true },
          photo: IMAGE,
          linkedin_url: { kind: 'url' },
        },
      },
    },
    customization_keys: [],
    example: {
      heading: 'Meet the team',
      members: [{ name: 'Jonas Weber', role: 'Managing partner', bio: 'Twenty years of tax advice for founders.' }],
    },
  },
  {
    type: 'stats',
    label: 'Key figures',
    description: 'A few numbers that prove the point (clients served, years in business, rating).',
    category: 'social_proof',
    fields: {
      heading: HEADING,
      items: {
        kind: 'list',
        min_items: 1,
        max_items: 8,
        required: true,
        item: { value: { kind: 'text', max: 20, required: true }, label: { kind: 'text', max: 80, required: true } },
      },
    },
    customization_keys: ['primary_color'],
    example: {
      items: [
        { value: '1,200+', label: 'clients served' },
        { value: '4.9/5', label: 'average rating' },
      ],
    },
  },
  {
    type: 'logo_cloud',
    label: 'Logo cloud',
    description: 'Logos of clients or partners.',
    category: 'social_proof',
    fields: {
      heading: HEADING,
      logos: {
        kind: 'list',
        min_items: 1,
        max_items: 24,
        required: true,
        item: { image: { ...IMAGE, required: true }, url: { kind: 'url' } },
      },
    },
    customization_keys: [],
    example: {
      heading: 'Trusted by',
      logos: [{ image: { url: 'https://images.example.com/acme.svg', alt: 'Acme Corp' } }],
    },
  },
  {
    type: 'menu',
    label: 'Menu',
    description: 'A restaurant or café menu in sections, with prices and dietary marks.',
    category: 'commerce',
    fields: {
      heading: HEADING,
      currency: { kind: 'select', options: CURRENCIES },
      sections: {
        kind: 'list',
        min_items: 1,
        max_items: 12,
        required: true,
        item: {
          title: { kind: 'text', max: 80, required: true },
          items: {
            kind: 'list',
            min_items: 1,
            max_items: 40,
            required: true,
            item: {
              name: { kind: 'text', max: 120, required: true },
              description: { kind: 'text', max: 300, multiline: true },
              price: { kind: 'text', max: 20 },
              dietary: { kind: 'text_list', max_items: 6, item_max: 30 },
            },
          },
        },
      },
    },
    customization_keys: ['primary_color'],
    example: {
      heading: 'This week',
      currency: 'EUR',
      sections: [
        {
          title: 'Starters',
          items: [{ name: 'Onion soup', description: 'Gratinée with Comté', price: '9', dietary: ['vegetarian'] }],
        },
      ],
    },
  },
  {
    type: 'schedule',
    label: 'Event schedule',
    description: 'The programme of an event, day by day and session by session.',
    category: 'content',
    fields: {
      heading: HEADING,
      days: {
        kind: 'list',
        min_items: 1,
        max_items: 10,
        required: true,
        item: {
          label: { kind: 'text', max: 60, required: true },
          sessions: {
            kind: 'list',
            min_items: 1,
            max_items: 30,
            required: true,
            item: {
              time: { kind: 'text', max: 20, required: true },
              title: { kind: 'text', max: 120, required: true },
              speaker: { kind: 'text', max: 120 },
              description: { kind: 'text', max: 500, multiline: true },
            },
          },
        },
      },
    },
    customization_keys: [],
    example: {
      days: [
        {
          label: 'Day 1 — 12 March',
          sessions: [{ time: '09:30', title: 'Opening keynote', speaker: 'Dr. Amara Okafor' }],
        },
      ],
    },
  },
  {
    type: 'footer',
    label: 'Footer',
    description: 'Company details, links and social profiles at the bottom of every page.',
    category: 'navigation',
    fields: {
      company_name: { kind: 'text', max: 120 },
      tagline: { kind: 'text', max: 200 },
      address: { kind: 'text', max: 300, multiline: true },
      email: { kind: 'email' },
      phone: { kind: 'text', max: 40 },
      links: {
        kind: 'list',
        max_items: 20,
        item: { label: { kind: 'text', max: 40, required: true }, url: { kind: 'url', required: true } },
      },
      social: {
        kind: 'list',
        max_items: 10,
        item: {
          network: { kind: 'select', options: SOCIAL_NETWORKS, required: true },
          url: { kind: 'url', required: true },
        },
      },
      copyright: { kind: 'text', max: 200 },
    },
    customization_keys: ['company_name', 'tagline', 'contact_email', 'phone', 'address', 'social_links'],
    example: {
      company_name: 'Northwind Studio',
      email: 'hello@northwind.example',
      links: [{ label: 'Privacy', url: 'https://northwind.example/privacy' }],
      social: [{ network: 'linkedin', url: 'https://www.linkedin.com/company/northwind' }],
      copyright: '© Northwind Studio',
    },
  },
];

const byType = new Map(COMPONENT_CATALOGUE.map((spec) => [spec.type, spec]));

export function componentTypeSpec(type: string): ComponentTypeSpec | undefined {
  return byType.get(type);
}
