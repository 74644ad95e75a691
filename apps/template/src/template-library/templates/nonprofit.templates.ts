import type { TemplateSeed } from '../template-seed';

export const NONPROFIT_TEMPLATES: TemplateSeed[] = [
  {
    slug: 'nonprofit-clean-water-charity',
    name: 'Wellspring — international charity',
    category: 'nonprofit',
    industry: 'International development charity',
    tags: ['charity', 'donations', 'clean water', 'impact', 'fundraising'],
    description:
      'A trustworthy website for an international charity or NGO. The home page tells the story with impact figures, programmes, voices from the communities you serve and a newsletter signup; a donate page offers monthly giving tiers and answers donors’ questions, and an about page introduces the team.',
    defaults: {
      company_name: 'Wellspring Water Trust',
      primary_color: '#0e7490',
      secondary_color: '#facc15',
      tagline: 'Safe water, close to home, for every family.',
      contact_email: 'supporters@wellspring.example',
      phone: '+44 20 7946 0815',
      address: '3 Canal Side Studios, 9 Regent’s Wharf, London N1 9RL, United Kingdom',
      social_links: {
        instagram: 'https://www.instagram.com/wellspringwater',
        linkedin: 'https://www.linkedin.com/company/wellspring-water-trust',
      },
      font_style: 'sans',
      language: 'en',
    },
    pages: [
      {
        path: '/',
        title: 'Home',
        description: 'We build wells, rainwater systems and sanitation with rural communities in East Africa.',
        components: [
          {
            type: 'hero',
            config: {
              headline: '{{tagline}}',
              subheadline:
                'Since 2011, {{company_name}} has worked with rural communities in Uganda and Malawi to build water points they own, run and repair themselves.',
              cta_label: 'Give monthly',
              cta_url: 'https://wellspring.example/donate',
              background_image: {
                url: 'https://picsum.photos/seed/wellspring-village-pump/1920/1080',
                alt: 'Children filling yellow jerrycans at a hand pump in a village',
              },
              alignment: 'left',
              theme: 'dark',
            },
          },
          {
            type: 'stats',
            config: {
              heading: 'Our impact so far',
              items: [
                { value: '1,240', label: 'water points built and still working' },
                { value: '410,000', label: 'people with safe water within 500 metres' },
                { value: '93%', label: 'of water points working five years on' },
                { value: '87p', label: 'of every £1 spent directly on programmes' },
              ],
            },
          },
          {
            type: 'features',
            config: {
              heading: 'What we do',
              subheading: 'Water is only the start. We stay for five years so that every project keeps working.',
              columns: 3,
              items: [
                {
                  icon: 'droplet',
                  title: 'Boreholes and wells',
                  description:
                    'We drill where geologists and village committees agree, and train local mechanics to keep every pump running.',
                },
                {
                  icon: 'school',
                  title: 'Water for schools',
                  description:
                    'Rainwater tanks and handwashing stations mean children, especially girls, stop missing lessons to fetch water.',
                },
                {
                  icon: 'heart',
                  title: 'Sanitation and hygiene',
                  description:
                    'Community health volunteers lead hygiene training that cuts diarrhoeal illness in the first year.',
                },
              ],
            },
          },
          {
            type: 'testimonials',
            config: {
              heading: 'In their own words',
              items: [
                {
                  quote:
                    'I used to walk two hours each morning for dirty water. Now the pump is next to the school, and my daughters are in class on time.',
                  author: 'Grace Nakato',
                  role: 'Water committee treasurer',
                  company: 'Kasese District, Uganda',
                },
                {
                  quote:
                    'When the pump broke, we did not wait for anyone. We had the tools, the savings and the training to fix it in a day.',
                  author: 'Chikondi Banda',
                  role: 'Pump mechanic',
                  company: 'Zomba, Malawi',
                },
              ],
            },
          },
          {
            type: 'newsletter_signup',
            config: {
              heading: 'See where your support goes',
              description:
                'A short update each month from the field: new wells, the people behind them, and honest numbers.',
              fields: [
                { name: 'first_name', type: 'text', label: 'First name', max_length: 80 },
                { name: 'email', type: 'email', label: 'Email', required: true, placeholder: 'you@example.com' },
              ],
              submit_label: 'Get field updates',
              success_message: 'Thank you for joining us. Your first update from {{company_name}} arrives next month.',
              consent_text:
                'One email a month, plus the occasional urgent appeal. We never sell or swap your details. Unsubscribe anytime.',
            },
          },
          {
            type: 'footer',
            config: {
              company_name: '{{company_name}}',
              tagline: 'Registered charity in England and Wales no. 1149207',
              address: '{{address}}',
              email: '{{contact_email}}',
              phone: '{{phone}}',
              links: [
                { label: 'Annual report', url: 'https://wellspring.example/annual-report' },
                { label: 'Privacy', url: 'https://wellspring.example/privacy' },
              ],
              social: [
                { network: 'instagram', url: 'https://www.instagram.com/wellspringwater' },
                { network: 'linkedin', url: 'https://www.linkedin.com/company/wellspring-water-trust' },
              ],
              copyright: '© 2026 {{company_name}}',
            },
          },
        ],
      },
      {
        path: '/donate',
        title: 'Donate',
        description: 'Give monthly or once to bring safe water to a community.',
        components: [
          {
            type: 'pricing_table',
            config: {
              heading: 'Give monthly, change a village',
              subheading:
                'Regular gifts let us plan five years ahead and keep every water point working. Cancel at any time.',
              currency: 'GBP',
              billing_period: 'monthly',
              plans: [
                {
                  name: 'Drop',
                  price: '8',
                  description: 'Trains a community health volunteer for a month.',
                  features: ['Monthly field updates', 'Annual impact report'],
                  cta_label: 'Give £8 a month',
                  cta_url: 'https://wellspring.example/donate/8',
                },
                {
                  name: 'Stream',
                  price: '20',
                  description: 'Keeps a hand pump repaired and running for a whole village.',
                  features: [
                    'Monthly field updates',
                    'Photos from the water point you support',
                    'Annual impact report',
                  ],
                  cta_label: 'Give £20 a month',
                  cta_url: 'https://wellspring.example/donate/20',
                  highlighted: true,
                },
                {
                  name: 'River',
                  price: '50',
                  description: 'Brings rainwater harvesting to a primary school within a year.',
                  features: [
                    'Everything in Stream',
                    'An invitation to our annual supporters’ evening',
                    'A call with our programme team',
                  ],
                  cta_label: 'Give £50 a month',
                  cta_url: 'https://wellspring.example/donate/50',
                },
              ],
            },
          },
          {
            type: 'cta_button',
            config: {
              label: 'Make a one-off gift',
              url: 'https://wellspring.example/donate/once',
              style: 'outline',
              size: 'medium',
            },
          },
          {
            type: 'faq',
            config: {
              heading: 'Questions about giving',
              items: [
                {
                  question: 'Can I add Gift Aid?',
                  answer:
                    'Yes. If you are a UK taxpayer, tick the Gift Aid box at checkout and we can claim an extra 25p for every £1 you give.',
                },
                {
                  question: 'How much of my gift reaches communities?',
                  answer:
                    '87p of every £1 goes directly to programmes. The rest funds fundraising and the audits that keep us accountable.',
                },
                {
                  question: 'Can I change or cancel my monthly gift?',
                  answer: 'Of course. Email or call us, or use the link in any of our emails. No questions asked.',
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
              copyright: '© 2026 {{company_name}}',
            },
          },
        ],
      },
      {
        path: '/about',
        title: 'About us',
        description: 'The people behind the charity and how we work.',
        components: [
          {
            type: 'team',
            config: {
              heading: 'Our team',
              members: [
                {
                  name: 'Esther Mwangi',
                  role: 'Chief Executive',
                  bio: 'Esther spent fifteen years building rural water programmes across East Africa before joining in 2019.',
                  photo: {
                    url: 'https://picsum.photos/seed/wellspring-esther/400/400',
                    alt: 'Portrait of Esther Mwangi',
                  },
                },
                {
                  name: 'Joseph Okello',
                  role: 'Uganda Programme Director',
                  bio: 'A hydrogeologist by training, Joseph leads our teams of drillers, mechanics and health volunteers in Kasese.',
                },
                {
                  name: 'Hannah Price',
                  role: 'Head of Supporter Care',
                  bio: 'Hannah makes sure every supporter gets a real answer from a real person, usually the same day.',
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
              copyright: '© 2026 {{company_name}}',
            },
          },
        ],
      },
    ],
  },
  {
    slug: 'nonprofit-animal-rescue',
    name: 'Second Chance — animal rescue',
    category: 'nonprofit',
    industry: 'Animal shelter and rescue',
    tags: ['animal rescue', 'adoption', 'shelter', 'pets', 'donations'],
    description:
      'A friendly website for an animal shelter or rescue. Visitors meet adoptable dogs and cats in a photo gallery, read adopters’ stories and join the newsletter; the adopt page explains the process and takes adoption enquiries, and the donate page offers one-off gifts matched to real costs.',
    defaults: {
      company_name: 'Second Chance Animal Rescue',
      primary_color: '#ea580c',
      secondary_color: '#14532d',
      tagline: 'Every animal deserves a second chance.',
      contact_email: 'adopt@secondchance.example',
      phone: '+1 512 555 0190',
      address: '4800 Mill Creek Road, Austin, TX 78745',
      social_links: {
        instagram: 'https://www.instagram.com/secondchancerescue',
        facebook: 'https://www.facebook.com/secondchancerescue',
      },
      font_style: 'rounded',
      language: 'en',
    },
    pages: [
      {
        path: '/',
        title: 'Home',
        description: 'Adopt, foster or donate: a no-kill dog and cat rescue in Austin, Texas.',
        components: [
          {
            type: 'hero',
            config: {
              headline: 'Your new best friend is waiting',
              subheadline:
                '{{company_name}} is a no-kill rescue finding loving homes for dogs and cats across Central Texas. {{tagline}}',
              cta_label: 'Meet our animals',
              cta_url: 'https://secondchance.example/adopt',
              background_image: {
                url: 'https://picsum.photos/seed/secondchance-dog/1920/1080',
                alt: 'A happy mixed-breed dog resting its head on a volunteer’s lap',
              },
              alignment: 'center',
              theme: 'light',
            },
          },
          {
            type: 'gallery',
            config: {
              heading: 'Looking for a home this week',
              layout: 'grid',
              columns: 3,
              images: [
                {
                  url: 'https://picsum.photos/seed/secondchance-biscuit/600/600',
                  alt: 'Biscuit, a tan terrier mix, sitting in the grass',
                  caption: 'Biscuit · 3 years · loves car rides and everyone he meets',
                },
                {
                  url: 'https://picsum.photos/seed/secondchance-luna/600/600',
                  alt: 'Luna, a grey tabby cat, curled up on a blanket',
                  caption: 'Luna · 7 years · a calm lap cat for a quiet home',
                },
                {
                  url: 'https://picsum.photos/seed/secondchance-rocket/600/600',
                  alt: 'Rocket, a young black Labrador, running with a ball',
                  caption: 'Rocket · 10 months · needs an active family and a yard',
                },
              ],
            },
          },
          {
            type: 'stats',
            config: {
              items: [
                { value: '2,300+', label: 'animals adopted since 2016' },
                { value: '180', label: 'foster homes in our network' },
                { value: '98%', label: 'live-release rate last year' },
              ],
            },
          },
          {
            type: 'testimonials',
            config: {
              heading: 'Happy tails',
              items: [
                {
                  quote:
                    'Pepper was so shy at the shelter. The team told us exactly what to expect, and a month later she sleeps on our bed every night.',
                  author: 'Dana and Luis Ortega',
                  role: 'Adopted Pepper in 2025',
                },
                {
                  quote:
                    'Fostering kittens through Second Chance is the most rewarding thing I do. They provide everything, I provide the cuddles.',
                  author: 'Megan Lee',
                  role: 'Foster volunteer',
                },
              ],
            },
          },
          {
            type: 'newsletter_signup',
            config: {
              heading: 'New arrivals, every Friday',
              description: 'Meet the animals who just arrived, hear adoption success stories and learn about events.',
              fields: [
                { name: 'email', type: 'email', label: 'Email', required: true, placeholder: 'you@example.com' },
              ],
              submit_label: 'Send me the updates',
              success_message: 'Woof! You are subscribed. Look out for Friday’s new arrivals from {{company_name}}.',
              consent_text: 'One email a week. We never share your address. Unsubscribe with one click.',
            },
          },
          {
            type: 'footer',
            config: {
              company_name: '{{company_name}}',
              tagline: 'A 501(c)(3) nonprofit. Donations are tax-deductible.',
              address: '{{address}}',
              email: '{{contact_email}}',
              phone: '{{phone}}',
              links: [
                { label: 'Adopt', url: 'https://secondchance.example/adopt' },
                { label: 'Donate', url: 'https://secondchance.example/donate' },
                { label: 'Foster', url: 'https://secondchance.example/foster' },
              ],
              social: [
                { network: 'instagram', url: 'https://www.instagram.com/secondchancerescue' },
                { network: 'facebook', url: 'https://www.facebook.com/secondchancerescue' },
              ],
              copyright: '© 2026 {{company_name}}',
            },
          },
        ],
      },
      {
        path: '/adopt',
        title: 'Adopt',
        description: 'How adoption works, what it costs, and how to apply.',
        components: [
          {
            type: 'features',
            config: {
              heading: 'How adoption works',
              columns: 4,
              items: [
                {
                  icon: '1',
                  title: 'Tell us about you',
                  description: 'Send an enquiry below. It takes five minutes and there is no commitment.',
                },
                {
                  icon: '2',
                  title: 'Meet and greet',
                  description: 'Visit the shelter or the foster home and spend time together, with resident pets too.',
                },
                {
                  icon: '3',
                  title: 'Home check',
                  description:
                    'A friendly volunteer chats with you about your home and your routine, by video or in person.',
                },
                {
                  icon: '4',
                  title: 'Welcome home',
                  description: 'Take your new friend home with food, a guide for the first weeks and our support line.',
                },
              ],
            },
          },
          {
            type: 'faq',
            config: {
              heading: 'Adoption questions',
              items: [
                {
                  question: 'What does the adoption fee cover?',
                  answer:
                    'Our fees ($150 for dogs, $90 for cats, less for seniors) include spay or neuter, vaccinations, a microchip and a vet check.',
                },
                {
                  question: 'I rent my home. Can I adopt?',
                  answer: 'Yes. We just ask for your landlord’s written permission for pets.',
                },
                {
                  question: 'What if it does not work out?',
                  answer:
                    'We always take our animals back, at any age and for any reason, so they never end up on the street.',
                },
              ],
            },
          },
          {
            type: 'contact_form',
            config: {
              heading: 'Adoption enquiry',
              description: 'Tell us a little about you and who you would like to meet. We reply within two days.',
              fields: [
                { name: 'name', type: 'text', label: 'Full name', required: true, max_length: 120 },
                { name: 'email', type: 'email', label: 'Email', required: true },
                { name: 'phone', type: 'tel', label: 'Phone', max_length: 40 },
                {
                  name: 'species',
                  type: 'select',
                  label: 'I would like to adopt a',
                  required: true,
                  options: ['Dog', 'Cat', 'Not sure yet'],
                },
                { name: 'animal_name', type: 'text', label: 'A particular animal? (name)', max_length: 80 },
                {
                  name: 'home',
                  type: 'select',
                  label: 'Your home',
                  options: ['House with yard', 'House without yard', 'Apartment'],
                },
                {
                  name: 'message',
                  type: 'textarea',
                  label: 'Tell us about your household',
                  placeholder: 'Other pets, children, your daily routine…',
                  max_length: 2000,
                },
              ],
              submit_label: 'Send enquiry',
              success_message:
                'Thank you! An adoption counsellor from {{company_name}} will be in touch within two days to arrange a meet and greet.',
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
        path: '/donate',
        title: 'Donate',
        description: 'Support the rescue with a one-off gift.',
        components: [
          {
            type: 'pricing_table',
            config: {
              heading: 'Every gift feeds, heals and rehomes',
              subheading: 'We receive no government funding. Your gift is what keeps our doors open.',
              currency: 'USD',
              billing_period: 'one_time',
              plans: [
                {
                  name: 'Full bowl',
                  price: '25',
                  description: 'Feeds a dog for two weeks.',
                  cta_label: 'Give $25',
                  cta_url: 'https://secondchance.example/donate/25',
                },
                {
                  name: 'Fresh start',
                  price: '75',
                  description: 'Vaccinates and microchips a new arrival.',
                  cta_label: 'Give $75',
                  cta_url: 'https://secondchance.example/donate/75',
                  highlighted: true,
                },
                {
                  name: 'Healing hands',
                  price: '250',
                  description: 'Pays for emergency surgery for an injured stray.',
                  cta_label: 'Give $250',
                  cta_url: 'https://secondchance.example/donate/250',
                },
              ],
            },
          },
          {
            type: 'cta_button',
            config: {
              label: 'Become a monthly sponsor',
              url: 'https://secondchance.example/donate/monthly',
              style: 'secondary',
              size: 'medium',
            },
          },
          {
            type: 'footer',
            config: {
              company_name: '{{company_name}}',
              tagline: 'A 501(c)(3) nonprofit. Donations are tax-deductible.',
              email: '{{contact_email}}',
              copyright: '© 2026 {{company_name}}',
            },
          },
        ],
      },
    ],
  },
  {
    slug: 'nonprofit-community-food-bank',
    name: 'Common Table — food bank',
    category: 'nonprofit',
    industry: 'Community food bank',
    tags: ['food bank', 'volunteer', 'community', 'donations', 'local'],
    description:
      'A practical website for a community food bank, pantry or local charity that runs on volunteers. The home page explains services and shows local impact; a volunteer page lists weekly shifts with a shift booking form, and a give page offers monthly giving and thanks community partners.',
    defaults: {
      company_name: 'Common Table Food Bank',
      primary_color: '#15803d',
      secondary_color: '#f97316',
      tagline: 'No neighbor goes hungry.',
      contact_email: 'hello@commontable.example',
      phone: '+1 614 555 0127',
      address: '725 Parsons Avenue, Columbus, OH 43206',
      social_links: { facebook: 'https://www.facebook.com/commontablecbus' },
      font_style: 'sans',
      language: 'en',
    },
    pages: [
      {
        path: '/',
        title: 'Home',
        description: 'Free groceries, hot meals and school backpacks for families in South Columbus.',
        components: [
          {
            type: 'hero',
            config: {
              headline: 'Free, fresh food for anyone who needs it',
              subheadline:
                'Our pantry is open four days a week. No paperwork, no judgement, no questions asked. {{tagline}}',
              cta_label: 'Volunteer with us',
              cta_url: 'https://commontable.example/volunteer',
              alignment: 'left',
              theme: 'light',
            },
          },
          {
            type: 'features',
            config: {
              heading: 'How we help',
              columns: 3,
              items: [
                {
                  icon: 'basket',
                  title: 'Choice pantry',
                  description:
                    'Shop our shelves like a grocery store and choose what your family will actually eat, including fresh produce and halal options.',
                },
                {
                  icon: 'soup',
                  title: 'Community supper',
                  description: 'A hot, home-cooked meal every Wednesday at 17:30. Everyone eats at the same table.',
                },
                {
                  icon: 'backpack',
                  title: 'Weekend backpacks',
                  description:
                    'Every Friday, 600 children at eight local schools take home a backpack of easy weekend meals.',
                },
              ],
            },
          },
          {
            type: 'stats',
            config: {
              heading: 'Last year, together',
              items: [
                { value: '1.2M', label: 'meals shared' },
                { value: '3,400', label: 'households served' },
                { value: '850', label: 'volunteers' },
                { value: '92¢', label: 'of every dollar goes to food' },
              ],
            },
          },
          {
            type: 'contact_form',
            config: {
              heading: 'Need help or a home delivery?',
              description:
                'Tell us what you need and we will call you back. Home deliveries are available for seniors and people with disabilities.',
              fields: [
                { name: 'name', type: 'text', label: 'Your name', required: true, max_length: 120 },
                { name: 'email', type: 'email', label: 'Email', required: true },
                { name: 'phone', type: 'tel', label: 'Phone (for a call back)', max_length: 40 },
                {
                  name: 'need',
                  type: 'select',
                  label: 'I am looking for',
                  required: true,
                  options: ['Pantry visit', 'Home delivery', 'Weekend backpacks for my child', 'Something else'],
                },
                { name: 'message', type: 'textarea', label: 'Anything we should know?', max_length: 1500 },
              ],
              submit_label: 'Ask for help',
              success_message:
                'Thank you for reaching out. Someone from {{company_name}} will contact you within one working day. You can also call {{phone}}.',
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
                { label: 'Pantry hours', url: 'https://commontable.example/hours' },
                { label: 'Volunteer', url: 'https://commontable.example/volunteer' },
              ],
              social: [{ network: 'facebook', url: 'https://www.facebook.com/commontablecbus' }],
              copyright: '© 2026 {{company_name}}',
            },
          },
        ],
      },
      {
        path: '/volunteer',
        title: 'Volunteer',
        description: 'Weekly volunteer shifts for individuals, families and groups.',
        components: [
          {
            type: 'schedule',
            config: {
              heading: 'Weekly volunteer shifts',
              days: [
                {
                  label: 'Tuesday and Thursday',
                  sessions: [
                    {
                      time: '09:00–12:00',
                      title: 'Warehouse sorting',
                      description: 'Check dates, sort donations and pack boxes. Ages 12+ with an adult.',
                    },
                    {
                      time: '13:00–16:00',
                      title: 'Pantry hosts',
                      description: 'Welcome guests, restock shelves and help people shop.',
                    },
                  ],
                },
                {
                  label: 'Wednesday',
                  sessions: [{ time: '15:00–19:30', title: 'Community supper kitchen and serving' }],
                },
                {
                  label: 'Friday',
                  sessions: [
                    {
                      time: '07:30–10:00',
                      title: 'Backpack packing',
                      description: 'Great for corporate and school groups of up to 20.',
                    },
                  ],
                },
                {
                  label: 'Saturday',
                  sessions: [
                    { time: '09:00–13:00', title: 'Home delivery drivers', description: 'Own car and licence needed.' },
                  ],
                },
              ],
            },
          },
          {
            type: 'booking_form',
            config: {
              heading: 'Book a volunteer shift',
              description: 'First time? Pick any shift: a team lead will show you the ropes when you arrive.',
              fields: [
                { name: 'name', type: 'text', label: 'Name', required: true, max_length: 120 },
                { name: 'email', type: 'email', label: 'Email', required: true },
                { name: 'phone', type: 'tel', label: 'Mobile', max_length: 40 },
                { name: 'date', type: 'date', label: 'Date', required: true },
                {
                  name: 'shift',
                  type: 'select',
                  label: 'Shift',
                  required: true,
                  options: [
                    'Warehouse sorting (morning)',
                    'Pantry hosts (afternoon)',
                    'Community supper',
                    'Backpack packing',
                    'Home delivery driver',
                  ],
                },
                {
                  name: 'group_size',
                  type: 'number',
                  label: 'How many people are coming?',
                  min: 1,
                  max: 20,
                  help_text: 'Groups over 20: please email us first.',
                },
              ],
              submit_label: 'Book my shift',
              success_message:
                'Thank you! Your shift is requested and a confirmation with parking details is on its way. See you at {{address}}.',
              opening_hours:
                'Shifts run Tuesday to Saturday. Please arrive ten minutes early and wear closed-toe shoes.',
            },
          },
          {
            type: 'faq',
            config: {
              heading: 'Volunteer questions',
              items: [
                {
                  question: 'Is there a minimum age?',
                  answer: 'Volunteers aged 12 to 15 come with an adult; 16 and over can volunteer on their own.',
                },
                {
                  question: 'Can I get community service hours?',
                  answer: 'Yes. Ask your team lead to sign your form at the end of the shift.',
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
              copyright: '© 2026 {{company_name}}',
            },
          },
        ],
      },
      {
        path: '/give',
        title: 'Give',
        description: 'Monthly giving and the partners who keep our shelves full.',
        components: [
          {
            type: 'pricing_table',
            config: {
              heading: 'Feed a neighbor every month',
              subheading: 'Thanks to wholesale buying, every $1 you give provides three meals.',
              currency: 'USD',
              billing_period: 'monthly',
              plans: [
                {
                  name: 'Neighbor',
                  price: '15',
                  description: '45 meals a month.',
                  cta_label: 'Give $15 monthly',
                  cta_url: 'https://commontable.example/give/15',
                },
                {
                  name: 'Table setter',
                  price: '35',
                  description: 'A weekend backpack for a child, all school year.',
                  cta_label: 'Give $35 monthly',
                  cta_url: 'https://commontable.example/give/35',
                  highlighted: true,
                },
                {
                  name: 'Harvest partner',
                  price: '100',
                  description: 'Fresh produce for 25 families every month.',
                  features: ['Quarterly impact report', 'Invitation to our harvest dinner'],
                  cta_label: 'Give $100 monthly',
                  cta_url: 'https://commontable.example/give/100',
                },
              ],
            },
          },
          {
            type: 'logo_cloud',
            config: {
              heading: 'Our community partners',
              logos: [
                {
                  image: { url: 'https://picsum.photos/seed/partner-greenacre/240/120', alt: 'Green Acre Farms logo' },
                },
                {
                  image: {
                    url: 'https://picsum.photos/seed/partner-parsonsmarket/240/120',
                    alt: 'Parsons Market logo',
                  },
                },
                {
                  image: {
                    url: 'https://picsum.photos/seed/partner-riversidecu/240/120',
                    alt: 'Riverside Credit Union logo',
                  },
                },
              ],
            },
          },
          {
            type: 'footer',
            config: {
              company_name: '{{company_name}}',
              tagline: 'A 501(c)(3) nonprofit. Gifts are tax-deductible.',
              email: '{{contact_email}}',
              copyright: '© 2026 {{company_name}}',
            },
          },
        ],
      },
    ],
  },
];
