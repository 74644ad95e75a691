import type { TemplateSeed } from '../template-seed';

export const HEALTH_WELLNESS_TEMPLATES: TemplateSeed[] = [
  {
    slug: 'health-yoga-studio',
    name: 'Lotus — yoga studio',
    category: 'health_wellness',
    industry: 'Yoga and pilates studio',
    tags: ['yoga', 'pilates', 'classes', 'timetable', 'studio'],
    description:
      'A calm website for a yoga, pilates or barre studio. The home page introduces class styles, shares student stories and invites visitors to a newsletter with an intro offer; the classes page shows the weekly timetable and class passes, and the teachers page introduces instructors and books private sessions.',
    defaults: {
      company_name: 'Lotus & Line Studio',
      primary_color: '#6b8f71',
      secondary_color: '#f3e9dc',
      tagline: 'Move well, breathe deep, come as you are.',
      contact_email: 'namaste@lotusandline.example',
      phone: '+1 303 555 0164',
      address: '1522 Pearl Street, Boulder, CO 80302',
      social_links: {
        instagram: 'https://www.instagram.com/lotusandline',
        youtube: 'https://www.youtube.com/@lotusandline',
      },
      font_style: 'serif',
      language: 'en',
    },
    pages: [
      {
        path: '/',
        title: 'Home',
        description: 'Yoga, pilates and meditation classes for every body in downtown Boulder.',
        components: [
          {
            type: 'hero',
            config: {
              headline: '{{tagline}}',
              subheadline:
                'Small classes, big windows and teachers who know your name. New students get their first week of unlimited classes for $29.',
              cta_label: 'Claim your intro week',
              cta_url: 'https://lotusandline.example/classes',
              background_image: {
                url: 'https://picsum.photos/seed/lotus-studio-light/1920/1080',
                alt: 'A sunlit yoga studio with mats laid out on a wooden floor',
              },
              alignment: 'center',
              theme: 'light',
            },
          },
          {
            type: 'features',
            config: {
              heading: 'Find your practice',
              columns: 4,
              items: [
                {
                  icon: 'sun',
                  title: 'Vinyasa flow',
                  description: 'Breath-led movement that builds heat and strength. Levels 1 and 2.',
                },
                {
                  icon: 'moon',
                  title: 'Yin and restore',
                  description: 'Long, supported holds to release tension and quiet a busy mind.',
                },
                {
                  icon: 'circle',
                  title: 'Reformer pilates',
                  description: 'Eight reformers, precise cueing and a core you will feel for days.',
                },
                {
                  icon: 'leaf',
                  title: 'Prenatal yoga',
                  description: 'Gentle, safe practice for every trimester, led by a certified prenatal teacher.',
                },
              ],
            },
          },
          {
            type: 'testimonials',
            config: {
              heading: 'From our students',
              items: [
                {
                  quote:
                    'I walked in stiff, nervous and sure I was not flexible enough. Six months later yoga is the best hour of my week.',
                  author: 'Rachel M.',
                  role: 'Member since 2024',
                },
                {
                  quote:
                    'The teachers actually adjust you and remember your injuries. It feels like a community, not a gym.',
                  author: 'Daniel K.',
                  role: 'Reformer regular',
                },
              ],
            },
          },
          {
            type: 'newsletter_signup',
            config: {
              heading: 'Workshops, retreats and a free class',
              description: 'Join our monthly letter and get a free drop-in class to share with a friend.',
              fields: [
                { name: 'first_name', type: 'text', label: 'First name', required: true, max_length: 80 },
                { name: 'email', type: 'email', label: 'Email', required: true },
              ],
              submit_label: 'Join the list',
              success_message: 'Welcome to {{company_name}}! Your free class code is on its way to your inbox.',
              consent_text: 'One email a month about classes, workshops and retreats. Unsubscribe anytime.',
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
              social: [
                { network: 'instagram', url: 'https://www.instagram.com/lotusandline' },
                { network: 'youtube', url: 'https://www.youtube.com/@lotusandline' },
              ],
              copyright: '© 2026 {{company_name}}',
            },
          },
        ],
      },
      {
        path: '/classes',
        title: 'Classes & passes',
        description: 'Weekly class timetable and class passes.',
        components: [
          {
            type: 'schedule',
            config: {
              heading: 'Weekly timetable',
              days: [
                {
                  label: 'Monday to Friday',
                  sessions: [
                    { time: '06:30', title: 'Sunrise vinyasa (60 min)', speaker: 'Maya' },
                    { time: '12:15', title: 'Lunchtime reformer (45 min)', speaker: 'Owen' },
                    { time: '17:45', title: 'Vinyasa flow level 2 (75 min)', speaker: 'Maya' },
                    { time: '19:30', title: 'Yin and meditation (60 min)', speaker: 'Inés' },
                  ],
                },
                {
                  label: 'Saturday',
                  sessions: [
                    { time: '08:00', title: 'Reformer foundations (50 min)', speaker: 'Owen' },
                    { time: '10:00', title: 'Prenatal yoga (60 min)', speaker: 'Inés' },
                    { time: '11:30', title: 'Slow flow for beginners (75 min)', speaker: 'Maya' },
                  ],
                },
                {
                  label: 'Sunday',
                  sessions: [
                    {
                      time: '09:30',
                      title: 'Community class, pay what you can (60 min)',
                      speaker: 'Rotating teachers',
                    },
                    { time: '17:00', title: 'Restore and sound bath (75 min)', speaker: 'Inés' },
                  ],
                },
              ],
            },
          },
          {
            type: 'pricing_table',
            config: {
              heading: 'Class passes',
              subheading: 'Mat classes and reformer classes use the same passes. Mats and props are included.',
              currency: 'USD',
              billing_period: 'one_time',
              plans: [
                {
                  name: 'Intro week',
                  price: '29',
                  description: 'Seven days of unlimited classes for first-time students.',
                  cta_label: 'Start your week',
                  cta_url: 'https://lotusandline.example/passes/intro',
                  highlighted: true,
                },
                {
                  name: 'Drop-in',
                  price: '24',
                  description: 'One class, any style.',
                  cta_label: 'Buy a class',
                  cta_url: 'https://lotusandline.example/passes/drop-in',
                },
                {
                  name: '10-class pass',
                  price: '195',
                  description: 'Valid for six months and shareable with a partner.',
                  features: ['Save $45 on drop-in prices', 'Free mat storage'],
                  cta_label: 'Buy 10 classes',
                  cta_url: 'https://lotusandline.example/passes/ten',
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
      {
        path: '/teachers',
        title: 'Teachers',
        description: 'Meet our teachers and book a private session.',
        components: [
          {
            type: 'team',
            config: {
              heading: 'Our teachers',
              members: [
                {
                  name: 'Maya Lindqvist',
                  role: 'Founder, E-RYT 500',
                  bio: 'Maya has taught vinyasa for fourteen years and trained in Mysore and Bali. Her classes are strong, playful and precise.',
                  photo: { url: 'https://picsum.photos/seed/lotus-maya/400/400', alt: 'Portrait of Maya Lindqvist' },
                },
                {
                  name: 'Owen Brooks',
                  role: 'Pilates lead',
                  bio: 'A former physiotherapy assistant, Owen brings anatomy to every reformer class and works well with injuries.',
                },
                {
                  name: 'Inés Carvalho',
                  role: 'Yin, prenatal and meditation',
                  bio: 'Inés is a certified prenatal teacher and sound healer whose evening classes are the quietest hour in town.',
                },
              ],
            },
          },
          {
            type: 'booking_form',
            config: {
              heading: 'Book a private session',
              description: 'One-to-one or semi-private sessions to start safely, work around an injury or go deeper.',
              fields: [
                { name: 'name', type: 'text', label: 'Name', required: true, max_length: 120 },
                { name: 'email', type: 'email', label: 'Email', required: true },
                {
                  name: 'teacher',
                  type: 'select',
                  label: 'Teacher',
                  options: ['Maya — vinyasa', 'Owen — reformer pilates', 'Inés — yin and prenatal', 'No preference'],
                },
                { name: 'date', type: 'date', label: 'Preferred date', required: true },
                {
                  name: 'time',
                  type: 'select',
                  label: 'Time of day',
                  required: true,
                  options: ['Early morning', 'Midday', 'Afternoon', 'Evening'],
                },
                {
                  name: 'goals',
                  type: 'textarea',
                  label: 'What would you like to work on?',
                  max_length: 1000,
                },
              ],
              submit_label: 'Request session',
              success_message: 'Thank you! Your teacher will confirm a time by email within 24 hours.',
              slot_minutes: 60,
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
    slug: 'health-physiotherapy-clinic',
    name: 'Align — physiotherapy clinic',
    category: 'health_wellness',
    industry: 'Physiotherapy and sports injury clinic',
    tags: ['physiotherapy', 'clinic', 'appointments', 'sports injury', 'rehab'],
    description:
      'A clear, reassuring website for a physiotherapy, chiropractic or sports-injury clinic. Patients see treatments and results, then book an appointment on the home page with service, date and time; a team page introduces practitioners with patient reviews, and a patients page answers insurance questions.',
    defaults: {
      company_name: 'Align Physiotherapy',
      primary_color: '#0369a1',
      secondary_color: '#5eead4',
      tagline: 'Get back to the things you love, without the pain.',
      contact_email: 'clinic@alignphysio.example',
      phone: '+61 2 5550 1234',
      address: 'Level 2, 88 Crown Street, Surry Hills NSW 2010, Australia',
      social_links: { facebook: 'https://www.facebook.com/alignphysiosydney' },
      font_style: 'sans',
      language: 'en',
    },
    pages: [
      {
        path: '/',
        title: 'Home',
        description: 'Physiotherapy, sports injury rehab and clinical pilates in Surry Hills, Sydney.',
        components: [
          {
            type: 'hero',
            config: {
              headline: 'Physiotherapy that finds the cause, not just the pain',
              subheadline:
                'Hands-on treatment and a clear plan from your first visit. Same-week appointments, and no referral needed. {{tagline}}',
              cta_label: 'Book an appointment',
              cta_url: 'https://alignphysio.example/#book',
              alignment: 'left',
              theme: 'light',
            },
          },
          {
            type: 'features',
            config: {
              heading: 'How we can help',
              columns: 3,
              items: [
                {
                  icon: 'activity',
                  title: 'Sports injuries',
                  description:
                    'Sprains, tendon pain and return-to-sport testing for runners, climbers and weekend athletes.',
                },
                {
                  icon: 'spine',
                  title: 'Back and neck pain',
                  description: 'Assessment, manual therapy and a home programme that fits around your desk job.',
                },
                {
                  icon: 'bandage',
                  title: 'Post-surgery rehab',
                  description: 'Structured rehab after knee, hip or shoulder surgery, in touch with your surgeon.',
                },
                {
                  icon: 'heart',
                  title: 'Clinical pilates',
                  description: 'Physio-led classes of up to four people to build strength and stop pain coming back.',
                },
                {
                  icon: 'baby',
                  title: 'Women’s health',
                  description: 'Pregnancy and postnatal care, pelvic floor assessment and return to exercise.',
                },
                {
                  icon: 'clock',
                  title: 'Headaches and jaw pain',
                  description: 'Gentle treatment for tension headaches and TMJ pain, often in three to four sessions.',
                },
              ],
            },
          },
          {
            type: 'stats',
            config: {
              items: [
                { value: '12,000+', label: 'patients treated since 2014' },
                { value: '4.9/5', label: 'from 860 Google reviews' },
                { value: '3.6', label: 'average sessions to feel better' },
              ],
            },
          },
          {
            type: 'booking_form',
            config: {
              heading: 'Book an appointment',
              description:
                'Choose a service and a time that suits you. We confirm every booking by email within two hours.',
              fields: [
                { name: 'name', type: 'text', label: 'Full name', required: true, max_length: 120 },
                { name: 'email', type: 'email', label: 'Email', required: true },
                { name: 'phone', type: 'tel', label: 'Mobile', required: true, max_length: 40 },
                {
                  name: 'service',
                  type: 'select',
                  label: 'Service',
                  required: true,
                  options: [
                    'Initial assessment (45 min)',
                    'Follow-up treatment (30 min)',
                    'Sports injury assessment',
                    'Clinical pilates session',
                    'Women’s health assessment',
                  ],
                },
                { name: 'date', type: 'date', label: 'Preferred date', required: true },
                {
                  name: 'time',
                  type: 'select',
                  label: 'Preferred time',
                  required: true,
                  options: ['07:00–09:00', '09:00–12:00', '12:00–15:00', '15:00–18:00', '18:00–20:00'],
                },
                {
                  name: 'concern',
                  type: 'textarea',
                  label: 'What brings you in?',
                  placeholder: 'Where it hurts, how long for, anything that makes it better or worse',
                  max_length: 1500,
                },
              ],
              submit_label: 'Request appointment',
              success_message:
                'Thank you! {{company_name}} will confirm your appointment by email shortly. Need it sooner? Call {{phone}}.',
              slot_minutes: 30,
              opening_hours: 'Monday to Friday 07:00–20:00, Saturday 08:00–13:00.',
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
                { label: 'Our team', url: 'https://alignphysio.example/team' },
                { label: 'Privacy', url: 'https://alignphysio.example/privacy' },
              ],
              social: [{ network: 'facebook', url: 'https://www.facebook.com/alignphysiosydney' }],
              copyright: '© 2026 {{company_name}}',
            },
          },
        ],
      },
      {
        path: '/team',
        title: 'Our team',
        description: 'Meet our physiotherapists and read what patients say.',
        components: [
          {
            type: 'team',
            config: {
              heading: 'Your physiotherapists',
              members: [
                {
                  name: 'Dr. Sam Whitaker',
                  role: 'Principal physiotherapist, DPT',
                  bio: 'Sam founded the clinic after eight years with professional rugby teams. Special interests: knees, shoulders and return to sport.',
                  photo: {
                    url: 'https://picsum.photos/seed/align-sam/400/400',
                    alt: 'Portrait of Dr. Sam Whitaker in the clinic',
                  },
                },
                {
                  name: 'Priya Nair',
                  role: 'Women’s health physiotherapist',
                  bio: 'Priya supports women through pregnancy, postnatal recovery and pelvic health with warmth and care.',
                },
                {
                  name: 'Tom Hayes',
                  role: 'Physiotherapist and pilates instructor',
                  bio: 'Tom treats back and neck pain and runs our clinical pilates classes. Keen trail runner.',
                },
              ],
            },
          },
          {
            type: 'testimonials',
            config: {
              heading: 'What patients say',
              items: [
                {
                  quote:
                    'After two years of on-and-off back pain, Tom explained what was going on in ten minutes. I have not needed painkillers since.',
                  author: 'Joanne P.',
                  role: 'Office manager',
                },
                {
                  quote:
                    'Sam got me from ACL surgery back to netball in nine months, with a plan I could follow every week.',
                  author: 'Mia L.',
                  role: 'Netball player',
                },
              ],
            },
          },
          {
            type: 'footer',
            config: {
              company_name: '{{company_name}}',
              address: '{{address}}',
              phone: '{{phone}}',
              copyright: '© 2026 {{company_name}}',
            },
          },
        ],
      },
      {
        path: '/patients',
        title: 'Patient info',
        description: 'Fees, health insurance, what to bring and how to reach us.',
        components: [
          {
            type: 'faq',
            config: {
              heading: 'Before your first visit',
              items: [
                {
                  question: 'Do I need a referral?',
                  answer:
                    'No. You can book directly. If you are on a Medicare care plan or a workers’ compensation claim, bring your referral letter.',
                },
                {
                  question: 'Can I claim on my health insurance?',
                  answer:
                    'Yes. We have HICAPS on site, so your private health fund rebate comes off at the desk and you only pay the gap.',
                },
                {
                  question: 'What should I wear?',
                  answer:
                    'Comfortable clothes that let us see and move the area being treated: shorts for knees, a singlet for shoulders.',
                },
                {
                  question: 'How much does it cost?',
                  answer: 'An initial assessment is $120 and a follow-up is $95. Clinical pilates is $45 per class.',
                },
              ],
            },
          },
          {
            type: 'contact_form',
            config: {
              heading: 'Ask us a question',
              fields: [
                { name: 'name', type: 'text', label: 'Name', required: true, max_length: 120 },
                { name: 'email', type: 'email', label: 'Email', required: true },
                { name: 'question', type: 'textarea', label: 'Your question', required: true, max_length: 2000 },
              ],
              submit_label: 'Send question',
              success_message: 'Thanks! A physiotherapist will reply by the end of the next working day.',
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
    slug: 'health-day-spa',
    name: 'Tidewater — day spa and massage',
    category: 'health_wellness',
    industry: 'Day spa and massage therapy',
    tags: ['spa', 'massage', 'wellness', 'gift vouchers', 'booking'],
    description:
      'An elegant website for a day spa, massage studio or wellness retreat. A photo gallery sets the mood, spa packages are laid out side by side with guest reviews, and members can join a list for seasonal offers; a booking page takes treatment requests with therapist preference, date and time, and answers first-visit questions.',
    defaults: {
      company_name: 'Tidewater Spa',
      primary_color: '#1f4e5f',
      secondary_color: '#d6b98c',
      tagline: 'Slow down. Breathe out. Return renewed.',
      contact_email: 'relax@tidewaterspa.example',
      phone: '+1 207 555 0139',
      address: '14 Harbor Lane, Kennebunkport, ME 04046',
      social_links: { instagram: 'https://www.instagram.com/tidewaterspa' },
      font_style: 'serif',
      language: 'en',
    },
    pages: [
      {
        path: '/',
        title: 'Home',
        description: 'Massage, facials and spa rituals on the harbor in Kennebunkport, Maine.',
        components: [
          {
            type: 'hero',
            config: {
              headline: '{{tagline}}',
              subheadline:
                'Massage, facials and salt-water rituals in a restored sea captain’s house on the harbor. Gift vouchers available all year.',
              cta_label: 'Book a treatment',
              cta_url: 'https://tidewaterspa.example/book',
              background_image: {
                url: 'https://picsum.photos/seed/tidewater-treatment-room/1920/1080',
                alt: 'A candle-lit treatment room with folded white towels and a view of the sea',
              },
              alignment: 'center',
              theme: 'dark',
            },
          },
          {
            type: 'gallery',
            config: {
              layout: 'grid',
              columns: 3,
              images: [
                {
                  url: 'https://picsum.photos/seed/tidewater-relaxation/800/600',
                  alt: 'The relaxation lounge with armchairs facing the harbor',
                  caption: 'The harbor lounge',
                },
                {
                  url: 'https://picsum.photos/seed/tidewater-stones/800/600',
                  alt: 'Warm basalt stones and eucalyptus on a treatment table',
                  caption: 'Hot stone massage',
                },
                {
                  url: 'https://picsum.photos/seed/tidewater-sauna/800/600',
                  alt: 'A cedar sauna with a small window onto pine trees',
                  caption: 'The cedar sauna',
                },
              ],
            },
          },
          {
            type: 'pricing_table',
            config: {
              heading: 'Spa rituals',
              subheading: 'Every ritual includes the sauna, the harbor lounge and herbal tea before and after.',
              currency: 'USD',
              billing_period: 'one_time',
              plans: [
                {
                  name: 'Unwind',
                  price: '145',
                  description: '60-minute massage with your choice of aromatherapy oil.',
                  features: ['Swedish or deep-tissue massage', 'Sauna and lounge access'],
                  cta_label: 'Book Unwind',
                  cta_url: 'https://tidewaterspa.example/book',
                },
                {
                  name: 'Tidewater ritual',
                  price: '265',
                  description: 'Our signature two hours, head to toe.',
                  features: [
                    'Sea-salt body scrub',
                    '75-minute hot stone massage',
                    'Mini facial',
                    'Lunch in the lounge',
                  ],
                  cta_label: 'Book the ritual',
                  cta_url: 'https://tidewaterspa.example/book',
                  highlighted: true,
                },
                {
                  name: 'Side by side',
                  price: '310',
                  description: 'Massage for two in our couples’ suite.',
                  features: ['Two 60-minute massages', 'Private sauna session', 'A glass of sparkling wine each'],
                  cta_label: 'Book for two',
                  cta_url: 'https://tidewaterspa.example/book',
                },
              ],
            },
          },
          {
            type: 'testimonials',
            config: {
              heading: 'Guest reviews',
              items: [
                {
                  quote:
                    'The best massage I have had anywhere, and the lounge with the harbor view made me forget my phone for three hours.',
                  author: 'Elaine R.',
                  role: 'Visiting from Boston',
                },
                {
                  quote:
                    'We booked the couples’ suite for our anniversary. Thoughtful, unhurried and worth every cent.',
                  author: 'Marcus and Jade T.',
                },
              ],
            },
          },
          {
            type: 'newsletter_signup',
            config: {
              heading: 'Seasonal offers for members',
              description: 'Midweek specials, new treatments and early access to holiday gift vouchers.',
              fields: [{ name: 'email', type: 'email', label: 'Email', required: true }],
              submit_label: 'Subscribe',
              success_message: 'Thank you! Your first {{company_name}} offer arrives with our next seasonal letter.',
              consent_text: 'About one email a month. We never share your details. Unsubscribe anytime.',
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
                { label: 'Gift vouchers', url: 'https://tidewaterspa.example/gift-vouchers' },
                { label: 'Spa etiquette', url: 'https://tidewaterspa.example/etiquette' },
              ],
              social: [{ network: 'instagram', url: 'https://www.instagram.com/tidewaterspa' }],
              copyright: '© 2026 {{company_name}}',
            },
          },
        ],
      },
      {
        path: '/book',
        title: 'Book',
        description: 'Request a massage, facial or spa ritual.',
        components: [
          {
            type: 'booking_form',
            config: {
              heading: 'Request your treatment',
              description: 'Tell us what you would like and when. We confirm within a few hours during opening times.',
              fields: [
                { name: 'name', type: 'text', label: 'Name', required: true, max_length: 120 },
                { name: 'email', type: 'email', label: 'Email', required: true },
                { name: 'phone', type: 'tel', label: 'Phone', max_length: 40 },
                {
                  name: 'treatment',
                  type: 'select',
                  label: 'Treatment',
                  required: true,
                  options: [
                    'Unwind massage (60 min)',
                    'Hot stone massage (75 min)',
                    'Tidewater ritual (2 h)',
                    'Side by side for two',
                    'Sea-kelp facial (50 min)',
                  ],
                },
                {
                  name: 'therapist',
                  type: 'select',
                  label: 'Therapist preference',
                  options: ['No preference', 'Female therapist', 'Male therapist'],
                },
                { name: 'date', type: 'date', label: 'Date', required: true },
                {
                  name: 'time',
                  type: 'select',
                  label: 'Time',
                  required: true,
                  options: ['10:00', '11:30', '13:00', '14:30', '16:00', '17:30'],
                },
                {
                  name: 'notes',
                  type: 'textarea',
                  label: 'Anything we should know?',
                  help_text: 'Pregnancy, allergies, injuries or an occasion we can help celebrate.',
                  max_length: 1000,
                },
              ],
              submit_label: 'Request booking',
              success_message:
                'Thank you. We will confirm your treatment by email. Please arrive 20 minutes early to enjoy the sauna — {{company_name}}.',
              slot_minutes: 90,
              opening_hours: 'Wednesday to Sunday, 10:00–19:00. Closed Monday and Tuesday.',
            },
          },
          {
            type: 'faq',
            config: {
              heading: 'Your first visit',
              items: [
                {
                  question: 'What should I bring?',
                  answer: 'Just yourself. Robes, slippers, towels and toiletries are all provided.',
                },
                {
                  question: 'What is your cancellation policy?',
                  answer:
                    'Free cancellation up to 24 hours before your treatment. Later cancellations are charged at 50%.',
                },
                {
                  question: 'Can I book a massage while pregnant?',
                  answer:
                    'Yes, from the second trimester. Let us know when you book and we will pair you with a therapist trained in prenatal massage.',
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
    ],
  },
];
