import type { TemplateSeed } from '../template-seed';

export const REAL_ESTATE_TEMPLATES: TemplateSeed[] = [
  {
    slug: 'real-estate-residential-agency',
    name: 'Keystone — residential estate agency',
    category: 'real_estate',
    industry: 'Residential real estate agency',
    tags: ['real estate', 'homes for sale', 'listings', 'agents', 'realtor'],
    description:
      'A polished website for a residential real estate agency or independent realtor. The home page shows featured homes, market figures, client reviews and a buyer enquiry form with budget ranges; the listings page books viewings, and the agents page introduces your team with photos and bios.',
    defaults: {
      company_name: 'Keystone Realty',
      primary_color: '#1e3a5f',
      secondary_color: '#c8a96a',
      tagline: 'Local agents. Honest advice. Homes that fit.',
      contact_email: 'hello@keystonerealty.example',
      phone: '+1 919 555 0186',
      address: '210 Fayetteville Street, Suite 400, Raleigh, NC 27601',
      social_links: {
        facebook: 'https://www.facebook.com/keystonerealtyraleigh',
        instagram: 'https://www.instagram.com/keystonerealty',
      },
      font_style: 'sans',
      language: 'en',
    },
    pages: [
      {
        path: '/',
        title: 'Home',
        description: 'Buy or sell your home in Raleigh and the Triangle with a local, independent agency.',
        components: [
          {
            type: 'hero',
            config: {
              headline: 'Find your place in the Triangle',
              subheadline:
                '{{company_name}} has helped more than 1,800 families buy and sell across Raleigh, Durham and Chapel Hill. {{tagline}}',
              cta_label: 'Browse homes for sale',
              cta_url: 'https://keystonerealty.example/listings',
              background_image: {
                url: 'https://picsum.photos/seed/keystone-porch/1920/1080',
                alt: 'A brick family home with a wide front porch at sunset',
              },
              alignment: 'left',
              theme: 'dark',
            },
          },
          {
            type: 'stats',
            config: {
              items: [
                { value: '$640M', label: 'in homes sold since 2012' },
                { value: '18', label: 'average days on market' },
                { value: '101%', label: 'of asking price, on average' },
                { value: '4.9/5', label: 'from 520 client reviews' },
              ],
            },
          },
          {
            type: 'gallery',
            config: {
              heading: 'Featured homes',
              layout: 'grid',
              columns: 3,
              images: [
                {
                  url: 'https://picsum.photos/seed/keystone-oakwood/800/600',
                  alt: 'A restored craftsman bungalow with a green front door',
                  caption: 'Oakwood · 3 bed · 2 bath · $589,000',
                },
                {
                  url: 'https://picsum.photos/seed/keystone-northhills/800/600',
                  alt: 'A modern two-storey home with a large lawn',
                  caption: 'North Hills · 4 bed · 3.5 bath · $825,000',
                },
                {
                  url: 'https://picsum.photos/seed/keystone-glenwood/800/600',
                  alt: 'A bright downtown condo living room with floor-to-ceiling windows',
                  caption: 'Glenwood South condo · 2 bed · 2 bath · $415,000',
                },
              ],
            },
          },
          {
            type: 'testimonials',
            config: {
              heading: 'Clients who found home',
              items: [
                {
                  quote:
                    'We were relocating from Chicago sight unseen. Keystone toured homes for us on video and negotiated $20,000 off the price.',
                  author: 'Hannah and Ben Morales',
                  role: 'Bought in Cary',
                },
                {
                  quote: 'Our house sold in six days, above asking, and they handled every detail of the move.',
                  author: 'Gloria Simmons',
                  role: 'Sold in Five Points',
                },
              ],
            },
          },
          {
            type: 'contact_form',
            config: {
              heading: 'Tell us what you are looking for',
              description: 'An agent who knows the neighborhoods will send you matching homes, often before they list.',
              fields: [
                { name: 'name', type: 'text', label: 'Name', required: true, max_length: 120 },
                { name: 'email', type: 'email', label: 'Email', required: true },
                { name: 'phone', type: 'tel', label: 'Phone', max_length: 40 },
                {
                  name: 'intent',
                  type: 'select',
                  label: 'I want to',
                  required: true,
                  options: ['Buy a home', 'Sell my home', 'Buy and sell', 'Just exploring'],
                },
                {
                  name: 'budget',
                  type: 'select',
                  label: 'Budget',
                  options: [
                    'Under $350,000',
                    '$350,000–$500,000',
                    '$500,000–$750,000',
                    '$750,000–$1,000,000',
                    'Over $1,000,000',
                  ],
                },
                {
                  name: 'bedrooms',
                  type: 'select',
                  label: 'Bedrooms',
                  options: ['1+', '2+', '3+', '4+', '5+'],
                },
                {
                  name: 'message',
                  type: 'textarea',
                  label: 'Neighborhoods, schools or must-haves',
                  max_length: 2000,
                },
              ],
              submit_label: 'Find my home',
              success_message:
                'Thanks! A {{company_name}} agent will call or email you within one business day with homes that match.',
            },
          },
          {
            type: 'footer',
            config: {
              company_name: '{{company_name}}',
              tagline: '{{tagline}}',
              address: '{{address}}',
              email: '{{contact_email}}',
              phone: '{{phone}}',
              links: [
                { label: 'Homes for sale', url: 'https://keystonerealty.example/listings' },
                { label: 'Fair housing', url: 'https://keystonerealty.example/fair-housing' },
                { label: 'Privacy', url: 'https://keystonerealty.example/privacy' },
              ],
              social: [
                { network: 'facebook', url: 'https://www.facebook.com/keystonerealtyraleigh' },
                { network: 'instagram', url: 'https://www.instagram.com/keystonerealty' },
              ],
              copyright: '© 2026 {{company_name}}. Licensed real estate brokerage in North Carolina.',
            },
          },
        ],
      },
      {
        path: '/listings',
        title: 'Listings',
        description: 'Homes for sale now, and how to book a viewing.',
        components: [
          {
            type: 'gallery',
            config: {
              heading: 'Homes for sale',
              layout: 'grid',
              columns: 2,
              images: [
                {
                  url: 'https://picsum.photos/seed/keystone-listing-hayes/1000/700',
                  alt: 'A white farmhouse with black shutters and a wraparound porch',
                  caption: 'Hayes Barton · 5 bed · 4 bath · 3,900 sq ft · $1,295,000',
                },
                {
                  url: 'https://picsum.photos/seed/keystone-listing-boylan/1000/700',
                  alt: 'A Victorian home painted sage green with a turret',
                  caption: 'Boylan Heights · 3 bed · 2 bath · 1,850 sq ft · $675,000',
                },
                {
                  url: 'https://picsum.photos/seed/keystone-listing-wakeforest/1000/700',
                  alt: 'A new-build home with a two-car garage on a quiet cul-de-sac',
                  caption: 'Wake Forest · 4 bed · 3 bath · 2,600 sq ft · $529,000',
                },
                {
                  url: 'https://picsum.photos/seed/keystone-listing-townhome/1000/700',
                  alt: 'A row of modern brick townhomes with roof terraces',
                  caption: 'Downtown Durham townhome · 2 bed · 2.5 bath · $449,000',
                },
              ],
            },
          },
          {
            type: 'booking_form',
            config: {
              heading: 'Book a viewing',
              description: 'Pick a home and a time. Your agent meets you at the door, or tours it with you on video.',
              fields: [
                { name: 'name', type: 'text', label: 'Name', required: true, max_length: 120 },
                { name: 'email', type: 'email', label: 'Email', required: true },
                { name: 'phone', type: 'tel', label: 'Phone', required: true, max_length: 40 },
                {
                  name: 'property',
                  type: 'select',
                  label: 'Home',
                  required: true,
                  options: [
                    'Hayes Barton · $1,295,000',
                    'Boylan Heights · $675,000',
                    'Wake Forest · $529,000',
                    'Downtown Durham townhome · $449,000',
                  ],
                },
                { name: 'date', type: 'date', label: 'Preferred date', required: true },
                { name: 'time', type: 'time', label: 'Preferred time', required: true },
                {
                  name: 'tour_type',
                  type: 'select',
                  label: 'Tour type',
                  options: ['In person', 'Live video tour'],
                },
                {
                  name: 'preapproved',
                  type: 'checkbox',
                  label: 'I already have a mortgage pre-approval',
                },
              ],
              submit_label: 'Request viewing',
              success_message:
                'Viewing requested! Your agent will confirm the time by text or email. Questions? Call {{phone}}.',
              slot_minutes: 30,
              opening_hours: 'Viewings seven days a week, 09:00–19:00.',
            },
          },
          {
            type: 'footer',
            config: {
              company_name: '{{company_name}}',
              address: '{{address}}',
              email: '{{contact_email}}',
              phone: '{{phone}}',
              copyright: '© 2026 {{company_name}}',
            },
          },
        ],
      },
      {
        path: '/agents',
        title: 'Our agents',
        description: 'Meet the agents who will help you buy or sell.',
        components: [
          {
            type: 'team',
            config: {
              heading: 'Meet your agents',
              members: [
                {
                  name: 'Denise Whitlock',
                  role: 'Broker-in-charge',
                  bio: 'Denise founded Keystone in 2012 after a decade in mortgage lending. She knows how deals fall apart, and how to save them.',
                  photo: {
                    url: 'https://picsum.photos/seed/keystone-denise/400/400',
                    alt: 'Portrait of Denise Whitlock',
                  },
                  linkedin_url: 'https://www.linkedin.com/in/denise-whitlock-keystone',
                },
                {
                  name: 'Marcus Greene',
                  role: 'Buyer’s agent, Raleigh and Cary',
                  bio: 'Marcus specialises in first-time buyers and relocations, and has toured more than 2,000 homes.',
                  photo: {
                    url: 'https://picsum.photos/seed/keystone-marcus/400/400',
                    alt: 'Portrait of Marcus Greene',
                  },
                },
                {
                  name: 'Ana Ruiz',
                  role: 'Listing agent, Durham and Chapel Hill',
                  bio: 'Ana prices homes with care, stages them with flair and speaks English and Spanish.',
                  photo: { url: 'https://picsum.photos/seed/keystone-ana/400/400', alt: 'Portrait of Ana Ruiz' },
                },
              ],
            },
          },
          {
            type: 'cta_button',
            config: {
              label: 'Get a free home valuation',
              url: 'https://keystonerealty.example/valuation',
              style: 'primary',
              size: 'large',
            },
          },
          {
            type: 'footer',
            config: {
              company_name: '{{company_name}}',
              address: '{{address}}',
              email: '{{contact_email}}',
              phone: '{{phone}}',
              copyright: '© 2026 {{company_name}}',
            },
          },
        ],
      },
    ],
  },
  {
    slug: 'real-estate-new-development',
    name: 'Foundry Lofts — new development',
    category: 'real_estate',
    industry: 'New-build residential development',
    tags: ['new development', 'apartments', 'off-plan', 'floor plans', 'condos'],
    description:
      'A launch website for a new apartment building, condo development or off-plan project. The home page presents the building, its amenities and key figures with a priority-list signup; a residences page compares floor plans and starting prices, and a visit page books appointments at the sales gallery.',
    defaults: {
      company_name: 'Foundry Lofts',
      primary_color: '#292524',
      secondary_color: '#b45309',
      tagline: 'Industrial heritage. Modern living. Canal-side.',
      contact_email: 'sales@foundrylofts.example',
      phone: '+44 161 496 0742',
      address: 'Sales gallery, 2 Foundry Wharf, Ancoats, Manchester M4 6EE, United Kingdom',
      social_links: { instagram: 'https://www.instagram.com/foundrylofts' },
      font_style: 'mono',
      language: 'en',
    },
    pages: [
      {
        path: '/',
        title: 'Home',
        description: '142 loft apartments in a restored 1890s iron foundry beside the canal in Ancoats, Manchester.',
        components: [
          {
            type: 'hero',
            config: {
              headline: '142 loft apartments in a restored Victorian foundry',
              subheadline:
                'Four-metre ceilings, original brick and steel, and a private canal-side garden. Completion spring 2027. {{tagline}}',
              cta_label: 'Join the priority list',
              cta_url: 'https://foundrylofts.example/#priority',
              background_image: {
                url: 'https://picsum.photos/seed/foundry-lofts-exterior/1920/1080',
                alt: 'A red-brick industrial building with large arched windows beside a canal',
              },
              alignment: 'left',
              theme: 'dark',
            },
          },
          {
            type: 'stats',
            config: {
              items: [
                { value: '142', label: 'apartments, studios to penthouses' },
                { value: '4 m', label: 'ceiling heights in the heritage wing' },
                { value: 'EPC B', label: 'with air-source heat pumps' },
                { value: '6 min', label: 'walk to Manchester Piccadilly' },
              ],
            },
          },
          {
            type: 'features',
            config: {
              heading: 'Life at the Foundry',
              columns: 3,
              items: [
                {
                  icon: 'tree',
                  title: 'Canal-side garden',
                  description: 'A landscaped private garden with a jetty, barbecue terrace and space for the dog.',
                },
                {
                  icon: 'dumbbell',
                  title: 'Residents’ gym and studio',
                  description: 'A 24-hour gym and a studio for yoga and classes, in the old casting hall.',
                },
                {
                  icon: 'laptop',
                  title: 'Co-working lounge',
                  description: 'Bookable desks, meeting rooms and fibre broadband in every home from day one.',
                },
                {
                  icon: 'bike',
                  title: 'Secure bike store',
                  description: 'Space for 200 bikes with a repair station, plus EV charging in the basement.',
                },
                {
                  icon: 'key',
                  title: 'Concierge',
                  description: 'A friendly face at the front desk seven days a week, and a parcel room.',
                },
                {
                  icon: 'sun',
                  title: 'Roof terrace',
                  description: 'City-skyline views from a shared terrace on the ninth floor of the new wing.',
                },
              ],
            },
          },
          {
            type: 'gallery',
            config: {
              heading: 'Inside the show apartment',
              layout: 'carousel',
              images: [
                {
                  url: 'https://picsum.photos/seed/foundry-lofts-living/1200/800',
                  alt: 'An open-plan loft living room with exposed brick and steel beams',
                },
                {
                  url: 'https://picsum.photos/seed/foundry-lofts-kitchen/1200/800',
                  alt: 'A dark kitchen with oak worktops and pendant lights',
                },
                {
                  url: 'https://picsum.photos/seed/foundry-lofts-bedroom/1200/800',
                  alt: 'A mezzanine bedroom overlooking the living space',
                },
              ],
            },
          },
          {
            type: 'newsletter_signup',
            config: {
              heading: 'Join the priority list',
              description:
                'Priority registrants see floor plans and prices first, and choose before public release in the next phase.',
              fields: [
                { name: 'full_name', type: 'text', label: 'Full name', required: true, max_length: 120 },
                { name: 'email', type: 'email', label: 'Email', required: true },
                {
                  name: 'apartment_type',
                  type: 'select',
                  label: 'Interested in',
                  options: ['Studio', 'One bedroom', 'Two bedrooms', 'Penthouse'],
                },
                {
                  name: 'buyer_type',
                  type: 'select',
                  label: 'I am buying as',
                  options: ['Home buyer', 'First-time buyer', 'Investor'],
                },
              ],
              submit_label: 'Register my interest',
              success_message:
                'You are on the {{company_name}} priority list. We will email you before the next release of apartments.',
              consent_text:
                'We will email you about this development only, and never share your details. Unsubscribe at any time.',
            },
          },
          {
            type: 'footer',
            config: {
              company_name: '{{company_name}}',
              tagline: '{{tagline}}',
              address: '{{address}}',
              email: '{{contact_email}}',
              phone: '{{phone}}',
              links: [
                { label: 'Residences', url: 'https://foundrylofts.example/residences' },
                { label: 'Book a visit', url: 'https://foundrylofts.example/visit' },
              ],
              social: [{ network: 'instagram', url: 'https://www.instagram.com/foundrylofts' }],
              copyright: '© 2026 {{company_name}}. Images are computer-generated and indicative only.',
            },
          },
        ],
      },
      {
        path: '/residences',
        title: 'Residences',
        description: 'Floor plans, sizes and starting prices.',
        components: [
          {
            type: 'pricing_table',
            config: {
              heading: 'Residences and prices',
              subheading: 'Prices from, phase one. A 10% deposit secures your home, the balance due on completion.',
              currency: 'GBP',
              billing_period: 'one_time',
              plans: [
                {
                  name: 'Studio loft',
                  price: '189,950',
                  description: '42 m² with a sleeping mezzanine.',
                  features: ['Heritage wing', 'Oak floors', 'Fitted wardrobes'],
                  cta_label: 'Download floor plan',
                  cta_url: 'https://foundrylofts.example/plans/studio',
                },
                {
                  name: 'One-bedroom loft',
                  price: '249,950',
                  description: '58 m² with a Juliet balcony.',
                  features: ['Heritage or new wing', 'Walk-in shower', 'Canal views available'],
                  cta_label: 'Download floor plan',
                  cta_url: 'https://foundrylofts.example/plans/one-bed',
                  highlighted: true,
                },
                {
                  name: 'Two-bedroom loft',
                  price: '339,950',
                  description: '82 m² with two bathrooms.',
                  features: ['Private balcony', 'Utility cupboard', 'Optional parking space'],
                  cta_label: 'Download floor plan',
                  cta_url: 'https://foundrylofts.example/plans/two-bed',
                },
                {
                  name: 'Penthouse',
                  price: '595,000',
                  description: '128 m² over two floors.',
                  features: ['Private roof terrace', 'Skyline and canal views', 'Parking space included'],
                  cta_label: 'Enquire',
                  cta_url: 'https://foundrylofts.example/visit',
                },
              ],
            },
          },
          {
            type: 'faq',
            config: {
              heading: 'Buying off-plan',
              items: [
                {
                  question: 'When will the apartments be ready?',
                  answer:
                    'The heritage wing completes in spring 2027 and the new wing in autumn 2027. We update buyers every month.',
                },
                {
                  question: 'Is there a warranty?',
                  answer:
                    'Every home comes with a 10-year new-build warranty and a two-year developer snagging promise.',
                },
                {
                  question: 'What are the service charges?',
                  answer:
                    'An estimated £2.10 per square foot per year, covering the concierge, gardens, gym and building insurance.',
                },
                {
                  question: 'Is the lease long?',
                  answer: 'All apartments are sold on a 999-year lease with a peppercorn ground rent.',
                },
              ],
            },
          },
          {
            type: 'footer',
            config: {
              company_name: '{{company_name}}',
              email: '{{contact_email}}',
              phone: '{{phone}}',
              copyright: '© 2026 {{company_name}}. Prices correct at time of publication.',
            },
          },
        ],
      },
      {
        path: '/visit',
        title: 'Book a visit',
        description: 'Book an appointment at the sales gallery and show apartment.',
        components: [
          {
            type: 'booking_form',
            config: {
              heading: 'Visit the sales gallery',
              description:
                'See the show apartment, the materials and the model of the whole site, with a sales consultant.',
              fields: [
                { name: 'name', type: 'text', label: 'Name', required: true, max_length: 120 },
                { name: 'email', type: 'email', label: 'Email', required: true },
                { name: 'phone', type: 'tel', label: 'Phone', max_length: 40 },
                { name: 'date', type: 'date', label: 'Date', required: true },
                {
                  name: 'time',
                  type: 'select',
                  label: 'Time',
                  required: true,
                  options: ['10:00', '11:00', '12:00', '14:00', '15:00', '16:00', '17:00'],
                },
                {
                  name: 'position',
                  type: 'select',
                  label: 'Your position',
                  options: ['Nothing to sell', 'Property to sell', 'Sale agreed', 'Renting', 'Investor'],
                },
              ],
              submit_label: 'Book appointment',
              success_message:
                'Your visit is requested. We will confirm by email; the sales gallery is at {{address}}.',
              slot_minutes: 45,
              opening_hours: 'Thursday to Monday, 10:00–18:00. Late viewings on Thursday until 20:00.',
            },
          },
          {
            type: 'footer',
            config: {
              company_name: '{{company_name}}',
              address: '{{address}}',
              email: '{{contact_email}}',
              phone: '{{phone}}',
              copyright: '© 2026 {{company_name}}',
            },
          },
        ],
      },
    ],
  },
  {
    slug: 'real-estate-property-management',
    name: 'Harborline — property management and rentals',
    category: 'real_estate',
    industry: 'Property management and lettings',
    tags: ['property management', 'rentals', 'landlords', 'lettings', 'tenants'],
    description:
      'A practical website for a property management company or letting agent that serves both landlords and tenants. The home page sells management plans with a free rental appraisal form; the rentals page shows available homes, books viewings and answers tenants’ questions.',
    defaults: {
      company_name: 'Harborline Property Management',
      primary_color: '#0f766e',
      secondary_color: '#fbbf24',
      tagline: 'Your rental, fully managed. Your tenants, well looked after.',
      contact_email: 'team@harborline.example',
      phone: '+1 619 555 0153',
      address: '1450 India Street, San Diego, CA 92101',
      social_links: { linkedin: 'https://www.linkedin.com/company/harborline-pm' },
      font_style: 'sans',
      language: 'en',
    },
    pages: [
      {
        path: '/',
        title: 'For landlords',
        description: 'Full-service property management for San Diego landlords.',
        components: [
          {
            type: 'hero',
            config: {
              headline: 'Rental income without the 2 a.m. phone calls',
              subheadline:
                '{{company_name}} finds great tenants, collects the rent and handles every repair across San Diego County.',
              cta_label: 'Get a free rental appraisal',
              cta_url: 'https://harborline.example/#appraisal',
              alignment: 'center',
              theme: 'light',
            },
          },
          {
            type: 'features',
            config: {
              heading: 'What we take off your plate',
              columns: 2,
              items: [
                {
                  icon: 'search',
                  title: 'Tenant screening',
                  description:
                    'Credit, income, rental history and background checks, within fair-housing rules. Average vacancy: 14 days.',
                },
                {
                  icon: 'dollar',
                  title: 'Rent collection',
                  description: 'Online payments, late-fee enforcement and owner payouts by the 10th of every month.',
                },
                {
                  icon: 'wrench',
                  title: '24/7 maintenance',
                  description:
                    'A vetted network of licensed contractors, with your approval for any job over the limit you set.',
                },
                {
                  icon: 'file',
                  title: 'Clear reporting',
                  description: 'A live owner portal with statements, invoices and year-end tax documents.',
                },
              ],
            },
          },
          {
            type: 'stats',
            config: {
              items: [
                { value: '1,100', label: 'homes under management' },
                { value: '98.2%', label: 'occupancy across our portfolio' },
                { value: '14 days', label: 'average time to lease' },
              ],
            },
          },
          {
            type: 'pricing_table',
            config: {
              heading: 'Management plans',
              subheading: 'No set-up fees, no long contracts. Cancel with 30 days’ notice.',
              currency: 'USD',
              billing_period: 'monthly',
              plans: [
                {
                  name: 'Essentials',
                  price: '6% of rent',
                  description: 'For landlords who already have a tenant in place.',
                  features: ['Rent collection and payouts', 'Maintenance coordination', 'Owner portal'],
                },
                {
                  name: 'Full management',
                  price: '8% of rent',
                  description: 'Everything handled, from finding tenants to repairs.',
                  features: [
                    'Marketing, showings and tenant screening',
                    'Rent collection and 24/7 maintenance',
                    'Annual inspections with photos',
                  ],
                  highlighted: true,
                },
                {
                  name: 'Portfolio',
                  price: '7% of rent',
                  description: 'Full management for owners with five homes or more.',
                  features: [
                    'Everything in Full management',
                    'A dedicated portfolio manager',
                    'Quarterly strategy review',
                  ],
                },
              ],
            },
          },
          {
            type: 'contact_form',
            config: {
              heading: 'Get a free rental appraisal',
              description: 'Find out what your home could rent for, and what managing it would cost. No obligation.',
              fields: [
                { name: 'name', type: 'text', label: 'Name', required: true, max_length: 120 },
                { name: 'email', type: 'email', label: 'Email', required: true },
                { name: 'phone', type: 'tel', label: 'Phone', max_length: 40 },
                { name: 'property_address', type: 'text', label: 'Property address', required: true, max_length: 200 },
                {
                  name: 'property_type',
                  type: 'select',
                  label: 'Property type',
                  required: true,
                  options: ['Single-family home', 'Condo', 'Townhome', 'Duplex or multi-unit'],
                },
                {
                  name: 'current_rent',
                  type: 'select',
                  label: 'Expected monthly rent',
                  options: ['Under $2,000', '$2,000–$3,000', '$3,000–$4,500', 'Over $4,500', 'Not sure'],
                },
                { name: 'message', type: 'textarea', label: 'Anything else?', max_length: 1500 },
              ],
              submit_label: 'Request appraisal',
              success_message:
                'Thank you! A {{company_name}} manager will send your rental appraisal within two business days.',
            },
          },
          {
            type: 'footer',
            config: {
              company_name: '{{company_name}}',
              tagline: '{{tagline}}',
              address: '{{address}}',
              email: '{{contact_email}}',
              phone: '{{phone}}',
              links: [
                { label: 'Owner portal', url: 'https://harborline.example/owners' },
                { label: 'Tenant portal', url: 'https://harborline.example/tenants' },
                { label: 'Available rentals', url: 'https://harborline.example/rentals' },
              ],
              social: [{ network: 'linkedin', url: 'https://www.linkedin.com/company/harborline-pm' }],
              copyright: '© 2026 {{company_name}}. CA DRE #02187654.',
            },
          },
        ],
      },
      {
        path: '/rentals',
        title: 'Homes for rent',
        description: 'Available rental homes and how to book a viewing.',
        components: [
          {
            type: 'gallery',
            config: {
              heading: 'Available now',
              layout: 'grid',
              columns: 3,
              images: [
                {
                  url: 'https://picsum.photos/seed/harborline-northpark/800/600',
                  alt: 'A Spanish-style bungalow with a red tile roof',
                  caption: 'North Park · 2 bed · 1 bath · $3,150/mo · pets welcome',
                },
                {
                  url: 'https://picsum.photos/seed/harborline-littleitaly/800/600',
                  alt: 'A modern condo balcony overlooking the bay',
                  caption: 'Little Italy condo · 1 bed · 1 bath · $2,750/mo',
                },
                {
                  url: 'https://picsum.photos/seed/harborline-claremont/800/600',
                  alt: 'A family home with a fenced backyard and lemon tree',
                  caption: 'Clairemont · 3 bed · 2 bath · $3,900/mo · garage',
                },
              ],
            },
          },
          {
            type: 'booking_form',
            config: {
              heading: 'Schedule a viewing',
              fields: [
                { name: 'name', type: 'text', label: 'Name', required: true, max_length: 120 },
                { name: 'email', type: 'email', label: 'Email', required: true },
                { name: 'phone', type: 'tel', label: 'Phone', required: true, max_length: 40 },
                {
                  name: 'home',
                  type: 'select',
                  label: 'Home',
                  required: true,
                  options: ['North Park bungalow', 'Little Italy condo', 'Clairemont family home'],
                },
                { name: 'date', type: 'date', label: 'Preferred date', required: true },
                {
                  name: 'time',
                  type: 'select',
                  label: 'Preferred time',
                  required: true,
                  options: ['Morning', 'Lunchtime', 'Afternoon', 'Early evening'],
                },
                {
                  name: 'move_in',
                  type: 'date',
                  label: 'Ideal move-in date',
                },
                {
                  name: 'occupants',
                  type: 'number',
                  label: 'Number of occupants',
                  min: 1,
                  max: 10,
                },
              ],
              submit_label: 'Schedule viewing',
              success_message: 'Thanks! We will text you to confirm the viewing. Questions? Call {{phone}}.',
              slot_minutes: 20,
            },
          },
          {
            type: 'faq',
            config: {
              heading: 'For tenants',
              items: [
                {
                  question: 'What do I need to apply?',
                  answer:
                    'Photo ID, proof of income of about three times the monthly rent, and contact details for your last landlord. The application fee is $45 per adult.',
                },
                {
                  question: 'Are pets allowed?',
                  answer:
                    'Many of our homes welcome pets, marked in each listing. Expect a pet deposit; assistance animals are always welcome.',
                },
                {
                  question: 'How do I report a repair?',
                  answer:
                    'Through the tenant portal, any time. Emergencies such as leaks or no heat get a response within two hours, day or night.',
                },
              ],
            },
          },
          {
            type: 'footer',
            config: {
              company_name: '{{company_name}}',
              address: '{{address}}',
              email: '{{contact_email}}',
              phone: '{{phone}}',
              copyright: '© 2026 {{company_name}}. Equal housing opportunity.',
            },
          },
        ],
      },
    ],
  },
];
