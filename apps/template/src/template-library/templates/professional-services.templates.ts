import type { ComponentSeed, TemplateSeed } from '../template-seed';

const ledgerlineFooter: ComponentSeed = {
  type: 'footer',
  config: {
    company_name: '{{company_name}}',
    tagline: '{{tagline}}',
    address: '{{address}}',
    email: '{{contact_email}}',
    phone: '{{phone}}',
    links: [
      { label: 'Client portal', url: 'https://ledgerline.example/portal' },
      { label: 'Tax deadlines', url: 'https://ledgerline.example/deadlines' },
      { label: 'Privacy', url: 'https://ledgerline.example/privacy' },
    ],
    social: [{ network: 'linkedin', url: 'https://www.linkedin.com/company/ledgerline-accounting' }],
    copyright: '© 2026 {{company_name}}. Licensed CPA firm.',
  },
};

const caldwellFooter: ComponentSeed = {
  type: 'footer',
  config: {
    company_name: '{{company_name}}',
    tagline: '{{tagline}}',
    address: '{{address}}',
    email: '{{contact_email}}',
    phone: '{{phone}}',
    links: [
      { label: 'Legal notice', url: 'https://caldwellreyes.example/legal-notice' },
      { label: 'Privacy', url: 'https://caldwellreyes.example/privacy' },
    ],
    social: [{ network: 'linkedin', url: 'https://www.linkedin.com/company/caldwell-reyes-llp' }],
    copyright:
      '© 2026 {{company_name}}. Attorney advertising. Prior results do not guarantee a similar outcome. This site is not legal advice.',
  },
};

const harborviewFooter: ComponentSeed = {
  type: 'footer',
  config: {
    company_name: '{{company_name}}',
    tagline: '{{tagline}}',
    address: '{{address}}',
    email: '{{contact_email}}',
    phone: '{{phone}}',
    links: [
      { label: 'Form ADV', url: 'https://harborview.example/adv' },
      { label: 'Client login', url: 'https://harborview.example/login' },
      { label: 'Privacy', url: 'https://harborview.example/privacy' },
    ],
    social: [{ network: 'linkedin', url: 'https://www.linkedin.com/company/harborview-financial-planning' }],
    copyright:
      '© 2026 {{company_name}}. Fee-only registered investment adviser. Nothing on this site is an offer or individual investment advice.',
  },
};

