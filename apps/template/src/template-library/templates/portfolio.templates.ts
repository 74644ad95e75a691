import type { ComponentSeed, TemplateSeed } from '../template-seed';

const claraFooter: ComponentSeed = {
  type: 'footer',
  config: {
    company_name: '{{company_name}}',
    tagline: '{{tagline}}',
    address: '{{address}}',
    email: '{{contact_email}}',
    phone: '{{phone}}',
    social: [
      { network: 'instagram', url: 'https://www.instagram.com/claramossphoto' },
      { network: 'facebook', url: 'https://www.facebook.com/claramossphoto' },
    ],
    copyright: '© 2026 {{company_name}}. All images are the property of the photographer.',
  },
};

const priyaFooter: ComponentSeed = {
  type: 'footer',
  config: {
    company_name: '{{company_name}}',
    tagline: '{{tagline}}',
    email: '{{contact_email}}',
    links: [
      { label: 'Résumé (PDF)', url: 'https://priyaraman.example/resume.pdf' },
      { label: 'Read.cv', url: 'https://priyaraman.example/cv' },
    ],
    social: [
      { network: 'linkedin', url: 'https://www.linkedin.com/in/priya-raman-design' },
      { network: 'x', url: 'https://x.com/priyadesigns' },
    ],
    copyright: '© 2026 {{company_name}}. Case studies shared with permission; some details changed.',
  },
};

const juniperFooter: ComponentSeed = {
  type: 'footer',
  config: {
    company_name: '{{company_name}}',
    tagline: '{{tagline}}',
    email: '{{contact_email}}',
    links: [
      { label: 'Print shop', url: 'https://juniperlane.example/shop' },
      { label: 'Licensing terms', url: 'https://juniperlane.example/licensing' },
    ],
    social: [
      { network: 'instagram', url: 'https://www.instagram.com/juniperlanedraws' },
      { network: 'tiktok', url: 'https://www.tiktok.com/@juniperlanedraws' },
    ],
    copyright: '© 2026 {{company_name}}. Please do not reuse artwork without a licence.',
  },
};

