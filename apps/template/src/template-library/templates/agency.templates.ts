import type { ComponentSeed, TemplateSeed } from '../template-seed';

const tidewaterFooter: ComponentSeed = {
  type: 'footer',
  config: {
    company_name: '{{company_name}}',
    tagline: '{{tagline}}',
    address: '{{address}}',
    email: '{{contact_email}}',
    phone: '{{phone}}',
    links: [
      { label: 'Services', url: 'https://tidewater.example/services' },
      { label: 'Case studies', url: 'https://tidewater.example/work' },
      { label: 'Careers', url: 'https://tidewater.example/careers' },
      { label: 'Privacy', url: 'https://tidewater.example/privacy' },
    ],
    social: [
      { network: 'linkedin', url: 'https://www.linkedin.com/company/tidewater-growth' },
      { network: 'youtube', url: 'https://www.youtube.com/@tidewatergrowth' },
    ],
    copyright: '© 2026 {{company_name}}. Google Premier Partner and Meta Business Partner.',
  },
};

const foundryFooter: ComponentSeed = {
  type: 'footer',
  config: {
    company_name: '{{company_name}}',
    tagline: '{{tagline}}',
    address: '{{address}}',
    email: '{{contact_email}}',
    phone: '{{phone}}',
    social: [
      { network: 'instagram', url: 'https://www.instagram.com/foundry.studio' },
      { network: 'linkedin', url: 'https://www.linkedin.com/company/foundry-brand-studio' },
    ],
    copyright: '© 2026 {{company_name}}',
  },
};

const reelhouseFooter: ComponentSeed = {
  type: 'footer',
  config: {
    company_name: '{{company_name}}',
    tagline: '{{tagline}}',
    address: '{{address}}',
    email: '{{contact_email}}',
    phone: '{{phone}}',
    links: [
      { label: 'Showreel', url: 'https://reelhouse.example/showreel' },
      { label: 'Production packages', url: 'https://reelhouse.example/services' },
      { label: 'Privacy', url: 'https://reelhouse.example/privacy' },
    ],
    social: [
      { network: 'youtube', url: 'https://www.youtube.com/@reelhousefilms' },
      { network: 'instagram', url: 'https://www.instagram.com/reelhousefilms' },
      { network: 'tiktok', url: 'https://www.tiktok.com/@reelhousefilms' },
    ],
    copyright: '© 2026 {{company_name}}. All footage shown with our clients’ permission.',
  },
};