export const PROFESSIONAL_SERVICES_TEMPLATES: TemplateSeed[] = [
  {
    slug: 'accounting-firm-small-business',
    name: 'Ledgerline — accounting & tax firm',
    category: 'professional_services',
    industry: 'Accounting, bookkeeping and tax firm',
    tags: ['accountant', 'bookkeeping', 'tax', 'small business', 'cpa'],
    description:
      'A trustworthy site for an accounting, bookkeeping or tax practice serving small businesses. The home page shows key figures, services, client testimonials and a free consultation booking form; a services page lists monthly packages with a tax FAQ, and a team page introduces the accountants with a contact form.',
    defaults: {
      company_name: 'Ledgerline Accounting',
      primary_color: '#1e3a8a',
      secondary_color: '#10b981',
      tagline: 'Clear numbers, calm founders.',
      contact_email: 'hello@ledgerline.example',
      phone: '+1 303 555 0119',
      address: '1600 Stout Street, Suite 900, Denver, CO 80202',
      social_links: { linkedin: 'https://www.linkedin.com/company/ledgerline-accounting' },
      font_style: 'sans',
      language: 'en',
    },
    pages: [
      {
        path: '/',
        title: 'Accountants for small businesses',
        description:
          'Bookkeeping, tax returns and advice for small businesses and founders. Book a free 30-minute consultation.',
        components: [
          {
            type: 'hero',
            config: {
              headline: 'Accounting that gives you your evenings back',
              subheadline:
                '{{company_name}} handles bookkeeping, payroll and taxes for small businesses, with a dedicated accountant who answers in plain English.',
              cta_label: 'Book a free consultation',
              alignment: 'left',
              theme: 'light',
            },
          },
          {
            type: 'stats',
            config: {
              items: [
                { value: '480+', label: 'small businesses served' },
                { value: '22', label: 'years in practice' },
                { value: '1 day', label: 'average reply time to client questions' },
                { value: '4.9/5', label: 'from 260 client reviews' },
              ],
            },
          },
          {
            type: 'features',
            config: {
              heading: 'How we help',
              columns: 3,
              items: [
                {
                  icon: 'book',
                  title: 'Monthly bookkeeping',
                  description:
                    'Reconciled accounts and a one-page report by the 10th of every month, so you always know where you stand.',
                },
                {
                  icon: 'file-text',
                  title: 'Business and personal tax',
                  description:
                    'Returns prepared, reviewed and filed on time, with estimated payments planned so April holds no surprises.',
                },
                {
                  icon: 'users',
                  title: 'Payroll',
                  description: 'Pay your team on time, every time, with filings and year-end forms handled for you.',
                },
                {
                  icon: 'compass',
                  title: 'Advisory',
                  description:
                    'Cash-flow forecasts, pricing decisions and entity structure, talked through with someone who knows your numbers.',
                },
                {
                  icon: 'refresh',
                  title: 'Catch-up bookkeeping',
                  description: 'Months or years behind? We bring your books up to date without judgement.',
                },
                {
                  icon: 'shield',
                  title: 'Audit support',
                  description: 'If a tax notice arrives, we read it, answer it and represent you.',
                },
              ],
            },
          },
          {
            type: 'testimonials',
            config: {
              heading: 'What our clients say',
              items: [
                {
                  quote:
                    'For the first time in nine years of running the bakery, I understand my own numbers. And my accountant actually picks up the phone.',
                  author: 'Rosa Delgado',
                  role: 'Owner',
                  company: 'Panadería Rosa',
                },
                {
                  quote:
                    'They found a deduction our previous firm missed for three years and filed the amendments for us.',
                  author: 'Ethan Brooks',
                  role: 'Founder',
                  company: 'Brooks Landscaping',
                },
              ],
            },
          },
          {
            type: 'booking_form',
            config: {
              heading: 'Book a free 30-minute consultation',
              description:
                'Meet an accountant, ask anything, and get a fixed monthly quote. No obligation and no sales pitch.',
              fields: [
                { name: 'name', type: 'text', label: 'Your name', required: true, max_length: 120 },
                { name: 'email', type: 'email', label: 'Email', required: true },
                { name: 'phone', type: 'tel', label: 'Phone', max_length: 40 },
                { name: 'business_name', type: 'text', label: 'Business name', max_length: 120 },
                { name: 'date', type: 'date', label: 'Preferred date', required: true },
                {
                  name: 'time',
                  type: 'select',
                  label: 'Preferred time',
                  required: true,
                  options: ['9:00 am', '10:00 am', '11:00 am', '1:00 pm', '2:00 pm', '3:00 pm', '4:00 pm'],
                },
                {
                  name: 'topic',
                  type: 'select',
                  label: 'What would you like to discuss?',
                  required: true,
                  options: ['Bookkeeping', 'Tax return', 'Payroll', 'Starting a business', 'Catching up on my books'],
                },
              ],
              submit_label: 'Book my consultation',
              success_message:
                'Thank you! {{company_name}} will confirm your consultation by email within one business day.',
              slot_minutes: 30,
              opening_hours: 'Monday to Friday, 9 am – 5 pm. Extended hours from February to April.',
            },
          },
          ledgerlineFooter,
        ],
      },
      {
        path: '/services',
        title: 'Services and pricing',
        description: 'Fixed monthly packages for bookkeeping, payroll and tax. No hourly billing, no surprises.',
        components: [
          {
            type: 'pricing_table',
            config: {
              heading: 'Fixed monthly packages',
              subheading: 'One predictable fee, billed monthly. Includes unlimited questions by email and phone.',
              currency: 'USD',
              billing_period: 'monthly',
              plans: [
                {
                  name: 'Essentials',
                  price: '350',
                  description: 'For sole proprietors and freelancers.',
                  features: ['Monthly bookkeeping', 'Quarterly estimated taxes', 'Annual business tax return'],
                  cta_label: 'Book a consultation',
                  cta_url: 'https://ledgerline.example/book',
                },
                {
                  name: 'Growth',
                  price: '750',
                  description: 'For small companies with employees.',
                  features: [
                    'Everything in Essentials',
                    'Payroll for up to 15 people',
                    'Monthly management report',
                    'Owner’s personal tax return',
                  ],
                  cta_label: 'Book a consultation',
                  cta_url: 'https://ledgerline.example/book',
                  highlighted: true,
                },
                {
                  name: 'CFO',
                  price: '1,800',
                  description: 'For growing businesses that need a finance partner.',
                  features: [
                    'Everything in Growth',
                    'Cash-flow forecasting',
                    'Quarterly strategy meeting',
                    'Budget and KPI reviews',
                  ],
                  cta_label: 'Book a consultation',
                  cta_url: 'https://ledgerline.example/book',
                },
              ],
            },
          },
          {
            type: 'faq',
            config: {
              heading: 'Questions about working with us',
              items: [
                {
                  question: 'Can you switch us over from our current accountant?',
                  answer:
                    'Yes. With your permission we request last year’s files and returns directly, so switching takes one signature from you.',
                },
                {
                  question: 'Which software do you work with?',
                  answer:
                    'QuickBooks Online and Xero. If you use something else, we will help you move, and there is no charge for the migration.',
                },
                {
                  question: 'What if I am behind on my taxes?',
                  answer:
                    'It happens more often than you think. We will review what is outstanding, file what is missing and talk to the tax authorities on your behalf.',
                },
                {
                  question: 'Do you work with businesses outside Colorado?',
                  answer: 'Yes, we serve clients in all 50 states entirely online.',
                },
              ],
            },
          },
          {
            type: 'cta_button',
            config: {
              label: 'Get your fixed quote',
              url: 'https://ledgerline.example/book',
              style: 'primary',
              size: 'large',
            },
          },
          ledgerlineFooter,
        ],
      },
      {
        path: '/team',
        title: 'Our team',
        description: 'Meet the CPAs and bookkeepers who look after your numbers.',
        components: [
          {
            type: 'team',
            config: {
              heading: 'Your accountants',
              members: [
                {
                  name: 'Karen Whitfield, CPA',
                  role: 'Managing partner',
                  bio: 'Founded the firm in 2004 after a decade in corporate audit. Specialises in family-owned businesses and succession.',
                  photo: {
                    url: 'https://picsum.photos/seed/ledgerline-karen/400/400',
                    alt: 'Portrait of Karen Whitfield',
                  },
                },
                {
                  name: 'David Nguyen, CPA',
                  role: 'Tax partner',
                  bio: 'Handles complex returns for multi-state businesses, real-estate investors and first-time founders.',
                  photo: {
                    url: 'https://picsum.photos/seed/ledgerline-david/400/400',
                    alt: 'Portrait of David Nguyen',
                  },
                },
                {
                  name: 'Imani Carter',
                  role: 'Bookkeeping lead',
                  bio: 'Leads a team of six bookkeepers and has never missed a month-end close.',
                  photo: {
                    url: 'https://picsum.photos/seed/ledgerline-imani/400/400',
                    alt: 'Portrait of Imani Carter',
                  },
                },
              ],
            },
          },
          {
            type: 'contact_form',
            config: {
              heading: 'Send us a question',
              description: 'Not ready to book? Write to us and an accountant will reply within one business day.',
              fields: [
                { name: 'name', type: 'text', label: 'Name', required: true, max_length: 120 },
                { name: 'email', type: 'email', label: 'Email', required: true },
                { name: 'message', type: 'textarea', label: 'Your question', required: true, max_length: 2000 },
              ],
              submit_label: 'Send question',
              success_message: 'Thank you! An accountant at {{company_name}} will reply within one business day.',
            },
          },
          ledgerlineFooter,
        ],
      },
    ],
  },
  {
    slug: 'law-firm-client-intake',
    name: 'Counsel — law firm',
    category: 'professional_services',
    industry: 'Law firm and attorneys',
    tags: ['law firm', 'lawyer', 'attorney', 'legal services'],
    description:
      'A dignified, serif-styled site for a law firm or solo attorney. The home page presents practice areas, results, client testimonials and a confidential case-review intake form; a practice-areas page answers common legal questions in an FAQ, and an attorneys page profiles the lawyers.',
    defaults: {
      company_name: 'Caldwell & Reyes LLP',
      primary_color: '#1f2937',
      secondary_color: '#b45309',
      tagline: 'Straight answers. Steady representation.',
      contact_email: 'intake@caldwellreyes.example',
      phone: '+1 312 555 0160',
      address: '220 West Madison Street, Suite 1500, Chicago, IL 60606',
      social_links: { linkedin: 'https://www.linkedin.com/company/caldwell-reyes-llp' },
      font_style: 'serif',
      language: 'en',
    },
    pages: [
      {
        path: '/',
        title: 'Business and employment lawyers',
        description:
          'Employment, business disputes, real estate and estate planning. Request a confidential case review.',
        components: [
          {
            type: 'hero',
            config: {
              headline: 'Experienced counsel when the stakes are personal',
              subheadline:
                'For over 25 years, {{company_name}} has represented employees, business owners and families across Illinois, in and out of court.',
              cta_label: 'Request a confidential review',
              cta_url: 'https://caldwellreyes.example/contact',
              background_image: {
                url: 'https://picsum.photos/seed/caldwell-library/1600/900',
                alt: 'A quiet law library with shelves of bound volumes',
              },
              alignment: 'left',
              theme: 'dark',
            },
          },
          {
            type: 'features',
            config: {
              heading: 'Practice areas',
              columns: 2,
              items: [
                {
                  icon: 'briefcase',
                  title: 'Employment law',
                  description:
                    'Wrongful termination, discrimination, unpaid wages and severance negotiations, for employees and employers.',
                },
                {
                  icon: 'scale',
                  title: 'Business disputes',
                  description: 'Partnership and shareholder disputes, breach of contract and non-compete litigation.',
                },
                {
                  icon: 'home',
                  title: 'Real estate',
                  description: 'Commercial leases, closings, landlord–tenant disputes and zoning matters.',
                },
                {
                  icon: 'file',
                  title: 'Estate planning',
                  description: 'Wills, trusts, powers of attorney and probate, handled with care and discretion.',
                },
              ],
            },
          },
          {
            type: 'stats',
            config: {
              items: [
                { value: '25+', label: 'years serving Chicago' },
                { value: '1,900', label: 'clients represented' },
                { value: '$120M', label: 'recovered for our clients' },
              ],
            },
          },
          {
            type: 'testimonials',
            config: {
              heading: 'Client experiences',
              items: [
                {
                  quote:
                    'After I was let go, I did not know where to start. Ms. Reyes explained my options in one meeting and negotiated a severance I never thought possible.',
                  author: 'J. Patel',
                  role: 'Former operations manager',
                },
                {
                  quote:
                    'They resolved a shareholder dispute that threatened the company my father built, without a day in court.',
                  author: 'M. O’Connell',
                  role: 'Business owner',
                },
              ],
            },
          },
          {
            type: 'contact_form',
            config: {
              heading: 'Request a confidential case review',
              description:
                'Tell us briefly what happened. An attorney reviews every request and we respond within one business day.',
              fields: [
                { name: 'full_name', type: 'text', label: 'Full name', required: true, max_length: 120 },
                { name: 'email', type: 'email', label: 'Email', required: true },
                { name: 'phone', type: 'tel', label: 'Phone', required: true, max_length: 40 },
                {
                  name: 'practice_area',
                  type: 'select',
                  label: 'Type of matter',
                  required: true,
                  options: ['Employment', 'Business dispute', 'Real estate', 'Estate planning', 'Something else'],
                },
                {
                  name: 'summary',
                  type: 'textarea',
                  label: 'What happened?',
                  required: true,
                  max_length: 3000,
                  help_text: 'Please do not include confidential documents at this stage.',
                },
                {
                  name: 'preferred_contact',
                  type: 'select',
                  label: 'Best way to reach you',
                  options: ['Phone', 'Email'],
                },
              ],
              submit_label: 'Request review',
              success_message:
                'Thank you. An attorney at {{company_name}} will review your request and contact you within one business day. If your matter is urgent, call {{phone}}.',
              consent_text:
                'Submitting this form does not create an attorney–client relationship. Please do not send confidential information until we have confirmed that we can represent you.',
            },
          },
          caldwellFooter,
        ],
      },
      {
        path: '/practice-areas',
        title: 'Practice areas',
        description: 'How we help in employment, business, real estate and estate matters, and what to expect.',
        components: [
          {
            type: 'faq',
            config: {
              heading: 'Common questions',
              items: [
                {
                  question: 'How much does a first consultation cost?',
                  answer:
                    'Employment consultations are free. Other first consultations are a flat $250, credited toward your fees if you retain us.',
                },
                {
                  question: 'Do you work on contingency?',
                  answer:
                    'For many employment claims, yes: you pay nothing unless we recover money for you. Business and estate matters are billed hourly or at a flat fee agreed in advance.',
                },
                {
                  question: 'How long do I have to bring a claim?',
                  answer:
                    'Deadlines vary and some are as short as 180 days from the event. Contact us as soon as possible so we can check the deadlines that apply to you.',
                },
                {
                  question: 'Will my case go to trial?',
                  answer:
                    'Most of our matters settle. We prepare every case as if it will be tried, because that is what earns a fair settlement.',
                },
                {
                  question: 'Do you offer consultations in Spanish?',
                  answer: 'Yes. Two of our attorneys and our intake team speak Spanish.',
                },
              ],
            },
          },
          {
            type: 'cta_button',
            config: {
              label: 'Request a confidential review',
              url: 'https://caldwellreyes.example/contact',
              style: 'primary',
              size: 'large',
            },
          },
          caldwellFooter,
        ],
      },
      {
        path: '/attorneys',
        title: 'Our attorneys',
        description: 'The lawyers of the firm, their experience and their practice areas.',
        components: [
          {
            type: 'team',
            config: {
              heading: 'Our attorneys',
              members: [
                {
                  name: 'Elizabeth Caldwell',
                  role: 'Founding partner',
                  bio: 'Business litigator for 28 years. Represents owners in partnership and shareholder disputes across the Midwest.',
                  photo: {
                    url: 'https://picsum.photos/seed/caldwell-elizabeth/400/400',
                    alt: 'Portrait of Elizabeth Caldwell',
                  },
                  linkedin_url: 'https://www.linkedin.com/in/elizabeth-caldwell-law',
                },
                {
                  name: 'Marisol Reyes',
                  role: 'Partner',
                  bio: 'Employment lawyer and former EEOC trial attorney. Fluent in Spanish.',
                  photo: {
                    url: 'https://picsum.photos/seed/caldwell-marisol/400/400',
                    alt: 'Portrait of Marisol Reyes',
                  },
                  linkedin_url: 'https://www.linkedin.com/in/marisol-reyes-law',
                },
                {
                  name: 'Andrew Kowalski',
                  role: 'Associate',
                  bio: 'Focuses on estate planning, probate and real estate closings for families and small landlords.',
                  photo: {
                    url: 'https://picsum.photos/seed/caldwell-andrew/400/400',
                    alt: 'Portrait of Andrew Kowalski',
                  },
                },
              ],
            },
          },
          caldwellFooter,
        ],
      },
    ],
  },
  {
    slug: 'financial-planner-advisory',
    name: 'Harborview — financial planning practice',
    category: 'professional_services',
    industry: 'Fee-only financial planning and wealth advice',
    tags: ['financial planner', 'financial advisor', 'retirement', 'wealth management'],
    description:
      'A calm, reassuring site for an independent financial planner or advisory practice. The home page explains who you help, shows figures and offers a quarterly-letter signup; an approach page lays out the process, flat annual fees, the advisers and an FAQ, and a booking page schedules a free introductory call.',
    defaults: {
      company_name: 'Harborview Financial Planning',
      primary_color: '#065f46',
      secondary_color: '#d4a373',
      tagline: 'A plan you understand, from people who answer to you.',
      contact_email: 'plan@harborview.example',
      phone: '+1 207 555 0134',
      address: '45 Commercial Street, Portland, ME 04101',
      social_links: { linkedin: 'https://www.linkedin.com/company/harborview-financial-planning' },
      font_style: 'serif',
      language: 'en',
    },
    pages: [
      {
        path: '/',
        title: 'Fee-only financial planning',
        description:
          'Retirement, investment and tax planning for families and business owners, for a flat fee with no commissions.',
        components: [
          {
            type: 'hero',
            config: {
              headline: 'Know when you can retire, and what to do until then',
              subheadline:
                '{{company_name}} is a fee-only planning practice. We never sell products or earn commissions, so our only job is your plan.',
              cta_label: 'Book a free introductory call',
              cta_url: 'https://harborview.example/book',
              background_image: {
                url: 'https://picsum.photos/seed/harborview-harbor/1600/900',
                alt: 'Sailboats moored in a calm harbour at morning light',
              },
              alignment: 'center',
              theme: 'light',
            },
          },
          {
            type: 'features',
            config: {
              heading: 'Who we help',
              columns: 3,
              items: [
                {
                  icon: 'sunrise',
                  title: 'Approaching retirement',
                  description:
                    'When to stop working, when to claim Social Security and how to turn savings into a paycheck that lasts.',
                },
                {
                  icon: 'briefcase',
                  title: 'Business owners',
                  description:
                    'Retirement plans for you and your team, tax-smart ways to pay yourself and a plan for the day you sell.',
                },
                {
                  icon: 'heart',
                  title: 'Families in transition',
                  description:
                    'An inheritance, a divorce or the loss of a partner: we help you make decisions at a pace that feels right.',
                },
              ],
            },
          },
          {
            type: 'stats',
            config: {
              items: [
                { value: '0', label: 'commissions, ever' },
                { value: '160', label: 'families we plan with' },
                { value: '18 yrs', label: 'average adviser experience' },
                { value: 'CFP®', label: 'every lead adviser is certified' },
              ],
            },
          },
          {
            type: 'newsletter_signup',
            config: {
              heading: 'The Harborview quarterly letter',
              description:
                'Four times a year: what changed in tax rules and markets, and what it means for an ordinary family’s plan. No predictions, no product pitches.',
              fields: [
                { name: 'first_name', type: 'text', label: 'First name', max_length: 80 },
                { name: 'email', type: 'email', label: 'Email', required: true },
              ],
              submit_label: 'Get the letter',
              success_message: 'Thank you. Your first quarterly letter from {{company_name}} will arrive next quarter.',
              consent_text:
                'Four emails a year. We never share your address. The letter is general education, not individual advice.',
            },
          },
          harborviewFooter,
        ],
      },
      {
        path: '/approach',
        title: 'Our approach and fees',
        description: 'How planning works with us, what it costs and who you will work with.',
        components: [
          {
            type: 'features',
            config: {
              heading: 'How planning works',
              columns: 3,
              items: [
                {
                  title: '1. Discovery',
                  description:
                    'A relaxed conversation about what matters to you, then we gather your accounts, policies and tax returns.',
                },
                {
                  title: '2. Your plan',
                  description:
                    'Within four weeks you receive a written plan: retirement, investments, tax, insurance and estate, with clear next steps.',
                },
                {
                  title: '3. Ongoing partnership',
                  description:
                    'We meet twice a year, manage your investments if you wish and are a phone call away in between.',
                },
              ],
            },
          },
          {
            type: 'pricing_table',
            config: {
              heading: 'Flat, transparent fees',
              subheading: 'Fees are the same whatever you invest, billed quarterly. No commissions, no hidden costs.',
              currency: 'USD',
              billing_period: 'yearly',
              plans: [
                {
                  name: 'Planning',
                  price: '3,600',
                  description: 'A full financial plan, reviewed twice a year.',
                  features: ['Comprehensive written plan', 'Two review meetings a year', 'Tax return review'],
                  cta_label: 'Book an intro call',
                  cta_url: 'https://harborview.example/book',
                },
                {
                  name: 'Planning & investments',
                  price: '7,200',
                  description: 'Your plan, plus management of your investment accounts.',
                  features: [
                    'Everything in Planning',
                    'Low-cost index portfolios',
                    'Tax-loss harvesting',
                    'Retirement income strategy',
                  ],
                  cta_label: 'Book an intro call',
                  cta_url: 'https://harborview.example/book',
                  highlighted: true,
                },
              ],
            },
          },
          {
            type: 'team',
            config: {
              heading: 'Your advisers',
              members: [
                {
                  name: 'Catherine Doyle, CFP®',
                  role: 'Founder and lead adviser',
                  bio: 'Twenty years in planning; started Harborview to give families advice with no sales attached.',
                },
                {
                  name: 'Michael Asante, CFP®, EA',
                  role: 'Adviser and tax specialist',
                  bio: 'Enrolled agent who focuses on retirement income and tax planning for business owners.',
                },
              ],
            },
          },
          {
            type: 'faq',
            config: {
              heading: 'Questions about working with us',
              items: [
                {
                  question: 'What does fee-only mean?',
                  answer:
                    'We are paid only by you. We do not receive commissions, referral fees or bonuses from any fund or insurance company.',
                },
                {
                  question: 'Is there a minimum amount of assets?',
                  answer:
                    'No. Our fees are flat, so we work with families who are still building savings as well as those preparing to retire.',
                },
                {
                  question: 'Where is my money held?',
                  answer:
                    'In accounts in your own name at an independent custodian. We can manage them on your behalf, but we can never withdraw money for ourselves.',
                },
              ],
            },
          },
          harborviewFooter,
        ],
      },
      {
        path: '/book',
        title: 'Book an introductory call',
        description: 'A free 30-minute call to see whether we are the right fit. No preparation needed.',
        components: [
          {
            type: 'booking_form',
            config: {
              heading: 'Book a free introductory call',
              description: 'Thirty minutes, by phone or video. Bring your questions; no documents needed yet.',
              fields: [
                { name: 'name', type: 'text', label: 'Name', required: true, max_length: 120 },
                { name: 'email', type: 'email', label: 'Email', required: true },
                { name: 'phone', type: 'tel', label: 'Phone', max_length: 40 },
                { name: 'date', type: 'date', label: 'Preferred date', required: true },
                {
                  name: 'time',
                  type: 'select',
                  label: 'Preferred time (Eastern)',
                  required: true,
                  options: ['9:00 am', '10:30 am', '12:00 pm', '2:00 pm', '3:30 pm'],
                },
                {
                  name: 'topic',
                  type: 'select',
                  label: 'Main reason for the call',
                  options: ['Retirement planning', 'Investments', 'Business owner planning', 'Life change', 'Other'],
                },
                { name: 'notes', type: 'textarea', label: 'Anything you would like us to know?', max_length: 1500 },
              ],
              submit_label: 'Request my call',
              success_message:
                'Thank you. {{company_name}} will confirm your call by email within one business day. You can also reach us at {{phone}}.',
              consent_text: 'We keep your details confidential and use them only to arrange this call.',
              slot_minutes: 30,
              opening_hours: 'Monday to Thursday, 9 am – 4 pm Eastern',
            },
          },
          harborviewFooter,
        ],
      },
    ],
  },
];