export const PORTFOLIO_TEMPLATES: TemplateSeed[] = [
  {
    slug: 'portfolio-wedding-photographer',
    name: 'Aperture — photographer portfolio',
    category: 'portfolio',
    industry: 'Wedding and portrait photographer',
    tags: ['portfolio', 'photographer', 'wedding', 'photography', 'portraits'],
    description:
      'A quiet, image-first portfolio for wedding, portrait or event photographers. The home page shows a masonry gallery, kind words from couples and an availability check by date; a work page holds a larger gallery, and a pricing page lists photography collections with an FAQ.',
    defaults: {
      company_name: 'Clara Moss Photography',
      primary_color: '#44403c',
      secondary_color: '#d6a77a',
      tagline: 'Honest, unposed wedding photography in the Hudson Valley.',
      contact_email: 'hello@claramoss.example',
      phone: '+1 845 555 0153',
      address: 'Studio 4, 22 Main Street, Beacon, NY 12508',
      social_links: {
        instagram: 'https://www.instagram.com/claramossphoto',
        facebook: 'https://www.facebook.com/claramossphoto',
      },
      font_style: 'serif',
      language: 'en',
    },
    pages: [
      {
        path: '/',
        title: 'Wedding photographer',
        description:
          'Natural, documentary-style wedding and elopement photography in the Hudson Valley and beyond. Check your date.',
        components: [
          {
            type: 'hero',
            config: {
              headline: 'Your wedding, the way it really felt',
              subheadline:
                'I am Clara, and {{company_name}} is me and my camera: documentary wedding and elopement photography for couples who would rather laugh than pose.',
              cta_label: 'Check my date',
              background_image: {
                url: 'https://picsum.photos/seed/claramoss-couple/1920/1080',
                alt: 'A couple laughing together in a meadow at golden hour',
              },
              alignment: 'center',
              theme: 'dark',
            },
          },
          {
            type: 'gallery',
            config: {
              heading: 'Recent weddings',
              layout: 'masonry',
              columns: 3,
              images: [
                {
                  url: 'https://picsum.photos/seed/claramoss-vows/800/1100',
                  alt: 'A bride reading her vows under an oak tree',
                  caption: 'Emma & Noah, Cold Spring',
                },
                {
                  url: 'https://picsum.photos/seed/claramoss-dance/800/600',
                  alt: 'Guests dancing in a barn lit with string lights',
                },
                {
                  url: 'https://picsum.photos/seed/claramoss-rings/800/800',
                  alt: 'Two hands with wedding rings resting on a linen tablecloth',
                },
                {
                  url: 'https://picsum.photos/seed/claramoss-elopement/800/1100',
                  alt: 'A couple standing on a rocky summit in the mist',
                  caption: 'Ava & Jordan, elopement at Breakneck Ridge',
                },
                {
                  url: 'https://picsum.photos/seed/claramoss-family/800/600',
                  alt: 'A grandmother hugging the groom during the reception',
                },
                {
                  url: 'https://picsum.photos/seed/claramoss-sparklers/800/800',
                  alt: 'Newlyweds walking through a tunnel of sparklers',
                  caption: 'Priya & Sam, Beacon',
                },
              ],
            },
          },
          {
            type: 'testimonials',
            config: {
              heading: 'Kind words',
              items: [
                {
                  quote:
                    'We barely noticed Clara all day, and then the photos arrived and she had caught everything: my dad’s face during the first look, our friends crying during the toasts.',
                  author: 'Emma & Noah',
                  role: 'Married in Cold Spring',
                  avatar: { url: 'https://picsum.photos/seed/claramoss-emma/200/200', alt: 'Emma and Noah' },
                },
                {
                  quote: 'She hiked up a mountain at 5 am with us and made it feel like an adventure with a friend.',
                  author: 'Ava & Jordan',
                  role: 'Eloped at Breakneck Ridge',
                },
              ],
            },
          },
          {
            type: 'booking_form',
            config: {
              heading: 'Is your date still free?',
              description:
                'I photograph 20 weddings a year so each couple gets my full attention. Tell me about yours.',
              fields: [
                { name: 'names', type: 'text', label: 'Your names', required: true, max_length: 120 },
                { name: 'email', type: 'email', label: 'Email', required: true },
                { name: 'date', type: 'date', label: 'Wedding date', required: true },
                { name: 'venue', type: 'text', label: 'Venue or location', max_length: 200 },
                { name: 'guest_count', type: 'number', label: 'Approximate number of guests', min: 2, max: 500 },
                {
                  name: 'collection',
                  type: 'select',
                  label: 'Collection you are interested in',
                  options: ['Elopement', 'Half day', 'Full day', 'Not sure yet'],
                },
                {
                  name: 'story',
                  type: 'textarea',
                  label: 'Tell me a little about you two',
                  max_length: 2000,
                },
              ],
              submit_label: 'Check availability',
              success_message:
                'Thank you! I will check my calendar and reply within two days with availability and my full pricing guide. Clara, {{company_name}}',
            },
          },
          claraFooter,
        ],
      },
      {
        path: '/work',
        title: 'Portfolio',
        description: 'Full wedding stories and elopements from the Hudson Valley, the Catskills and further afield.',
        components: [
          {
            type: 'gallery',
            config: {
              heading: 'Portfolio',
              layout: 'grid',
              columns: 3,
              images: [
                {
                  url: 'https://picsum.photos/seed/claramoss-getting-ready/900/900',
                  alt: 'A bride’s mother fastening the buttons of her dress',
                  caption: 'Getting ready',
                },
                {
                  url: 'https://picsum.photos/seed/claramoss-ceremony/900/900',
                  alt: 'A wedding ceremony in an orchard with guests on wooden benches',
                  caption: 'Orchard ceremony',
                },
                {
                  url: 'https://picsum.photos/seed/claramoss-portrait/900/900',
                  alt: 'A close portrait of a couple forehead to forehead',
                  caption: 'Portraits',
                },
                {
                  url: 'https://picsum.photos/seed/claramoss-toast/900/900',
                  alt: 'A best man raising a glass during his speech',
                  caption: 'Toasts',
                },
                {
                  url: 'https://picsum.photos/seed/claramoss-catskills/900/900',
                  alt: 'A couple walking along a lake in the Catskills',
                  caption: 'Catskills elopement',
                },
                {
                  url: 'https://picsum.photos/seed/claramoss-exit/900/900',
                  alt: 'Newlyweds leaving the party in a vintage car',
                  caption: 'The send-off',
                },
              ],
            },
          },
          claraFooter,
        ],
      },
      {
        path: '/pricing',
        title: 'Collections and pricing',
        description:
          'Elopement, half-day and full-day wedding photography collections. Every collection includes an online gallery.',
        components: [
          {
            type: 'pricing_table',
            config: {
              heading: 'Collections',
              subheading:
                'Every collection includes a private online gallery, print rights and travel within 60 miles of Beacon.',
              currency: 'USD',
              billing_period: 'one_time',
              plans: [
                {
                  name: 'Elopement',
                  price: '2,200',
                  description: 'Up to three hours for two to twenty people.',
                  features: ['Location scouting help', '250+ edited photos', 'Delivered within three weeks'],
                  cta_label: 'Check my date',
                  cta_url: 'https://claramoss.example/#availability',
                },
                {
                  name: 'Half day',
                  price: '3,800',
                  description: 'Six hours, from the ceremony to the first dance.',
                  features: ['500+ edited photos', 'Engagement session', 'Delivered within five weeks'],
                  cta_label: 'Check my date',
                  cta_url: 'https://claramoss.example/#availability',
                },
                {
                  name: 'Full day',
                  price: '5,200',
                  description: 'Ten hours, from getting ready to the send-off.',
                  features: [
                    '800+ edited photos',
                    'Engagement session',
                    'Second photographer',
                    'Linen-bound album, 30 spreads',
                  ],
                  cta_label: 'Check my date',
                  cta_url: 'https://claramoss.example/#availability',
                  highlighted: true,
                },
              ],
            },
          },
          {
            type: 'faq',
            config: {
              heading: 'Questions couples ask',
              items: [
                {
                  question: 'How do we reserve our date?',
                  answer:
                    'A signed contract and a 30% retainer hold your date. The balance is due a month before the wedding.',
                },
                {
                  question: 'Do you travel for weddings?',
                  answer:
                    'Yes, I love to. Travel beyond 60 miles is charged at cost, and destination weddings have their own simple quote.',
                },
                {
                  question: 'Will you tell us how to pose?',
                  answer:
                    'Very little. I give gentle prompts for portraits, and the rest of the day I document what happens naturally.',
                },
                {
                  question: 'When will we receive our photos?',
                  answer:
                    'A sneak peek within 48 hours, and the full gallery within three to five weeks depending on the collection.',
                },
              ],
            },
          },
          claraFooter,
        ],
      },
    ],
  },
  {
    slug: 'portfolio-product-designer',
    name: 'Folio — product designer portfolio',
    category: 'portfolio',
    industry: 'Freelance product and UX designer',
    tags: ['portfolio', 'ux design', 'product design', 'freelance', 'resume'],
    description:
      'A clean, case-study portfolio for a product, UX or UI designer looking for clients or a new role. The home page shows past employers, services, key numbers and a project enquiry form; a work page presents case studies with testimonials, and an about page covers the designer, an FAQ and a design-notes newsletter.',
    defaults: {
      company_name: 'Priya Raman',
      primary_color: '#0f172a',
      secondary_color: '#6366f1',
      tagline: 'Product designer for complex B2B tools.',
      contact_email: 'hi@priyaraman.example',
      phone: '+44 7700 900123',
      address: 'Bristol, United Kingdom',
      social_links: {
        linkedin: 'https://www.linkedin.com/in/priya-raman-design',
        x: 'https://x.com/priyadesigns',
      },
      font_style: 'sans',
      language: 'en',
    },
    pages: [
      {
        path: '/',
        title: 'Product designer',
        description:
          'Independent product designer making complex B2B software feel simple. Available for contracts and select full-time roles.',
        components: [
          {
            type: 'hero',
            config: {
              headline: 'I design software that complicated jobs depend on',
              subheadline:
                'Hi, I’m {{company_name}}: a product designer who turns dense workflows in finance, logistics and health software into interfaces people enjoy using.',
              cta_label: 'See case studies',
              cta_url: 'https://priyaraman.example/work',
              alignment: 'left',
              theme: 'light',
            },
          },
          {
            type: 'logo_cloud',
            config: {
              heading: 'I have designed for teams at',
              logos: [
                { image: { url: 'https://picsum.photos/seed/logo-cargohub/240/80', alt: 'Cargohub' } },
                { image: { url: 'https://picsum.photos/seed/logo-mediquay/240/80', alt: 'Mediquay' } },
                { image: { url: 'https://picsum.photos/seed/logo-tallyfin/240/80', alt: 'Tallyfin' } },
                { image: { url: 'https://picsum.photos/seed/logo-openward/240/80', alt: 'Openward' } },
              ],
            },
          },
          {
            type: 'features',
            config: {
              heading: 'How I can help',
              columns: 2,
              items: [
                {
                  icon: 'compass',
                  title: 'Product discovery',
                  description:
                    'User interviews, journey maps and prototypes that test an idea before anyone writes code.',
                },
                {
                  icon: 'layout',
                  title: 'Interaction and UI design',
                  description: 'From flows to pixel-perfect screens for web and mobile, handed off with clear specs.',
                },
                {
                  icon: 'grid',
                  title: 'Design systems',
                  description: 'Components, tokens and documentation that keep ten squads designing in one voice.',
                },
                {
                  icon: 'users',
                  title: 'Usability testing',
                  description:
                    'Moderated and unmoderated tests with a written summary your team can act on the same week.',
                },
              ],
            },
          },
          {
            type: 'stats',
            config: {
              items: [
                { value: '9 yrs', label: 'designing B2B products' },
                { value: '30+', label: 'products shipped' },
                { value: '−45%', label: 'support tickets after the Tallyfin redesign' },
              ],
            },
          },
          {
            type: 'contact_form',
            config: {
              heading: 'Let’s work together',
              description: 'I am booking contracts from next quarter. Tell me about your product and your team.',
              fields: [
                { name: 'name', type: 'text', label: 'Name', required: true, max_length: 120 },
                { name: 'email', type: 'email', label: 'Email', required: true },
                { name: 'company', type: 'text', label: 'Company', max_length: 120 },
                {
                  name: 'enquiry_type',
                  type: 'select',
                  label: 'What is this about?',
                  required: true,
                  options: ['Freelance project', 'Design system', 'Full-time role', 'Speaking or mentoring'],
                },
                {
                  name: 'start',
                  type: 'select',
                  label: 'When would you like to start?',
                  options: ['As soon as possible', 'In 1–3 months', 'Later this year'],
                },
                { name: 'message', type: 'textarea', label: 'About the project', required: true, max_length: 2500 },
              ],
              submit_label: 'Send message',
              success_message:
                'Thanks for reaching out! I read every message myself and will reply within two working days. {{company_name}}',
            },
          },
          priyaFooter,
        ],
      },
      {
        path: '/work',
        title: 'Case studies',
        description: 'Selected product design case studies: the problem, the process and the measured outcome.',
        components: [
          {
            type: 'gallery',
            config: {
              heading: 'Selected case studies',
              layout: 'grid',
              columns: 2,
              images: [
                {
                  url: 'https://picsum.photos/seed/priya-tallyfin/1200/800',
                  alt: 'Invoice reconciliation screens of a finance web app',
                  caption: 'Tallyfin: reconciling 10,000 invoices a day without spreadsheets',
                },
                {
                  url: 'https://picsum.photos/seed/priya-cargohub/1200/800',
                  alt: 'A dispatcher dashboard with a live map of delivery trucks',
                  caption: 'Cargohub: a dispatch console for 400 drivers',
                },
                {
                  url: 'https://picsum.photos/seed/priya-mediquay/1200/800',
                  alt: 'A tablet app showing a patient handover checklist',
                  caption: 'Mediquay: nurse handovers in half the time',
                },
                {
                  url: 'https://picsum.photos/seed/priya-openward/1200/800',
                  alt: 'A library of interface components with colour tokens',
                  caption: 'Openward: a design system for twelve product teams',
                },
              ],
            },
          },
          {
            type: 'testimonials',
            config: {
              heading: 'From people I have worked with',
              items: [
                {
                  quote:
                    'Priya has a rare talent for understanding the business problem before opening Figma. Our accountants actually asked for more of her designs.',
                  author: 'Oliver Grant',
                  role: 'VP Product',
                  company: 'Tallyfin',
                },
                {
                  quote:
                    'She left us with a design system our engineers love and the habit of testing every big change.',
                  author: 'Hana Suzuki',
                  role: 'Engineering Manager',
                  company: 'Openward',
                },
              ],
            },
          },
          priyaFooter,
        ],
      },
      {
        path: '/about',
        title: 'About',
        description: 'About Priya, how she works, and a monthly newsletter on designing complex software.',
        components: [
          {
            type: 'team',
            config: {
              heading: 'About me',
              members: [
                {
                  name: 'Priya Raman',
                  role: 'Independent product designer',
                  bio: 'I studied cognitive science, spent five years at a logistics scale-up and have freelanced since 2021. I work best embedded with a team for three to six months, sitting in on stand-ups and sales calls alike.',
                  photo: { url: 'https://picsum.photos/seed/priya-portrait/500/500', alt: 'Portrait of Priya Raman' },
                  linkedin_url: 'https://www.linkedin.com/in/priya-raman-design',
                },
              ],
            },
          },
          {
            type: 'faq',
            config: {
              heading: 'Working together',
              items: [
                {
                  question: 'How do you charge?',
                  answer:
                    'A day rate for embedded work, or a fixed price for well-defined projects such as an audit or a design sprint.',
                },
                {
                  question: 'Do you work remotely?',
                  answer: 'Mostly, within European time zones. I am happy to visit for workshops and research.',
                },
                {
                  question: 'Are you open to full-time roles?',
                  answer: 'For the right product and team, yes. Senior or lead roles in B2B software.',
                },
              ],
            },
          },
          {
            type: 'newsletter_signup',
            config: {
              heading: 'Notes on designing complex software',
              description:
                'One short essay a month about tables, filters, permissions and the other unglamorous parts of B2B design.',
              fields: [{ name: 'email', type: 'email', label: 'Email', required: true }],
              submit_label: 'Subscribe',
              success_message:
                'Thank you for subscribing! The next note from {{company_name}} arrives at the end of the month.',
              consent_text: 'One email a month. No tracking pixels, and unsubscribing takes one click.',
            },
          },
          priyaFooter,
        ],
      },
    ],
  },
  {
    slug: 'portfolio-illustrator-commissions',
    name: 'Inkwell — illustrator portfolio',
    category: 'portfolio',
    industry: 'Freelance illustrator and artist',
    tags: ['portfolio', 'illustrator', 'artist', 'commissions', 'illustration'],
    description:
      'A playful portfolio for an illustrator, artist or comic creator who takes commissions. The home page shows artwork in a masonry gallery with client quotes and a newsletter for print drops; a commissions page explains what you draw, lists starting prices, answers licensing questions and collects detailed commission requests.',
    defaults: {
      company_name: 'Juniper Lane Illustration',
      primary_color: '#0e7490',
      secondary_color: '#f4a261',
      tagline: 'Warm, hand-drawn illustration for books, brands and magazines.',
      contact_email: 'studio@juniperlane.example',
      phone: '+1 503 555 0166',
      address: 'Portland, Oregon',
      social_links: {
        instagram: 'https://www.instagram.com/juniperlanedraws',
        tiktok: 'https://www.tiktok.com/@juniperlanedraws',
      },
      font_style: 'rounded',
      language: 'en',
    },
    pages: [
      {
        path: '/',
        title: 'Illustrator',
        description:
          'Hand-drawn illustration for picture books, editorial and brands. Browse the portfolio and commission a piece.',
        components: [
          {
            type: 'hero',
            config: {
              headline: 'Stories drawn by hand, with a little bit of mischief',
              subheadline:
                '{{company_name}} makes warm, textured illustrations for picture books, magazines and brands that want to feel human.',
              cta_label: 'Commission a piece',
              cta_url: 'https://juniperlane.example/commissions',
              background_image: {
                url: 'https://picsum.photos/seed/juniper-desk/1600/900',
                alt: 'An illustrator’s desk with watercolour paints, brushes and sketches',
              },
              alignment: 'center',
              theme: 'light',
            },
          },
          {
            type: 'gallery',
            config: {
              layout: 'masonry',
              columns: 3,
              images: [
                {
                  url: 'https://picsum.photos/seed/juniper-fox/700/900',
                  alt: 'A fox reading a book under a lamp in a cosy burrow',
                  caption: 'Cover, “The Fox Who Stayed Up Late”',
                },
                {
                  url: 'https://picsum.photos/seed/juniper-market/700/500',
                  alt: 'A busy farmers market full of colourful stalls and people',
                  caption: 'Editorial, City Table magazine',
                },
                {
                  url: 'https://picsum.photos/seed/juniper-tea/700/700',
                  alt: 'Hand-drawn tea packaging with botanical patterns',
                  caption: 'Packaging, Hearth Tea Co.',
                },
                {
                  url: 'https://picsum.photos/seed/juniper-whale/700/900',
                  alt: 'A child and a whale looking at each other across the sea',
                  caption: 'Personal work',
                },
                {
                  url: 'https://picsum.photos/seed/juniper-map/700/500',
                  alt: 'An illustrated map of a small coastal town',
                  caption: 'Map, Astoria Visitor Guide',
                },
              ],
            },
          },
          {
            type: 'testimonials',
            config: {
              items: [
                {
                  quote:
                    'Juniper understood the heart of our story from the first sketch. Kids ask to read it again and again, and so do their parents.',
                  author: 'Rebecca Shaw',
                  role: 'Editor',
                  company: 'Little Harbour Books',
                },
                {
                  quote:
                    'Our tea packaging sells itself on the shelf now. Every deadline met, every change handled gracefully.',
                  author: 'Omar Haddad',
                  role: 'Founder',
                  company: 'Hearth Tea Co.',
                },
              ],
            },
          },
          {
            type: 'newsletter_signup',
            config: {
              heading: 'Get first dibs on print drops',
              description:
                'Limited-run art prints go to subscribers a day early, plus sketchbook pages you will not see anywhere else.',
              fields: [
                { name: 'first_name', type: 'text', label: 'First name', max_length: 80 },
                { name: 'email', type: 'email', label: 'Email', required: true },
              ],
              submit_label: 'Count me in',
              success_message: 'Yay, welcome! Your first sketchbook letter from {{company_name}} is on its way.',
              consent_text: 'An email every month or so, and one the day before each print drop. Unsubscribe anytime.',
            },
          },
          juniperFooter,
        ],
      },
      {
        path: '/commissions',
        title: 'Commissions',
        description:
          'Commission an illustration: picture books, editorial, packaging and personal pieces. Prices and process.',
        components: [
          {
            type: 'features',
            config: {
              heading: 'How a commission works',
              columns: 4,
              items: [
                {
                  title: '1. Brief',
                  description: 'You tell me about the project, where it will be used and when you need it.',
                },
                {
                  title: '2. Sketches',
                  description: 'Two or three rough ideas within a week, and one round of changes.',
                },
                {
                  title: '3. Final art',
                  description: 'Colour and texture on the chosen sketch, with one more round of tweaks.',
                },
                {
                  title: '4. Delivery',
                  description: 'High-resolution files, print-ready and licensed for your agreed use.',
                },
              ],
            },
          },
          {
            type: 'pricing_table',
            config: {
              heading: 'Starting prices',
              subheading: 'Final quotes depend on complexity, usage and deadline. A 50% deposit books your slot.',
              currency: 'USD',
              billing_period: 'one_time',
              plans: [
                {
                  name: 'Spot illustration',
                  price: 'From 350',
                  description: 'A small single-subject piece for articles, menus or invitations.',
                  features: ['One subject, no background', 'Two sketch options', 'Web and print use'],
                },
                {
                  name: 'Editorial or cover',
                  price: 'From 900',
                  description: 'A full-colour scene for a magazine, book cover or poster.',
                  features: ['Full scene and background', 'Three sketch options', 'Print run up to 50,000'],
                  highlighted: true,
                },
                {
                  name: 'Picture book',
                  price: 'Quote',
                  description: '32-page books, usually 14 spreads plus cover.',
                  features: ['Character development', 'Storyboard and dummy', 'Advance plus royalty or flat fee'],
                },
              ],
            },
          },
          {
            type: 'faq',
            config: {
              heading: 'Licensing and timing',
              items: [
                {
                  question: 'Who owns the artwork?',
                  answer:
                    'I keep the copyright and grant you a licence for the uses we agree on, such as print, web or packaging. Full buyouts are possible at an extra fee.',
                },
                {
                  question: 'How far ahead should I book?',
                  answer: 'Usually four to six weeks for single pieces and three to six months for picture books.',
                },
                {
                  question: 'Do you take personal commissions?',
                  answer: 'Yes, a few each season: pet portraits, family homes and wedding invitations.',
                },
              ],
            },
          },
          {
            type: 'contact_form',
            config: {
              heading: 'Request a commission',
              description:
                'The more you tell me, the more accurate my quote. I reply to every request within three working days.',
              fields: [
                { name: 'name', type: 'text', label: 'Name', required: true, max_length: 120 },
                { name: 'email', type: 'email', label: 'Email', required: true },
                {
                  name: 'project_type',
                  type: 'select',
                  label: 'Type of project',
                  required: true,
                  options: [
                    'Spot illustration',
                    'Editorial',
                    'Book cover',
                    'Picture book',
                    'Packaging',
                    'Personal piece',
                  ],
                },
                {
                  name: 'usage',
                  type: 'select',
                  label: 'Where will it be used?',
                  options: ['Print', 'Web and social', 'Packaging', 'Personal, not commercial'],
                },
                { name: 'deadline', type: 'date', label: 'Deadline' },
                {
                  name: 'budget',
                  type: 'select',
                  label: 'Budget',
                  options: ['Under $500', '$500–$1,500', '$1,500–$5,000', 'Over $5,000'],
                },
                {
                  name: 'reference_link',
                  type: 'url',
                  label: 'Link to references (optional)',
                  placeholder: 'https://',
                  max_length: 500,
                },
                { name: 'brief', type: 'textarea', label: 'Your brief', required: true, max_length: 3000 },
              ],
              submit_label: 'Send request',
              success_message:
                'Thank you! Your commission request has reached {{company_name}}. Expect a reply with questions or a quote within three working days.',
            },
          },
          juniperFooter,
        ],
      },
    ],
  },
];
