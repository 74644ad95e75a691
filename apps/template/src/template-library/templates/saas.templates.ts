import type { ComponentSeed, TemplateSeed } from '../template-seed';

const launchpadFooter: ComponentSeed = {
  type: 'footer',
  config: {
    company_name: '{{company_name}}',
    tagline: '{{tagline}}',
    address: '{{address}}',
    email: '{{contact_email}}',
    phone: '{{phone}}',
    links: [
      { label: 'Pricing', url: 'https://launchpad.example/pricing' },
      { label: 'Documentation', url: 'https://launchpad.example/docs' },
      { label: 'Security', url: 'https://launchpad.example/security' },
      { label: 'Privacy', url: 'https://launchpad.example/privacy' },
      { label: 'Terms', url: 'https://launchpad.example/terms' },
    ],
    social: [
      { network: 'linkedin', url: 'https://www.linkedin.com/company/launchpad-analytics' },
      { network: 'x', url: 'https://x.com/launchpadhq' },
    ],
    copyright: '© 2026 {{company_name}}. All rights reserved.',
  },
};

const shiftwiseFooter: ComponentSeed = {
  type: 'footer',
  config: {
    company_name: '{{company_name}}',
    tagline: '{{tagline}}',
    address: '{{address}}',
    email: '{{contact_email}}',
    phone: '{{phone}}',
    links: [
      { label: 'Download for iOS', url: 'https://shiftwise.example/ios' },
      { label: 'Download for Android', url: 'https://shiftwise.example/android' },
      { label: 'Help centre', url: 'https://shiftwise.example/help' },
      { label: 'Privacy', url: 'https://shiftwise.example/privacy' },
    ],
    social: [
      { network: 'instagram', url: 'https://www.instagram.com/shiftwiseapp' },
      { network: 'facebook', url: 'https://www.facebook.com/shiftwiseapp' },
    ],
    copyright: '© 2026 {{company_name}}',
  },
};

const relaywireFooter: ComponentSeed = {
  type: 'footer',
  config: {
    company_name: '{{company_name}}',
    tagline: '{{tagline}}',
    address: '{{address}}',
    email: '{{contact_email}}',
    links: [
      { label: 'Docs', url: 'https://relaywire.example/docs' },
      { label: 'API reference', url: 'https://relaywire.example/docs/api' },
      { label: 'Status', url: 'https://status.relaywire.example' },
      { label: 'Changelog', url: 'https://relaywire.example/changelog' },
      { label: 'DPA & privacy', url: 'https://relaywire.example/legal/privacy' },
    ],
    social: [
      { network: 'github', url: 'https://github.com/relaywire' },
      { network: 'x', url: 'https://x.com/relaywire' },
    ],
    copyright: '© 2026 {{company_name}}. Built for developers who sleep through the night.',
  },
};