export const AGENCY_TEMPLATES: TemplateSeed[] = [
  {
    slug: 'agency-growth-marketing',
    name: 'Tidewater — growth marketing agency',
    category: 'agency',
    industry: 'Digital marketing and paid advertising agency',
    tags: ['agency', 'digital marketing', 'ppc', 'seo', 'lead generation'],
    description:
      'A results-first site for a performance marketing, PPC or SEO agency. The home page shows client logos, headline results, a three-step process, testimonials and a free-audit request form; a services page lists retainers with pricing and an FAQ, and a work page shows case studies in a gallery.',
    defaults: {
      company_name: 'Tidewater Growth',
      primary_color: '#1d4ed8',
      secondary_color: '#facc15',
      tagline: 'Paid search, paid social and SEO that pays for itself.',
      contact_email: 'hello@tidewater.example',
      phone: '+1 512 555 0176',
      address: '1100 South Congress Avenue, Suite 300, Austin, TX 78704',
      social_links: {
        linkedin: 'https://www.linkedin.com/company/tidewater-growth',
        youtube: 'https://www.youtube.com/@tidewatergrowth',
      },
      font_style: 'sans',
      language: 'en',
    },
    pages: [
      {
        path: '/',
        title: 'Growth marketing agency',
        description:
          'Paid search, paid social and SEO for ambitious e-commerce and B2B brands. Request a free growth audit.',
        components: [
          {
            type: 'hero',
            config: {
              headline: 'More customers from every marketing dollar',
              subheadline:
                '{{company_name}} runs paid search, paid social and SEO for e-commerce and B2B brands that want growth they can measure, not vanity metrics.',
              cta_label: 'Get a free growth audit',
              background_image: {
                url: 'https://picsum.photos/seed/tidewater-office/1600/900',
                alt: 'A marketing team reviewing campaign results on a large screen',
              },
              alignment: 'left',
              theme: 'dark',
            },
          },
          {
            type: 'logo_cloud',
            config: {
              heading: 'Growing brands we are proud to work with',
              logos: [
                { image: { url: 'https://picsum.photos/seed/logo-trailhound/240/80', alt: 'Trailhound Outdoor' } },
                { image: { url: 'https://picsum.photos/seed/logo-lumenhome/240/80', alt: 'Lumen Home' } },
                { image: { url: 'https://picsum.photos/seed/logo-kestrelhr/240/80', alt: 'Kestrel HR' } },
                { image: { url: 'https://picsum.photos/seed/logo-bramblepet/240/80', alt: 'Bramble Pet Supply' } },
              ],
            },
          },
          {
            type: 'stats',
            config: {
              heading: 'What our clients saw in their first year',
              items: [
                { value: '3.4x', label: 'average return on ad spend' },
                { value: '−41%', label: 'average cost per lead' },
                { value: '$48M', label: 'in ad budget managed each year' },
                { value: '94%', label: 'of clients renew after year one' },
              ],
            },
          },
          {
            type: 'features',
            config: {
              heading: 'How we work',
              subheading: 'No long lock-ins and no black boxes. You own every account and see every number.',
              columns: 3,
              items: [
                {
                  icon: 'search',
                  title: '1. Audit',
                  description:
                    'We go through your ad accounts, analytics and site to find wasted spend and quick wins, and show you the numbers.',
                },
                {
                  icon: 'map',
                  title: '2. Plan',
                  description:
                    'A 90-day plan with channel budgets, tests to run and the targets we agree to be measured on.',
                },
                {
                  icon: 'trending-up',
                  title: '3. Grow',
                  description:
                    'Weekly optimisation, a live dashboard and a monthly call with your strategist about what to scale next.',
                },
              ],
            },
          },
          {
            type: 'testimonials',
            config: {
              heading: 'In our clients’ words',
              items: [
                {
                  quote:
                    'They cut our Google Ads spend by a third in the first month and we still got more orders. Nobody had looked at our search terms in years.',
                  author: 'Rachel Kim',
                  role: 'Founder',
                  company: 'Trailhound Outdoor',
                },
                {
                  quote:
                    'Tidewater treats our budget like their own money. Demo requests from LinkedIn doubled in one quarter.',
                  author: 'Marcus Bell',
                  role: 'VP Marketing',
                  company: 'Kestrel HR',
                },
              ],
            },
          },
          {
            type: 'contact_form',
            config: {
              heading: 'Request your free growth audit',
              description:
                'Share a few details and a senior strategist will review your accounts and walk you through what we find. No obligation.',
              fields: [
                { name: 'name', type: 'text', label: 'Your name', required: true, max_length: 120 },
                { name: 'email', type: 'email', label: 'Work email', required: true },
                {
                  name: 'website',
                  type: 'url',
                  label: 'Website',
                  required: true,
                  placeholder: 'https://yourbrand.com',
                  max_length: 300,
                },
                {
                  name: 'monthly_budget',
                  type: 'select',
                  label: 'Monthly ad budget',
                  required: true,
                  options: ['Under $5,000', '$5,000–$20,000', '$20,000–$100,000', 'Over $100,000'],
                },
                {
                  name: 'channels',
                  type: 'select',
                  label: 'Main channel today',
                  options: ['Google Ads', 'Meta', 'LinkedIn', 'TikTok', 'SEO', 'Not advertising yet'],
                },
                { name: 'goals', type: 'textarea', label: 'What would you like to grow?', max_length: 1500 },
              ],
              submit_label: 'Request my audit',
              success_message:
                'Thank you! A strategist from {{company_name}} will email you within two business days to schedule your audit call.',
              consent_text: 'We only use your details to prepare your audit. We never sell or share them.',
            },
          },
          tidewaterFooter,
        ],
      },
      {
        path: '/services',
        title: 'Services and retainers',
        description: 'Paid search, paid social and SEO retainers with clear monthly fees and no long contracts.',
        components: [
          {
            type: 'features',
            config: {
              heading: 'Channels we manage',
              columns: 2,
              items: [
                {
                  icon: 'search',
                  title: 'Paid search',
                  description:
                    'Google and Microsoft Ads, Performance Max and Shopping campaigns, built on clean conversion tracking.',
                },
                {
                  icon: 'users',
                  title: 'Paid social',
                  description: 'Meta, TikTok and LinkedIn campaigns with fresh creative tested every two weeks.',
                },
                {
                  icon: 'file-text',
                  title: 'SEO and content',
                  description:
                    'Technical fixes, content briefs and digital PR that earn rankings for the searches that convert.',
                },
                {
                  icon: 'bar-chart',
                  title: 'Analytics and CRO',
                  description:
                    'GA4, server-side tracking and landing page tests so every channel is judged on real revenue.',
                },
              ],
            },
          },
          {
            type: 'pricing_table',
            config: {
              heading: 'Monthly retainers',
              subheading: 'Fees exclude ad spend. Three-month minimum, then month to month.',
              currency: 'USD',
              billing_period: 'monthly',
              plans: [
                {
                  name: 'Launch',
                  price: '2,500',
                  description: 'One channel, for brands spending up to $15k a month on ads.',
                  features: ['One paid channel', 'Monthly strategy call', 'Live reporting dashboard'],
                  cta_label: 'Start with Launch',
                  cta_url: 'https://tidewater.example/audit',
                },
                {
                  name: 'Scale',
                  price: '5,500',
                  description: 'Multi-channel growth for brands spending up to $75k a month.',
                  features: [
                    'Up to three channels',
                    'Bi-weekly creative testing',
                    'Landing page experiments',
                    'Fortnightly strategy calls',
                  ],
                  cta_label: 'Start with Scale',
                  cta_url: 'https://tidewater.example/audit',
                  highlighted: true,
                },
                {
                  name: 'Partner',
                  price: 'From 9,000',
                  description: 'A dedicated pod for brands investing six figures a month.',
                  features: ['All channels and SEO', 'Dedicated strategist and analyst', 'Quarterly planning on site'],
                  cta_label: 'Talk to us',
                  cta_url: 'https://tidewater.example/contact',
                },
              ],
            },
          },
          {
            type: 'faq',
            config: {
              heading: 'Before you sign',
              items: [
                {
                  question: 'Do we keep ownership of our ad accounts?',
                  answer:
                    'Always. We work inside accounts you own, so your data, history and audiences stay with you if we ever part ways.',
                },
                {
                  question: 'How soon will we see results?',
                  answer:
                    'Paid campaigns usually improve within the first 30 days. SEO takes three to six months to show in revenue, and we tell you that up front.',
                },
                {
                  question: 'Who will we actually work with?',
                  answer:
                    'A senior strategist leads your account from day one. We do not hand clients to juniors after the sale.',
                },
              ],
            },
          },
          tidewaterFooter,
        ],
      },
      {
        path: '/work',
        title: 'Case studies',
        description: 'Results we have delivered for e-commerce and B2B brands, with the numbers behind them.',
        components: [
          {
            type: 'gallery',
            config: {
              heading: 'Selected case studies',
              layout: 'grid',
              columns: 3,
              images: [
                {
                  url: 'https://picsum.photos/seed/tidewater-case-trailhound/800/600',
                  alt: 'Hikers on a mountain trail wearing outdoor gear',
                  caption: 'Trailhound Outdoor: 4.1x ROAS on Shopping campaigns',
                },
                {
                  url: 'https://picsum.photos/seed/tidewater-case-kestrel/800/600',
                  alt: 'A small team meeting around a laptop',
                  caption: 'Kestrel HR: twice the demo requests from LinkedIn',
                },
                {
                  url: 'https://picsum.photos/seed/tidewater-case-lumen/800/600',
                  alt: 'A softly lit living room with modern lamps',
                  caption: 'Lumen Home: organic revenue up 180% in a year',
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
                    'Our organic traffic had been flat for two years. Twelve months later SEO is our biggest revenue channel.',
                  author: 'Priya Nair',
                  role: 'E-commerce Director',
                  company: 'Lumen Home',
                },
              ],
            },
          },
          {
            type: 'cta_button',
            config: {
              label: 'Get your free growth audit',
              url: 'https://tidewater.example/audit',
              style: 'primary',
              size: 'large',
            },
          },
          tidewaterFooter,
        ],
      },
    ],
  },
  {
    slug: 'agency-brand-identity-studio',
    name: 'Foundry — brand identity studio',
    category: 'agency',
    industry: 'Branding and graphic design studio',
    tags: ['agency', 'branding', 'design studio', 'creative', 'logo design'],
    description:
      'An image-led, editorial site for a branding or design studio. The home page opens on a project masonry gallery, services and client quotes, with a studio-notes newsletter; a work page shows more projects and client logos, and a studio page introduces the team with a project enquiry form.',
    defaults: {
      company_name: 'Foundry Studio',
      primary_color: '#111827',
      secondary_color: '#e11d48',
      tagline: 'Brand identities with a reason behind every mark.',
      contact_email: 'studio@foundry.example',
      phone: '+31 20 555 0143',
      address: 'Prinsengracht 412, 1016 JC Amsterdam, Netherlands',
      social_links: {
        instagram: 'https://www.instagram.com/foundry.studio',
        linkedin: 'https://www.linkedin.com/company/foundry-brand-studio',
      },
      font_style: 'serif',
      language: 'en',
    },
    pages: [
      {
        path: '/',
        title: 'Brand identity studio',
        description:
          'Strategy, naming, visual identity and packaging for companies that want to be remembered. An independent studio in Amsterdam.',
        components: [
          {
            type: 'hero',
            config: {
              headline: 'Brands people remember, and can explain',
              subheadline:
                '{{company_name}} is an independent studio for brand strategy, identity and packaging. We work with founders who care about the details.',
              cta_label: 'See our work',
              cta_url: 'https://foundry.example/work',
              background_image: {
                url: 'https://picsum.photos/seed/foundry-moodboard/1600/900',
                alt: 'Printed brand guidelines and colour swatches spread on a studio table',
              },
              alignment: 'left',
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
                  url: 'https://picsum.photos/seed/foundry-oakline/800/1000',
                  alt: 'Embossed business cards for a furniture brand',
                  caption: 'Oakline Furniture — identity',
                },
                {
                  url: 'https://picsum.photos/seed/foundry-saltwater/800/600',
                  alt: 'Skincare bottles with minimal labels',
                  caption: 'Saltwater Skin — packaging',
                },
                {
                  url: 'https://picsum.photos/seed/foundry-verde/800/800',
                  alt: 'A café storefront with a new painted sign',
                  caption: 'Café Verde — signage and menus',
                },
                {
                  url: 'https://picsum.photos/seed/foundry-northpoint/800/1000',
                  alt: 'A mobile app splash screen with a bold logo',
                  caption: 'Northpoint Bank — rebrand',
                },
                {
                  url: 'https://picsum.photos/seed/foundry-fable/800/600',
                  alt: 'Stacked children’s books with illustrated covers',
                  caption: 'Fable Press — naming and identity',
                },
                {
                  url: 'https://picsum.photos/seed/foundry-harvest/800/800',
                  alt: 'Food packaging boxes arranged on a shelf',
                  caption: 'Harvest Co-op — packaging system',
                },
              ],
            },
          },
          {
            type: 'features',
            config: {
              heading: 'What we do',
              columns: 4,
              items: [
                {
                  title: 'Brand strategy',
                  description: 'Positioning, audience and voice, worked out with you in two focused workshops.',
                },
                {
                  title: 'Naming',
                  description: 'Names that are easy to say, hard to forget and checked for trademarks and domains.',
                },
                {
                  title: 'Visual identity',
                  description: 'Logo, type, colour and imagery, delivered as a living guideline your team can use.',
                },
                {
                  title: 'Packaging',
                  description: 'Structures and labels designed with your printer, from prototype to the shelf.',
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
                    'Foundry asked questions about our business that we had never asked ourselves. The identity came out of those answers, and it shows.',
                  author: 'Eva de Vries',
                  role: 'Co-founder',
                  company: 'Saltwater Skin',
                },
                {
                  quote: 'Our rebrand launched on time, on budget, and our customers wrote in to say they loved it.',
                  author: 'Jonas Berg',
                  role: 'Head of Marketing',
                  company: 'Northpoint Bank',
                },
              ],
            },
          },
          {
            type: 'newsletter_signup',
            config: {
              heading: 'Notes from the studio',
              description: 'A monthly letter with one finished project, the sketches behind it and what we learned.',
              fields: [{ name: 'email', type: 'email', label: 'Email address', required: true }],
              submit_label: 'Sign up',
              success_message: 'Thank you. The next Notes from {{company_name}} arrive at the start of the month.',
              consent_text: 'One email a month. We never share your address, and you can leave whenever you like.',
            },
          },
          foundryFooter,
        ],
      },
      {
        path: '/work',
        title: 'Work',
        description: 'Identity, naming and packaging projects for independent brands and established companies.',
        components: [
          {
            type: 'gallery',
            config: {
              heading: 'Selected projects',
              layout: 'carousel',
              images: [
                {
                  url: 'https://picsum.photos/seed/foundry-work-oakline/1400/900',
                  alt: 'A furniture showroom with the new Oakline logo on the wall',
                  caption: 'Oakline Furniture: a heritage mark redrawn for a new generation',
                },
                {
                  url: 'https://picsum.photos/seed/foundry-work-northpoint/1400/900',
                  alt: 'Bank cards and app screens in Northpoint’s new colours',
                  caption: 'Northpoint Bank: one brand across 40 branches and an app',
                },
                {
                  url: 'https://picsum.photos/seed/foundry-work-harvest/1400/900',
                  alt: 'Colourful grain packaging lined up on a wooden counter',
                  caption: 'Harvest Co-op: a packaging system for 120 products',
                },
              ],
            },
          },
          {
            type: 'logo_cloud',
            config: {
              heading: 'Clients',
              logos: [
                { image: { url: 'https://picsum.photos/seed/logo-oakline/240/80', alt: 'Oakline Furniture' } },
                { image: { url: 'https://picsum.photos/seed/logo-saltwater/240/80', alt: 'Saltwater Skin' } },
                { image: { url: 'https://picsum.photos/seed/logo-northpoint/240/80', alt: 'Northpoint Bank' } },
                { image: { url: 'https://picsum.photos/seed/logo-harvestcoop/240/80', alt: 'Harvest Co-op' } },
                { image: { url: 'https://picsum.photos/seed/logo-fablepress/240/80', alt: 'Fable Press' } },
              ],
            },
          },
          foundryFooter,
        ],
      },
      {
        path: '/studio',
        title: 'Studio',
        description: 'A small team of strategists and designers. Tell us about your project.',
        components: [
          {
            type: 'team',
            config: {
              heading: 'A small studio, on purpose',
              members: [
                {
                  name: 'Marit Jansen',
                  role: 'Founder & creative director',
                  bio: 'Fifteen years of identity work in Amsterdam and London. Still sketches every logo on paper first.',
                  photo: { url: 'https://picsum.photos/seed/foundry-marit/400/400', alt: 'Portrait of Marit Jansen' },
                },
                {
                  name: 'Luca Romano',
                  role: 'Brand strategist',
                  bio: 'Former journalist who turns interviews and workshops into positioning a whole company can use.',
                  photo: { url: 'https://picsum.photos/seed/foundry-luca/400/400', alt: 'Portrait of Luca Romano' },
                },
                {
                  name: 'Noor Haddad',
                  role: 'Senior designer',
                  bio: 'Type nerd and packaging specialist; happiest on a press check at six in the morning.',
                  photo: { url: 'https://picsum.photos/seed/foundry-noor/400/400', alt: 'Portrait of Noor Haddad' },
                },
              ],
            },
          },
          {
            type: 'stats',
            config: {
              items: [
                { value: '12', label: 'years in practice' },
                { value: '140+', label: 'identities launched' },
                { value: '9', label: 'design awards' },
              ],
            },
          },
          {
            type: 'contact_form',
            config: {
              heading: 'Start a project',
              description:
                'We take on six to eight new projects a year. Tell us about yours and we will reply personally.',
              fields: [
                { name: 'name', type: 'text', label: 'Name', required: true, max_length: 120 },
                { name: 'email', type: 'email', label: 'Email', required: true },
                { name: 'company', type: 'text', label: 'Company', max_length: 120 },
                {
                  name: 'project_type',
                  type: 'select',
                  label: 'What do you need?',
                  required: true,
                  options: ['New brand identity', 'Rebrand', 'Naming', 'Packaging', 'Not sure yet'],
                },
                {
                  name: 'budget',
                  type: 'select',
                  label: 'Budget',
                  options: ['€10,000–€25,000', '€25,000–€60,000', 'Over €60,000'],
                },
                {
                  name: 'timeline',
                  type: 'select',
                  label: 'Ideal launch',
                  options: ['Within 3 months', '3–6 months', '6–12 months', 'Flexible'],
                },
                {
                  name: 'brief',
                  type: 'textarea',
                  label: 'Tell us about the project',
                  required: true,
                  max_length: 3000,
                },
              ],
              submit_label: 'Send enquiry',
              success_message:
                'Thank you for getting in touch. Marit or Luca from {{company_name}} will reply within three working days.',
            },
          },
          foundryFooter,
        ],
      },
    ],
  },
  {
    slug: 'agency-video-production',
    name: 'Reelhouse — video production company',
    category: 'agency',
    industry: 'Video production and filmmaking company',
    tags: ['agency', 'video production', 'film', 'corporate video', 'content'],
    description:
      'A cinematic, dark-themed site for a video production company or filmmaking crew. The home page pairs a full-bleed hero with a carousel of stills, client logos, testimonials and a short brief form; a services page lists production packages and an FAQ, and a booking page schedules a discovery call.',
    defaults: {
      company_name: 'Reelhouse Films',
      primary_color: '#18181b',
      secondary_color: '#f97316',
      tagline: 'Brand films, ads and documentaries, from script to screen.',
      contact_email: 'studio@reelhouse.example',
      phone: '+61 2 5550 1234',
      address: '27 Foster Street, Surry Hills NSW 2010, Australia',
      social_links: {
        youtube: 'https://www.youtube.com/@reelhousefilms',
        instagram: 'https://www.instagram.com/reelhousefilms',
      },
      font_style: 'sans',
      language: 'en',
    },
    pages: [
      {
        path: '/',
        title: 'Video production company',
        description:
          'Brand films, commercials, social video and documentaries. Script, shoot and edit with one in-house crew.',
        components: [
          {
            type: 'hero',
            config: {
              headline: 'Films that make people stop scrolling',
              subheadline:
                '{{company_name}} writes, shoots and edits brand films, commercials and social content with one in-house crew, from the first idea to the final cut.',
              cta_label: 'Brief us on your project',
              cta_url: 'https://reelhouse.example/book',
              background_image: {
                url: 'https://picsum.photos/seed/reelhouse-set/1920/1080',
                alt: 'A film crew lighting a scene on set',
              },
              alignment: 'center',
              theme: 'dark',
            },
          },
          {
            type: 'gallery',
            config: {
              heading: 'Recent work',
              layout: 'carousel',
              images: [
                {
                  url: 'https://picsum.photos/seed/reelhouse-still-coast/1600/900',
                  alt: 'A surfer walking along a beach at sunrise',
                  caption: 'Swell Coffee — brand film',
                },
                {
                  url: 'https://picsum.photos/seed/reelhouse-still-lab/1600/900',
                  alt: 'A scientist looking through a microscope',
                  caption: 'Helix Bio — recruitment documentary',
                },
                {
                  url: 'https://picsum.photos/seed/reelhouse-still-city/1600/900',
                  alt: 'Cyclists crossing a city bridge at dusk',
                  caption: 'Spoke Bikes — 30-second TV commercial',
                },
              ],
            },
          },
          {
            type: 'features',
            config: {
              heading: 'What we make',
              columns: 3,
              items: [
                {
                  icon: 'film',
                  title: 'Brand films',
                  description: 'Two to three minutes that tell your story with real people, not stock footage.',
                },
                {
                  icon: 'tv',
                  title: 'Commercials',
                  description:
                    'TV, cinema and online spots, produced to broadcast spec with cut-downs for every channel.',
                },
                {
                  icon: 'smartphone',
                  title: 'Social content',
                  description: 'Vertical series shot in one day and edited into a month of posts, reels and ads.',
                },
              ],
            },
          },
          {
            type: 'logo_cloud',
            config: {
              heading: 'Brands we have filmed for',
              logos: [
                { image: { url: 'https://picsum.photos/seed/logo-swellcoffee/240/80', alt: 'Swell Coffee' } },
                { image: { url: 'https://picsum.photos/seed/logo-helixbio/240/80', alt: 'Helix Bio' } },
                { image: { url: 'https://picsum.photos/seed/logo-spokebikes/240/80', alt: 'Spoke Bikes' } },
                { image: { url: 'https://picsum.photos/seed/logo-wattleair/240/80', alt: 'Wattle Air' } },
              ],
            },
          },
          {
            type: 'testimonials',
            config: {
              items: [
                {
                  quote:
                    'They turned a vague idea into a film our whole company shares with pride. The shoot day was calm, on schedule and actually fun.',
                  author: 'Hannah Cole',
                  role: 'Brand Manager',
                  company: 'Swell Coffee',
                },
                {
                  quote: 'Our recruitment film brought in more applications in a month than job ads did all year.',
                  author: 'Dr. Samuel Lee',
                  role: 'Head of People',
                  company: 'Helix Bio',
                },
              ],
            },
          },
          {
            type: 'contact_form',
            config: {
              heading: 'Tell us about your video',
              description: 'A few lines are enough. We will come back with ideas, a rough budget and a timeline.',
              fields: [
                { name: 'name', type: 'text', label: 'Name', required: true, max_length: 120 },
                { name: 'email', type: 'email', label: 'Email', required: true },
                {
                  name: 'video_type',
                  type: 'select',
                  label: 'Type of video',
                  required: true,
                  options: ['Brand film', 'Commercial', 'Social content', 'Documentary', 'Event', 'Other'],
                },
                { name: 'deadline', type: 'date', label: 'When do you need it?' },
                {
                  name: 'brief',
                  type: 'textarea',
                  label: 'The idea, in a few lines',
                  required: true,
                  max_length: 2000,
                },
              ],
              submit_label: 'Send brief',
              success_message:
                'Thanks for the brief! A producer from {{company_name}} will call or email you within two working days.',
            },
          },
          reelhouseFooter,
        ],
      },
      {
        path: '/services',
        title: 'Production packages',
        description: 'Fixed-price packages for social content, brand films and commercials, with everything included.',
        components: [
          {
            type: 'pricing_table',
            config: {
              heading: 'Production packages',
              subheading:
                'Fixed prices include pre-production, crew, kit, editing, music licensing and two rounds of changes.',
              currency: 'AUD',
              billing_period: 'one_time',
              plans: [
                {
                  name: 'Social day',
                  price: '6,500',
                  description: 'One shoot day, edited into a month of vertical content.',
                  features: [
                    'Half-day planning session',
                    'One shoot day, crew of three',
                    '12 edited clips up to 60 seconds',
                  ],
                  cta_label: 'Book a call',
                  cta_url: 'https://reelhouse.example/book',
                },
                {
                  name: 'Brand film',
                  price: '18,000',
                  description: 'The story of your company in two to three minutes.',
                  features: [
                    'Concept and script',
                    'Two shoot days, crew of five',
                    'Colour grade and sound mix',
                    'Three social cut-downs',
                  ],
                  cta_label: 'Book a call',
                  cta_url: 'https://reelhouse.example/book',
                  highlighted: true,
                },
                {
                  name: 'Commercial',
                  price: 'From 45,000',
                  description: 'Broadcast-ready spots with cast, locations and full post-production.',
                  features: ['Creative treatment', 'Casting and locations', 'Broadcast delivery (CAD approval)'],
                  cta_label: 'Request a quote',
                  cta_url: 'https://reelhouse.example/book',
                },
              ],
            },
          },
          {
            type: 'faq',
            config: {
              heading: 'Production FAQ',
              items: [
                {
                  question: 'How long does a project take?',
                  answer:
                    'A social day delivers in two weeks. A brand film takes six to eight weeks from kickoff; commercials depend on casting and locations.',
                },
                {
                  question: 'Do you travel?',
                  answer: 'Yes. We shoot across Australia and New Zealand; travel is quoted at cost with no markup.',
                },
                {
                  question: 'Who owns the footage?',
                  answer:
                    'You do. You receive the final films with a perpetual licence for the music, and raw footage is available on request.',
                },
              ],
            },
          },
          reelhouseFooter,
        ],
      },
      {
        path: '/book',
        title: 'Book a discovery call',
        description: 'Pick a time for a 30-minute call with a producer to talk through your video project.',
        components: [
          {
            type: 'booking_form',
            config: {
              heading: 'Book a 30-minute discovery call',
              description:
                'Talk through your idea with a producer. Leave with a clear next step, whether or not we work together.',
              fields: [
                { name: 'name', type: 'text', label: 'Name', required: true, max_length: 120 },
                { name: 'email', type: 'email', label: 'Email', required: true },
                { name: 'phone', type: 'tel', label: 'Phone', max_length: 40 },
                { name: 'date', type: 'date', label: 'Preferred date', required: true },
                {
                  name: 'time',
                  type: 'select',
                  label: 'Preferred time (AEST)',
                  required: true,
                  options: ['9:00', '10:30', '13:00', '14:30', '16:00'],
                },
                {
                  name: 'call_type',
                  type: 'select',
                  label: 'How should we meet?',
                  options: ['Video call', 'Phone', 'At the studio in Surry Hills'],
                },
                { name: 'notes', type: 'textarea', label: 'Anything to prepare?', max_length: 1000 },
              ],
              submit_label: 'Request call',
              success_message:
                'Thanks! {{company_name}} will confirm your call by email. Need to change it? Call us on {{phone}}.',
              slot_minutes: 30,
              opening_hours: 'Monday to Friday, 9:00–17:00 AEST',
            },
          },
          reelhouseFooter,
        ],
      },
    ],
  },
];