export const SAAS_TEMPLATES: TemplateSeed[] = [
  {
    slug: 'saas-analytics-launch',
    name: 'Launchpad — SaaS product analytics',
    category: 'saas',
    industry: 'B2B product analytics software',
    tags: ['saas', 'analytics', 'startup', 'b2b', 'free trial'],
    description:
      'A launch site for a B2B software startup that sells on a free trial and a demo. The home page stacks a dark hero, customer logos, features, key figures, testimonials and a newsletter signup; a pricing page with a four-plan table and FAQ and a demo-request contact form complete the funnel.',
    defaults: {
      company_name: 'Launchpad Analytics',
      primary_color: '#4f46e5',
      secondary_color: '#f59e0b',
      tagline: 'Product analytics your whole team can read.',
      contact_email: 'hello@launchpad.example',
      phone: '+1 415 555 0142',
      address: '548 Market Street, Suite 210, San Francisco, CA 94104',
      social_links: {
        linkedin: 'https://www.linkedin.com/company/launchpad-analytics',
        x: 'https://x.com/launchpadhq',
      },
      font_style: 'sans',
      language: 'en',
    },
    pages: [
      {
        path: '/',
        title: 'Product analytics for the whole team',
        description:
          'Funnels, retention and plain-English answers about how customers use your product. Start a free 14-day trial.',
        components: [
          {
            type: 'hero',
            config: {
              headline: 'See which features your customers actually use',
              subheadline:
                '{{company_name}} turns raw product events into funnels, retention curves and plain-English answers. No SQL, no data team, live in an afternoon.',
              cta_label: 'Start your free trial',
              cta_url: 'https://launchpad.example/signup',
              background_image: {
                url: 'https://picsum.photos/seed/launchpad-dashboard/1600/900',
                alt: 'A laptop on a desk showing a product analytics dashboard',
              },
              alignment: 'center',
              theme: 'dark',
            },
          },
          {
            type: 'logo_cloud',
            config: {
              heading: 'Trusted by product teams at more than 900 companies',
              logos: [
                { image: { url: 'https://picsum.photos/seed/logo-northwind/240/80', alt: 'Northwind Commerce' } },
                { image: { url: 'https://picsum.photos/seed/logo-brightline/240/80', alt: 'Brightline Health' } },
                { image: { url: 'https://picsum.photos/seed/logo-copperleaf/240/80', alt: 'Copperleaf Bank' } },
                { image: { url: 'https://picsum.photos/seed/logo-fieldnote/240/80', alt: 'Fieldnote' } },
                { image: { url: 'https://picsum.photos/seed/logo-pinecrest/240/80', alt: 'Pinecrest Logistics' } },
              ],
            },
          },
          {
            type: 'features',
            config: {
              heading: 'Answers in minutes, not sprints',
              subheading:
                'Drop in one snippet and every click, signup and upgrade is ready to explore, for product managers, designers and founders alike.',
              columns: 3,
              items: [
                {
                  icon: 'funnel',
                  title: 'Conversion funnels',
                  description:
                    'Build a funnel from any sequence of events and see exactly where trial users drop off, broken down by plan, channel or country.',
                },
                {
                  icon: 'repeat',
                  title: 'Retention cohorts',
                  description:
                    'Find out which week-one behaviours predict customers who stay, and which features quietly bring people back.',
                },
                {
                  icon: 'route',
                  title: 'User paths',
                  description:
                    'Follow the real routes people take through your app, including the detours nobody designed for.',
                },
                {
                  icon: 'message',
                  title: 'Ask in plain English',
                  description:
                    'Type "how many teams invited a colleague last month?" and get a chart back, with the query shown so you can trust it.',
                },
                {
                  icon: 'bell',
                  title: 'Anomaly alerts',
                  description:
                    'Get a Slack message when signups dip or an error spikes, before your customers tell you.',
                },
                {
                  icon: 'shield',
                  title: 'Privacy by default',
                  description:
                    'EU or US data residency, automatic PII masking and SOC 2 Type II controls from the first event.',
                },
              ],
            },
          },
          {
            type: 'stats',
            config: {
              heading: 'Numbers our customers see',
              items: [
                { value: '12B', label: 'events processed every month' },
                { value: '4 min', label: 'median time to first insight' },
                { value: '38%', label: 'average lift in trial-to-paid conversion' },
                { value: '99.95%', label: 'uptime over the last 12 months' },
              ],
            },
          },
          {
            type: 'testimonials',
            config: {
              heading: 'Product teams ship with more confidence',
              items: [
                {
                  quote:
                    'We found out that teams who set up a second integration in week one churn half as often. That single insight reshaped our onboarding, and trial conversion went from 9% to 14%.',
                  author: 'Maya Chen',
                  role: 'Head of Product',
                  company: 'Fieldnote',
                },
                {
                  quote:
                    'Our designers answer their own questions now. I used to spend every Monday writing SQL for other people.',
                  author: 'Daniel Osei',
                  role: 'Data Lead',
                  company: 'Brightline Health',
                },
                {
                  quote: 'Setup took one afternoon, and the first funnel paid for the yearly plan.',
                  author: 'Sofia Marquez',
                  role: 'Co-founder',
                  company: 'Pinecrest Logistics',
                },
              ],
            },
          },
          {
            type: 'newsletter_signup',
            config: {
              heading: 'The Product Metrics Letter',
              description:
                'One practical teardown a month: the metric, the chart and what a real team changed because of it.',
              fields: [
                { name: 'first_name', type: 'text', label: 'First name', max_length: 80 },
                {
                  name: 'email',
                  type: 'email',
                  label: 'Work email',
                  required: true,
                  placeholder: 'you@company.com',
                  max_length: 254,
                },
              ],
              submit_label: 'Subscribe',
              success_message:
                'You are in! The next Product Metrics Letter from {{company_name}} arrives on the first Tuesday of the month.',
              consent_text: 'One email a month, never shared with anyone. Unsubscribe with one click from any issue.',
            },
          },
          launchpadFooter,
        ],
      },
      {
        path: '/pricing',
        title: 'Pricing',
        description: 'Free for small products, simple plans as you grow. Every paid plan starts with a 14-day trial.',
        components: [
          {
            type: 'pricing_table',
            config: {
              heading: 'Pricing that grows with your product',
              subheading: 'Priced by monthly tracked users, never by seats. Invite your whole company on every plan.',
              currency: 'USD',
              billing_period: 'monthly',
              plans: [
                {
                  name: 'Free',
                  price: '0',
                  description: 'For side projects and early prototypes.',
                  features: ['Up to 1,000 tracked users', 'Funnels and retention', '30 days of history'],
                  cta_label: 'Start for free',
                  cta_url: 'https://launchpad.example/signup',
                },
                {
                  name: 'Startup',
                  price: '79',
                  description: 'For teams finding product-market fit.',
                  features: [
                    'Up to 10,000 tracked users',
                    'Plain-English questions',
                    '12 months of history',
                    'Slack alerts',
                  ],
                  cta_label: 'Start 14-day trial',
                  cta_url: 'https://launchpad.example/signup?plan=startup',
                },
                {
                  name: 'Growth',
                  price: '249',
                  description: 'For scaling products with several teams.',
                  features: [
                    'Up to 100,000 tracked users',
                    'Everything in Startup',
                    'Warehouse sync',
                    'Unlimited history',
                    'Priority support',
                  ],
                  cta_label: 'Start 14-day trial',
                  cta_url: 'https://launchpad.example/signup?plan=growth',
                  highlighted: true,
                },
                {
                  name: 'Enterprise',
                  price: 'Custom',
                  description: 'For companies with security reviews and SSO.',
                  features: ['Unlimited tracked users', 'SAML SSO and audit log', 'EU data residency', 'Dedicated CSM'],
                  cta_label: 'Talk to sales',
                  cta_url: 'https://launchpad.example/demo',
                },
              ],
            },
          },
          {
            type: 'faq',
            config: {
              heading: 'Pricing questions',
              items: [
                {
                  question: 'What counts as a tracked user?',
                  answer:
                    'Anyone who triggers at least one event in a calendar month. Anonymous visitors who never sign in are counted once per device, and bots are filtered out before they reach your bill.',
                },
                {
                  question: 'Do I need a credit card for the trial?',
                  answer:
                    'No. You get the full Growth plan for 14 days. If you do not pick a plan, the account moves to Free and keeps your data.',
                },
                {
                  question: 'What happens if we go over our plan?',
                  answer:
                    'Nothing breaks. We keep collecting data and let you know; if it happens two months in a row we suggest the next plan up.',
                },
                {
                  question: 'Is there a discount for paying yearly?',
                  answer:
                    'Yes, yearly billing costs the same as ten months. Startups under two years old get 50% off their first year.',
                },
              ],
            },
          },
          {
            type: 'cta_button',
            config: {
              label: 'Book a 20-minute demo',
              url: 'https://launchpad.example/demo',
              style: 'primary',
              size: 'large',
            },
          },
          launchpadFooter,
        ],
      },
      {
        path: '/demo',
        title: 'Book a demo',
        description: 'See Launchpad on your own product data in a 20-minute call with a product analytics specialist.',
        components: [
          {
            type: 'contact_form',
            config: {
              heading: 'See it on your own product',
              description:
                'Tell us a little about your team and a product analytics specialist will send you times for a 20-minute walkthrough.',
              fields: [
                { name: 'name', type: 'text', label: 'Full name', required: true, max_length: 120 },
                { name: 'email', type: 'email', label: 'Work email', required: true, max_length: 254 },
                { name: 'company', type: 'text', label: 'Company', required: true, max_length: 120 },
                {
                  name: 'team_size',
                  type: 'select',
                  label: 'Company size',
                  required: true,
                  options: ['1–10', '11–50', '51–200', '201–1,000', 'More than 1,000'],
                },
                {
                  name: 'goal',
                  type: 'textarea',
                  label: 'What would you like to find out?',
                  placeholder: 'For example: why trial users stop before inviting their team',
                  max_length: 1500,
                },
              ],
              submit_label: 'Request my demo',
              success_message:
                'Thanks! Someone from {{company_name}} will email you within one business day with times for your demo.',
              consent_text:
                'We use your details only to arrange this demo. See our privacy policy for how we store them.',
            },
          },
          launchpadFooter,
        ],
      },
    ],
  },
  {
    slug: 'saas-shift-scheduling-app',
    name: 'Shiftwise — team scheduling app',
    category: 'saas',
    industry: 'Employee scheduling app for hourly teams',
    tags: ['saas', 'scheduling', 'mobile app', 'small business', 'hr'],
    description:
      'A friendly, mobile-first site for an app that schedules shift workers in cafés, shops and clinics. It has key figures and benefits up front, owner testimonials, a manager-tips newsletter, a features page with an FAQ, and per-location pricing with a sales contact form for multi-site businesses.',
    defaults: {
      company_name: 'Shiftwise',
      primary_color: '#0f766e',
      secondary_color: '#fb923c',
      tagline: 'The rota your team actually checks.',
      contact_email: 'hello@shiftwise.example',
      phone: '+44 20 7946 0321',
      address: '14 Tabernacle Street, London EC2A 4LU, United Kingdom',
      social_links: {
        instagram: 'https://www.instagram.com/shiftwiseapp',
        facebook: 'https://www.facebook.com/shiftwiseapp',
      },
      font_style: 'rounded',
      language: 'en',
    },
    pages: [
      {
        path: '/',
        title: 'Staff scheduling made simple',
        description:
          'Build next week’s rota in ten minutes, swap shifts from your phone and track hours without spreadsheets.',
        components: [
          {
            type: 'hero',
            config: {
              headline: 'Build next week’s rota in ten minutes, not two evenings',
              subheadline:
                '{{company_name}} schedules your hourly team, handles shift swaps on their phones and sends hours straight to payroll. Made for cafés, shops and clinics.',
              cta_label: 'Try it free for 30 days',
              cta_url: 'https://shiftwise.example/signup',
              alignment: 'left',
              theme: 'light',
            },
          },
          {
            type: 'stats',
            config: {
              items: [
                { value: '18,000', label: 'small businesses scheduling every week' },
                { value: '6 hrs', label: 'saved per manager, per week' },
                { value: '72%', label: 'fewer no-shows after the first month' },
                { value: '4.8/5', label: 'rating on the App Store' },
              ],
            },
          },
          {
            type: 'features',
            config: {
              heading: 'Less admin, fewer empty shifts',
              columns: 3,
              items: [
                {
                  icon: 'calendar',
                  title: 'Drag-and-drop rotas',
                  description:
                    'Copy last week, fill gaps from the open-shift list and publish. Everyone gets a notification with their hours.',
                },
                {
                  icon: 'swap',
                  title: 'Swaps without the group chat',
                  description:
                    'Staff offer and pick up shifts in the app; you approve with one tap and the rota updates itself.',
                },
                {
                  icon: 'clock',
                  title: 'Clock-in and timesheets',
                  description:
                    'Geofenced clock-in on any phone, breaks tracked automatically and timesheets exported to your payroll.',
                },
              ],
            },
          },
          {
            type: 'testimonials',
            config: {
              heading: 'Owners who got their Sundays back',
              items: [
                {
                  quote:
                    'I used to do the rota on Sunday night with three spreadsheets and a lot of texts. Now it takes me fifteen minutes on Friday morning.',
                  author: 'Aisha Rahman',
                  role: 'Owner',
                  company: 'Little Fig Café',
                },
                {
                  quote:
                    'Shift swaps were our biggest headache. The team sorts them out between themselves and I just approve.',
                  author: 'Tom Gallagher',
                  role: 'Practice manager',
                  company: 'Riverside Dental',
                },
              ],
            },
          },
          {
            type: 'newsletter_signup',
            config: {
              heading: 'Tips for busy managers',
              description:
                'A short fortnightly email on rotas, retention and keeping hourly teams happy, written by people who have run a shop floor.',
              fields: [
                {
                  name: 'email',
                  type: 'email',
                  label: 'Email address',
                  required: true,
                  placeholder: 'you@yourbusiness.com',
                },
                {
                  name: 'business_type',
                  type: 'select',
                  label: 'Your business',
                  options: ['Café or restaurant', 'Retail shop', 'Clinic or practice', 'Hotel', 'Something else'],
                },
              ],
              submit_label: 'Send me the tips',
              success_message: 'Lovely! Your first manager tips from {{company_name}} arrive next Thursday.',
              consent_text: 'One email every two weeks, no spam, and you can unsubscribe at any time.',
            },
          },
          shiftwiseFooter,
        ],
      },
      {
        path: '/features',
        title: 'Features',
        description: 'Rotas, shift swaps, clock-in, time off, labour cost forecasts and payroll export in one app.',
        components: [
          {
            type: 'features',
            config: {
              heading: 'Everything between the rota and payday',
              subheading: 'Works on any phone, tablet or laptop. Your team only needs the free app.',
              columns: 2,
              items: [
                {
                  icon: 'calendar',
                  title: 'Templates and auto-fill',
                  description:
                    'Save your usual week as a template and let Shiftwise fill it with available staff, respecting contracted hours and skills.',
                },
                {
                  icon: 'sun',
                  title: 'Time off and availability',
                  description:
                    'Holiday requests and availability live in one place, so you never schedule someone who is away.',
                },
                {
                  icon: 'pound',
                  title: 'Labour cost forecast',
                  description:
                    'See the wage bill of the week as you build it, next to your sales forecast, before you publish.',
                },
                {
                  icon: 'map-pin',
                  title: 'Geofenced clock-in',
                  description:
                    'Staff clock in from their phone only when they are on site; late arrivals are flagged for you.',
                },
                {
                  icon: 'chat',
                  title: 'Team announcements',
                  description:
                    'Post the new menu or a fire-drill reminder and see who has read it, without another WhatsApp group.',
                },
                {
                  icon: 'file',
                  title: 'Payroll export',
                  description: 'Approved timesheets go to Xero, Sage, QuickBooks or a CSV in two clicks.',
                },
              ],
            },
          },
          {
            type: 'faq',
            config: {
              heading: 'Common questions',
              items: [
                {
                  question: 'Does my team have to pay for the app?',
                  answer: 'No. The staff app is free on iOS and Android; you pay only per location.',
                },
                {
                  question: 'Can I import my current rota?',
                  answer:
                    'Yes. Upload a spreadsheet of your staff and typical shifts and we will set up your first template with you on a free onboarding call.',
                },
                {
                  question: 'Does it handle working-time rules?',
                  answer:
                    'Shiftwise warns you before you publish a rota that breaks minimum rest periods, maximum weekly hours or rules for under-18s.',
                },
              ],
            },
          },
          {
            type: 'cta_button',
            config: {
              label: 'Start your 30-day free trial',
              url: 'https://shiftwise.example/signup',
              style: 'primary',
              size: 'large',
            },
          },
          shiftwiseFooter,
        ],
      },
      {
        path: '/pricing',
        title: 'Pricing',
        description: 'Simple per-location pricing with unlimited staff. Save two months when you pay yearly.',
        components: [
          {
            type: 'pricing_table',
            config: {
              heading: 'One price per location, unlimited staff',
              subheading: 'Prices per location per year. Every plan starts with a 30-day free trial.',
              currency: 'GBP',
              billing_period: 'yearly',
              plans: [
                {
                  name: 'Essentials',
                  price: '290',
                  description: 'For a single shop or café.',
                  features: ['Rotas and shift swaps', 'Time off requests', 'Staff app for everyone', 'Email support'],
                  cta_label: 'Start free trial',
                  cta_url: 'https://shiftwise.example/signup?plan=essentials',
                },
                {
                  name: 'Pro',
                  price: '490',
                  description: 'For busy sites that run payroll every week.',
                  features: [
                    'Everything in Essentials',
                    'Geofenced clock-in',
                    'Labour cost forecast',
                    'Payroll export',
                    'Phone support',
                  ],
                  cta_label: 'Start free trial',
                  cta_url: 'https://shiftwise.example/signup?plan=pro',
                  highlighted: true,
                },
                {
                  name: 'Multi-site',
                  price: 'From 390',
                  description: 'For groups with five locations or more.',
                  features: [
                    'Everything in Pro',
                    'Cross-site staff sharing',
                    'Area manager dashboards',
                    'Onboarding for every site',
                  ],
                  cta_label: 'Get a quote',
                },
              ],
            },
          },
          {
            type: 'contact_form',
            config: {
              heading: 'Scheduling for five sites or more?',
              description: 'Tell us about your locations and we will prepare a quote and a rollout plan.',
              fields: [
                { name: 'name', type: 'text', label: 'Your name', required: true, max_length: 120 },
                { name: 'email', type: 'email', label: 'Email', required: true },
                { name: 'phone', type: 'tel', label: 'Phone', max_length: 40 },
                { name: 'business', type: 'text', label: 'Business name', required: true, max_length: 120 },
                {
                  name: 'locations',
                  type: 'number',
                  label: 'Number of locations',
                  required: true,
                  min: 1,
                  max: 1000,
                },
                { name: 'message', type: 'textarea', label: 'Anything we should know?', max_length: 1000 },
              ],
              submit_label: 'Get my quote',
              success_message: 'Thank you! A {{company_name}} specialist will send your quote within two working days.',
            },
          },
          shiftwiseFooter,
        ],
      },
    ],
  },
  {
    slug: 'saas-developer-api-platform',
    name: 'Relaywire — developer API platform',
    category: 'saas',
    industry: 'Developer tools and API infrastructure',
    tags: ['saas', 'developer tools', 'api', 'devtools', 'open source'],
    description:
      'A technical, monospace-styled site for a developer tool or API company. Developers get a capability grid, customer logos, a technical FAQ and a changelog newsletter on the home page, usage-based pricing, and a company page with the team, key figures and a contact form to talk to an engineer.',
    defaults: {
      company_name: 'Relaywire',
      primary_color: '#0f172a',
      secondary_color: '#22d3ee',
      tagline: 'Webhooks that never drop an event.',
      contact_email: 'team@relaywire.example',
      phone: '+1 646 555 0188',
      address: '85 Broad Street, 18th floor, New York, NY 10004',
      social_links: {
        github: 'https://github.com/relaywire',
        x: 'https://x.com/relaywire',
      },
      font_style: 'mono',
      language: 'en',
    },
    pages: [
      {
        path: '/',
        title: 'Webhook infrastructure for developers',
        description:
          'Send and receive webhooks with retries, signatures, replay and observability built in. Free up to 100,000 events a month.',
        components: [
          {
            type: 'hero',
            config: {
              headline: 'Webhooks that deliver, retry and explain themselves',
              subheadline:
                '{{company_name}} is the delivery layer between your API and your customers’ endpoints: signed payloads, smart retries, replay and logs, in one API call.',
              cta_label: 'Get an API key',
              cta_url: 'https://relaywire.example/signup',
              alignment: 'left',
              theme: 'dark',
            },
          },
          {
            type: 'features',
            config: {
              heading: 'Stop rebuilding webhook plumbing',
              subheading: 'Everything your team would spend a quarter building, shipped and battle-tested.',
              columns: 4,
              items: [
                {
                  icon: 'refresh',
                  title: 'Retries with backoff',
                  description: 'Exponential backoff for up to 72 hours, with per-endpoint circuit breakers.',
                },
                {
                  icon: 'key',
                  title: 'Signed payloads',
                  description: 'HMAC-SHA256 signatures and timestamp checks, with verify helpers in eight languages.',
                },
                {
                  icon: 'rewind',
                  title: 'Replay anything',
                  description: 'Re-send one event or a whole time range after your customer fixes their endpoint.',
                },
                {
                  icon: 'terminal',
                  title: 'Full delivery logs',
                  description: 'Request, response and latency of every attempt, searchable for 90 days.',
                },
                {
                  icon: 'layout',
                  title: 'Embeddable portal',
                  description: 'Give your customers a self-serve page to add endpoints and inspect deliveries.',
                },
                {
                  icon: 'filter',
                  title: 'Fan-out and filters',
                  description: 'Route event types to the right endpoints with filters your customers configure.',
                },
                {
                  icon: 'git-branch',
                  title: 'Open-source SDKs',
                  description: 'MIT-licensed SDKs for Node, Python, Go, Ruby, Java, PHP, .NET and Rust.',
                },
                {
                  icon: 'lock',
                  title: 'Static egress IPs',
                  description: 'Deliveries leave from fixed IP ranges your customers can allow-list.',
                },
              ],
            },
          },
          {
            type: 'logo_cloud',
            config: {
              heading: 'Delivering billions of events for API-first companies',
              logos: [
                { image: { url: 'https://picsum.photos/seed/logo-ledgerly/240/80', alt: 'Ledgerly' } },
                { image: { url: 'https://picsum.photos/seed/logo-parcelpath/240/80', alt: 'ParcelPath' } },
                { image: { url: 'https://picsum.photos/seed/logo-mintform/240/80', alt: 'Mintform' } },
                { image: { url: 'https://picsum.photos/seed/logo-orbitpay/240/80', alt: 'OrbitPay' } },
                { image: { url: 'https://picsum.photos/seed/logo-stackyard/240/80', alt: 'Stackyard' } },
                { image: { url: 'https://picsum.photos/seed/logo-quillhq/240/80', alt: 'Quill HQ' } },
              ],
            },
          },
          {
            type: 'faq',
            config: {
              heading: 'Questions developers ask',
              items: [
                {
                  question: 'How long does an integration take?',
                  answer:
                    'Most teams send their first event in under ten minutes: create an application, register an endpoint and replace your HTTP call with one SDK call.',
                },
                {
                  question: 'What delivery guarantees do you give?',
                  answer:
                    'At-least-once delivery with idempotency keys on every attempt. Events are persisted in two regions before we acknowledge your API call.',
                },
                {
                  question: 'Can we self-host?',
                  answer:
                    'Yes. The dispatcher is open source under the Apache 2.0 licence. The hosted service adds the portal, long-term logs and our 99.99% SLA.',
                },
                {
                  question: 'Where is our data stored?',
                  answer:
                    'In the US or the EU, your choice per application. Payloads are encrypted at rest and can be redacted after delivery.',
                },
              ],
            },
          },
          {
            type: 'newsletter_signup',
            config: {
              heading: 'Subscribe to the changelog',
              description: 'New SDK releases, API changes and deprecation notices, at most twice a month.',
              fields: [
                { name: 'email', type: 'email', label: 'Email', required: true, placeholder: 'dev@yourcompany.com' },
                {
                  name: 'stack',
                  type: 'select',
                  label: 'Primary language',
                  options: ['Node.js', 'Python', 'Go', 'Ruby', 'Java', 'PHP', '.NET', 'Rust', 'Other'],
                },
              ],
              submit_label: 'Subscribe',
              success_message:
                'Subscribed. You will hear from {{company_name}} when something in the changelog matters to you.',
              consent_text: 'Technical updates only, at most twice a month. Unsubscribe from any email.',
            },
          },
          relaywireFooter,
        ],
      },
      {
        path: '/pricing',
        title: 'Pricing',
        description: 'Free up to 100,000 events a month, then pay per million. No seat fees, no surprise overages.',
        components: [
          {
            type: 'pricing_table',
            config: {
              heading: 'Usage-based pricing, no seat fees',
              subheading: 'Pay for delivered events. Failed attempts and retries are always free.',
              currency: 'USD',
              billing_period: 'monthly',
              plans: [
                {
                  name: 'Hobby',
                  price: '0',
                  description: 'For side projects and prototypes.',
                  features: ['100,000 events per month', '7-day log retention', 'Community support'],
                  cta_label: 'Get an API key',
                  cta_url: 'https://relaywire.example/signup',
                },
                {
                  name: 'Pro',
                  price: '99',
                  description: 'Includes 2 million events, then $20 per million.',
                  features: [
                    'Customer portal',
                    '30-day log retention',
                    'Static egress IPs',
                    '99.9% uptime SLA',
                    'Email support in 1 business day',
                  ],
                  cta_label: 'Start with Pro',
                  cta_url: 'https://relaywire.example/signup?plan=pro',
                  highlighted: true,
                },
                {
                  name: 'Scale',
                  price: 'Custom',
                  description: 'For platforms sending hundreds of millions of events.',
                  features: [
                    'Volume pricing',
                    '90-day log retention',
                    'SSO and audit log',
                    '99.99% SLA',
                    'Shared Slack channel',
                  ],
                  cta_label: 'Talk to an engineer',
                  cta_url: 'https://relaywire.example/company',
                },
              ],
            },
          },
          {
            type: 'stats',
            config: {
              items: [
                { value: '3.1B', label: 'events delivered last month' },
                { value: '99.993%', label: 'delivery success after retries' },
                { value: '38 ms', label: 'median dispatch latency' },
              ],
            },
          },
          {
            type: 'cta_button',
            config: {
              label: 'Read the quickstart',
              url: 'https://relaywire.example/docs/quickstart',
              style: 'outline',
              size: 'medium',
              new_tab: true,
            },
          },
          relaywireFooter,
        ],
      },
      {
        path: '/company',
        title: 'Company',
        description: 'A small team of infrastructure engineers who were paged by webhooks one time too many.',
        components: [
          {
            type: 'team',
            config: {
              heading: 'Built by engineers who carried the pager',
              members: [
                {
                  name: 'Lena Hoffmann',
                  role: 'Co-founder & CEO',
                  bio: 'Ran the integrations platform at a payments company, where webhook retries were the top cause of incidents.',
                },
                {
                  name: 'Arjun Mehta',
                  role: 'Co-founder & CTO',
                  bio: 'Distributed-systems engineer; wrote the first version of the dispatcher on a long train ride.',
                },
                {
                  name: 'Grace Adeyemi',
                  role: 'Head of Developer Experience',
                  bio: 'Maintains the SDKs and answers the hard questions in the community forum.',
                },
              ],
            },
          },
          {
            type: 'contact_form',
            config: {
              heading: 'Talk to an engineer',
              description:
                'Migrating from a home-grown system or sending at high volume? Tell us what you are building.',
              fields: [
                { name: 'name', type: 'text', label: 'Name', required: true, max_length: 120 },
                { name: 'email', type: 'email', label: 'Work email', required: true },
                { name: 'company', type: 'text', label: 'Company', max_length: 120 },
                {
                  name: 'monthly_volume',
                  type: 'select',
                  label: 'Events per month',
                  required: true,
                  options: ['Under 1 million', '1–10 million', '10–100 million', 'Over 100 million'],
                },
                {
                  name: 'message',
                  type: 'textarea',
                  label: 'What are you building?',
                  required: true,
                  max_length: 3000,
                  help_text: 'Current setup, languages and any compliance requirements help us prepare.',
                },
              ],
              submit_label: 'Send to the team',
              success_message: 'Thanks! An engineer from {{company_name}} will reply within one business day.',
            },
          },
          relaywireFooter,
        ],
      },
    ],
  },
];
