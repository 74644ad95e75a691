import type { TemplateSeed } from '../template-seed';

export const EVENT_TEMPLATES: TemplateSeed[] = [
  {
    slug: 'event-tech-conference',
    name: 'Summit — tech conference',
    category: 'event',
    industry: 'Technology conference',
    tags: ['conference', 'tech', 'speakers', 'tickets', 'agenda'],
    description:
      'A complete website for a developer or product conference. The home page sells the event with key figures, sponsors and a newsletter for speaker announcements; separate pages hold the two-day agenda, the speaker line-up, and ticket tiers with an FAQ and a group-booking form.',
    defaults: {
      company_name: 'Northlight Summit',
      primary_color: '#4338ca',
      secondary_color: '#f59e0b',
      tagline: 'Two days of engineering talks that ship.',
      contact_email: 'hello@northlight.example',
      phone: '+1 206 555 0148',
      address: 'Pier 27 Conference Center, 1140 Alaskan Way, Seattle, WA 98101',
      social_links: {
        linkedin: 'https://www.linkedin.com/company/northlight-summit',
        x: 'https://x.com/northlightconf',
      },
      font_style: 'sans',
      language: 'en',
    },
    pages: [
      {
        path: '/',
        title: 'Home',
        description: 'Two days of talks, workshops and hallway conversations for engineers and product builders.',
        components: [
          {
            type: 'hero',
            config: {
              headline: '{{company_name}} 2026: 22–23 September, Seattle',
              subheadline:
                '40 talks from engineers who run production systems at scale, hands-on workshops and a hallway track worth the trip. {{tagline}}',
              cta_label: 'Get your ticket',
              cta_url: 'https://northlight.example/tickets',
              background_image: {
                url: 'https://picsum.photos/seed/northlight-stage/1920/1080',
                alt: 'A packed auditorium facing a brightly lit conference stage',
              },
              alignment: 'left',
              theme: 'dark',
            },
          },
          {
            type: 'stats',
            config: {
              heading: 'Last year in numbers',
              items: [
                { value: '1,400', label: 'attendees from 31 countries' },
                { value: '42', label: 'talks and workshops' },
                { value: '4.8/5', label: 'average session rating' },
                { value: '96%', label: 'would come again' },
              ],
            },
          },
          {
            type: 'features',
            config: {
              heading: 'Why engineers come back',
              subheading: 'No vendor pitches on the main stage. Just people who built something hard, explaining how.',
              columns: 3,
              items: [
                {
                  icon: 'mic',
                  title: 'Talks with real numbers',
                  description:
                    'Every speaker is asked to show what broke, what it cost and what they would do differently next time.',
                },
                {
                  icon: 'tools',
                  title: 'Hands-on workshops',
                  description:
                    'Half-day labs on observability, platform engineering and AI in production, capped at 40 seats each.',
                },
                {
                  icon: 'users',
                  title: 'A hallway track by design',
                  description:
                    'Long breaks, birds-of-a-feather tables and an evening reception on the pier to meet the people behind the talks.',
                },
              ],
            },
          },
          {
            type: 'logo_cloud',
            config: {
              heading: 'Made possible by our sponsors',
              logos: [
                {
                  image: { url: 'https://picsum.photos/seed/sponsor-orbitdb/240/120', alt: 'OrbitDB logo' },
                  url: 'https://northlight.example/sponsors',
                },
                {
                  image: { url: 'https://picsum.photos/seed/sponsor-tidalcloud/240/120', alt: 'Tidal Cloud logo' },
                  url: 'https://northlight.example/sponsors',
                },
                {
                  image: { url: 'https://picsum.photos/seed/sponsor-quillbase/240/120', alt: 'Quillbase logo' },
                  url: 'https://northlight.example/sponsors',
                },
                {
                  image: { url: 'https://picsum.photos/seed/sponsor-fernlabs/240/120', alt: 'Fern Labs logo' },
                  url: 'https://northlight.example/sponsors',
                },
              ],
            },
          },
          {
            type: 'newsletter_signup',
            config: {
              heading: 'Be first to hear the line-up',
              description:
                'Speaker announcements, workshop openings and the early-bird deadline, straight to your inbox.',
              fields: [
                { name: 'first_name', type: 'text', label: 'First name', max_length: 80 },
                {
                  name: 'email',
                  type: 'email',
                  label: 'Work email',
                  required: true,
                  placeholder: 'you@company.com',
                },
              ],
              submit_label: 'Keep me posted',
              success_message:
                'You are on the list. Watch your inbox for the first {{company_name}} speaker announcement.',
              consent_text:
                'About two emails a month until the conference. We never share your address with sponsors. Unsubscribe with one click.',
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
                { label: 'Code of conduct', url: 'https://northlight.example/code-of-conduct' },
                { label: 'Become a sponsor', url: 'https://northlight.example/sponsors' },
                { label: 'Privacy', url: 'https://northlight.example/privacy' },
              ],
              social: [
                { network: 'linkedin', url: 'https://www.linkedin.com/company/northlight-summit' },
                { network: 'x', url: 'https://x.com/northlightconf' },
              ],
              copyright: '© 2026 {{company_name}}',
            },
          },
        ],
      },
      {
        path: '/schedule',
        title: 'Schedule',
        description: 'The full two-day agenda: keynotes, talks, workshops and the evening reception.',
        components: [
          {
            type: 'schedule',
            config: {
              heading: 'Agenda',
              days: [
                {
                  label: 'Day 1 — Tuesday 22 September',
                  sessions: [
                    { time: '08:00', title: 'Registration and breakfast' },
                    {
                      time: '09:00',
                      title: 'Opening keynote: The boring architecture that scaled to 50 million users',
                      speaker: 'Dr. Amara Okafor',
                    },
                    {
                      time: '10:15',
                      title: 'Observability without the invoice shock',
                      speaker: 'Lena Fischer',
                      description: 'How one team cut its telemetry bill by 60% while catching incidents sooner.',
                    },
                    {
                      time: '11:30',
                      title: 'Workshop: Building an internal developer platform in a day',
                      speaker: 'Marcus Bell',
                      description: 'Bring a laptop. Limited to 40 seats; reserve yours at check-in.',
                    },
                    { time: '12:30', title: 'Lunch and birds-of-a-feather tables' },
                    {
                      time: '14:00',
                      title: 'Shipping LLM features your on-call team can live with',
                      speaker: 'Priya Raman',
                    },
                    { time: '15:30', title: 'Lightning talks', description: 'Eight talks, five minutes each.' },
                    { time: '18:00', title: 'Evening reception on the pier' },
                  ],
                },
                {
                  label: 'Day 2 — Wednesday 23 September',
                  sessions: [
                    { time: '09:00', title: 'Keynote: Postmortems as a product', speaker: 'Jonah Whitfield' },
                    {
                      time: '10:15',
                      title: 'Zero-downtime Postgres migrations, for real',
                      speaker: 'Sofia Mendes',
                    },
                    {
                      time: '11:30',
                      title: 'Panel: What we stopped doing in 2026',
                      speaker: 'Priya Raman, Marcus Bell and Lena Fischer',
                    },
                    { time: '12:30', title: 'Lunch' },
                    { time: '14:00', title: 'Workshop: Chaos engineering on a budget', speaker: 'Sofia Mendes' },
                    { time: '16:30', title: 'Closing keynote and farewell', speaker: 'Dr. Amara Okafor' },
                  ],
                },
              ],
            },
          },
          {
            type: 'cta_button',
            config: {
              label: 'Reserve your seat',
              url: 'https://northlight.example/tickets',
              style: 'primary',
              size: 'large',
            },
          },
          {
            type: 'footer',
            config: {
              company_name: '{{company_name}}',
              email: '{{contact_email}}',
              links: [
                { label: 'Code of conduct', url: 'https://northlight.example/code-of-conduct' },
                { label: 'Privacy', url: 'https://northlight.example/privacy' },
              ],
              copyright: '© 2026 {{company_name}}',
            },
          },
        ],
      },
      {
        path: '/speakers',
        title: 'Speakers',
        description: 'Meet the engineers and leaders speaking at the conference.',
        components: [
          {
            type: 'team',
            config: {
              heading: 'Speakers',
              members: [
                {
                  name: 'Dr. Amara Okafor',
                  role: 'VP Engineering, Tidal Cloud',
                  bio: 'Amara led the platform team that took Tidal Cloud from one region to twelve. She writes about reliability and the economics of simple systems.',
                  photo: {
                    url: 'https://picsum.photos/seed/speaker-amara/400/400',
                    alt: 'Portrait of Dr. Amara Okafor',
                  },
                },
                {
                  name: 'Lena Fischer',
                  role: 'Staff SRE, Quillbase',
                  bio: 'Lena runs observability for a fleet of 9,000 services and maintains two popular open-source OpenTelemetry exporters.',
                },
                {
                  name: 'Priya Raman',
                  role: 'Principal Engineer, Fern Labs',
                  bio: 'Priya ships machine-learning features to production and keeps them there. She has opinions about evaluation suites.',
                },
                {
                  name: 'Marcus Bell',
                  role: 'Head of Platform, OrbitDB',
                  bio: 'Marcus has built internal developer platforms at three companies and now teaches teams to build their own.',
                },
                {
                  name: 'Sofia Mendes',
                  role: 'Database Reliability Lead',
                  bio: 'Sofia has migrated more live Postgres clusters than she can count, and has a talk for every way it can go wrong.',
                },
                {
                  name: 'Jonah Whitfield',
                  role: 'Author, "Learning from Incidents"',
                  bio: 'Jonah helps engineering organizations run blameless postmortems that actually change how they work.',
                },
              ],
            },
          },
          {
            type: 'cta_button',
            config: {
              label: 'Propose a talk for 2027',
              url: 'https://northlight.example/call-for-papers',
              style: 'outline',
              size: 'medium',
            },
          },
          {
            type: 'footer',
            config: {
              company_name: '{{company_name}}',
              email: '{{contact_email}}',
              copyright: '© 2026 {{company_name}}',
            },
          },
        ],
      },
      {
        path: '/tickets',
        title: 'Tickets',
        description: 'Ticket prices, group rates and answers to common questions about attending.',
        components: [
          {
            type: 'pricing_table',
            config: {
              heading: 'Tickets',
              subheading: 'Prices rise on 1 August. Every ticket includes lunch both days and the evening reception.',
              currency: 'USD',
              billing_period: 'one_time',
              plans: [
                {
                  name: 'Early bird',
                  price: '449',
                  description: 'Full two-day access at our lowest price, until 31 July.',
                  features: ['All talks and lightning sessions', 'Lunch and coffee both days', 'Evening reception'],
                  cta_label: 'Buy early bird',
                  cta_url: 'https://northlight.example/tickets/early-bird',
                },
                {
                  name: 'Conference + workshop',
                  price: '749',
                  description: 'The full conference plus a reserved seat in one hands-on workshop.',
                  features: [
                    'Everything in the conference ticket',
                    'One half-day workshop of your choice',
                    'Workshop materials and recordings',
                  ],
                  cta_label: 'Choose a workshop',
                  cta_url: 'https://northlight.example/tickets/workshop',
                  highlighted: true,
                },
                {
                  name: 'Student',
                  price: '149',
                  description: 'For full-time students with a valid student ID.',
                  features: ['All talks and lightning sessions', 'Lunch both days', 'Mentoring breakfast'],
                  cta_label: 'Apply for a student ticket',
                  cta_url: 'https://northlight.example/tickets/student',
                },
              ],
            },
          },
          {
            type: 'faq',
            config: {
              heading: 'Good to know',
              items: [
                {
                  question: 'Can I transfer my ticket to a colleague?',
                  answer: 'Yes, free of charge until 15 September. Write to us with the new attendee’s name and email.',
                },
                {
                  question: 'Are talks recorded?',
                  answer:
                    'All main-stage talks are recorded and sent to attendees within two weeks. Workshops are not recorded.',
                },
                {
                  question: 'Is the venue accessible?',
                  answer:
                    'Yes. The venue is step-free throughout, with live captioning on the main stage and a quiet room on both days.',
                },
                {
                  question: 'Do you offer refunds?',
                  answer: 'Full refunds until 1 August, 50% until 1 September. After that, tickets can be transferred.',
                },
              ],
            },
          },
          {
            type: 'contact_form',
            config: {
              heading: 'Group tickets and sponsorship',
              description: 'Bringing five or more people, or want your company in front of 1,400 engineers? Tell us.',
              fields: [
                { name: 'name', type: 'text', label: 'Your name', required: true, max_length: 120 },
                { name: 'email', type: 'email', label: 'Work email', required: true },
                { name: 'company', type: 'text', label: 'Company', max_length: 120 },
                {
                  name: 'enquiry',
                  type: 'select',
                  label: 'I am interested in',
                  required: true,
                  options: ['Group tickets (5+)', 'Sponsorship', 'Speaking', 'Something else'],
                },
                {
                  name: 'message',
                  type: 'textarea',
                  label: 'Details',
                  placeholder: 'Team size, budget or what you have in mind',
                  max_length: 2000,
                },
              ],
              submit_label: 'Send enquiry',
              success_message: 'Thanks! The {{company_name}} team will reply within two business days.',
            },
          },
          {
            type: 'footer',
            config: {
              company_name: '{{company_name}}',
              address: '{{address}}',
              email: '{{contact_email}}',
              phone: '{{phone}}',
              links: [
                { label: 'Code of conduct', url: 'https://northlight.example/code-of-conduct' },
                { label: 'Refund policy', url: 'https://northlight.example/refunds' },
              ],
              copyright: '© 2026 {{company_name}}',
            },
          },
        ],
      },
    ],
  },
  {
    slug: 'event-wedding-website',
    name: 'Vows — wedding website',
    category: 'event',
    industry: 'Wedding',
    tags: ['wedding', 'rsvp', 'celebration', 'guests', 'travel'],
    description:
      'A warm, personal website for a couple’s wedding. Guests find the weekend’s timeline and a photo story on the home page, reply through an RSVP form that asks about meals and plus-ones, and get travel, accommodation and dress-code answers on their own page.',
    defaults: {
      company_name: 'Clara & Tomás',
      primary_color: '#9d5c63',
      secondary_color: '#e8d7c1',
      tagline: 'We are getting married — and we would love you there.',
      contact_email: 'rsvp@claraandtomas.example',
      phone: '+1 541 555 0172',
      address: 'Willowbrook Farm, 2210 Orchard Lane, Hood River, OR 97031',
      social_links: { instagram: 'https://www.instagram.com/claraandtomas2026' },
      font_style: 'serif',
      language: 'en',
    },
    pages: [
      {
        path: '/',
        title: 'Our wedding',
        description: 'Saturday 12 September 2026 at Willowbrook Farm, Hood River. Details, timeline and RSVP.',
        components: [
          {
            type: 'hero',
            config: {
              headline: '{{company_name}}',
              subheadline: 'Saturday 12 September 2026 · Willowbrook Farm, Hood River, Oregon. {{tagline}}',
              cta_label: 'RSVP by 1 August',
              cta_url: 'https://claraandtomas.example/rsvp',
              background_image: {
                url: 'https://picsum.photos/seed/willowbrook-orchard/1920/1080',
                alt: 'An orchard at golden hour with string lights between the trees',
              },
              alignment: 'center',
              theme: 'dark',
            },
          },
          {
            type: 'schedule',
            config: {
              heading: 'The weekend',
              days: [
                {
                  label: 'Friday 11 September',
                  sessions: [
                    {
                      time: '19:00',
                      title: 'Welcome drinks',
                      description: 'Pizza and local cider at the Riverside Taproom. Come as you are.',
                    },
                  ],
                },
                {
                  label: 'Saturday 12 September',
                  sessions: [
                    {
                      time: '15:30',
                      title: 'Ceremony in the orchard',
                      description: 'Please arrive by 15:15. The ceremony is outdoors on grass.',
                    },
                    { time: '16:15', title: 'Cocktails and lawn games' },
                    { time: '18:00', title: 'Dinner in the barn' },
                    { time: '20:00', title: 'First dance, then everyone dances' },
                    { time: '23:00', title: 'Last shuttle back to town' },
                  ],
                },
                {
                  label: 'Sunday 13 September',
                  sessions: [
                    { time: '10:30', title: 'Farewell brunch', description: 'Coffee and pastries at the farmhouse.' },
                  ],
                },
              ],
            },
          },
          {
            type: 'gallery',
            config: {
              heading: 'Our story so far',
              layout: 'masonry',
              columns: 3,
              images: [
                {
                  url: 'https://picsum.photos/seed/clara-tomas-lisbon/800/1000',
                  alt: 'Clara and Tomás laughing on a tram in Lisbon',
                  caption: 'Lisbon, 2019 — where it all started',
                },
                {
                  url: 'https://picsum.photos/seed/clara-tomas-hike/800/600',
                  alt: 'The couple at the top of a mountain trail',
                  caption: 'Our first hike together (Tomás carried the snacks)',
                },
                {
                  url: 'https://picsum.photos/seed/clara-tomas-proposal/800/800',
                  alt: 'Tomás kneeling on a beach at sunset',
                  caption: 'Cannon Beach, 2025 — she said yes',
                },
              ],
            },
          },
          {
            type: 'cta_button',
            config: { label: 'Reply to our invitation', url: 'https://claraandtomas.example/rsvp', size: 'large' },
          },
          {
            type: 'footer',
            config: {
              company_name: '{{company_name}}',
              tagline: 'With love, and see you soon.',
              email: '{{contact_email}}',
              social: [{ network: 'instagram', url: 'https://www.instagram.com/claraandtomas2026' }],
              copyright: '© 2026 {{company_name}}',
            },
          },
        ],
      },
      {
        path: '/rsvp',
        title: 'RSVP',
        description: 'Let us know whether you can come, and what you would like to eat.',
        components: [
          {
            type: 'contact_form',
            config: {
              heading: 'Will you join us?',
              description: 'Please reply by 1 August. One reply per invitation is perfect.',
              fields: [
                { name: 'name', type: 'text', label: 'Your full name', required: true, max_length: 120 },
                { name: 'email', type: 'email', label: 'Email', required: true },
                {
                  name: 'attending',
                  type: 'select',
                  label: 'Will you be there?',
                  required: true,
                  options: ['Joyfully accepts', 'Regretfully declines'],
                },
                {
                  name: 'guests',
                  type: 'number',
                  label: 'How many of you, including you?',
                  min: 1,
                  max: 6,
                  help_text: 'Only the names on your invitation, please.',
                },
                {
                  name: 'meal',
                  type: 'select',
                  label: 'Dinner choice',
                  options: ['Braised short rib', 'Wild salmon', 'Mushroom risotto (vegetarian)', 'Children’s plate'],
                },
                {
                  name: 'dietary',
                  type: 'text',
                  label: 'Allergies or dietary needs',
                  placeholder: 'Gluten-free, nut allergy…',
                  max_length: 200,
                },
                {
                  name: 'song',
                  type: 'text',
                  label: 'A song that will get you dancing',
                  max_length: 120,
                },
                {
                  name: 'message',
                  type: 'textarea',
                  label: 'A note for the couple',
                  max_length: 1000,
                },
              ],
              submit_label: 'Send our reply',
              success_message:
                'Thank you! Your reply is in, and we will send a confirmation to your email. — {{company_name}}',
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
        path: '/travel',
        title: 'Travel & stay',
        description: 'Getting to Hood River, where to stay, shuttles and what to wear.',
        components: [
          {
            type: 'features',
            config: {
              heading: 'Getting there and staying over',
              columns: 3,
              items: [
                {
                  icon: 'plane',
                  title: 'Flying in',
                  description:
                    'Portland (PDX) is a scenic 75-minute drive along the Columbia River Gorge. Rental cars are easiest.',
                },
                {
                  icon: 'bed',
                  title: 'Where to stay',
                  description:
                    'We have a room block at the Gorge Hotel until 1 August: mention “Clara & Tomás” when you book.',
                },
                {
                  icon: 'bus',
                  title: 'Shuttles',
                  description:
                    'A shuttle runs from the hotel to the farm at 14:45 and back every hour from 21:00 until 23:00.',
                },
              ],
            },
          },
          {
            type: 'faq',
            config: {
              heading: 'Questions from guests',
              items: [
                {
                  question: 'What should I wear?',
                  answer:
                    'Garden cocktail. The ceremony is on grass, so block heels or flats will thank you. Evenings can be cool: bring a layer.',
                },
                {
                  question: 'Can I bring my children?',
                  answer:
                    'Little ones named on your invitation are very welcome; there will be a kids’ corner with a sitter during dinner.',
                },
                {
                  question: 'Do you have a registry?',
                  answer:
                    'Your company is the gift. If you would like to give something, we have a honeymoon fund for our trip to Japan.',
                },
                {
                  question: 'Is there parking at the farm?',
                  answer:
                    'Yes, free parking on site. We would still love you to take the shuttle and enjoy the evening.',
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
    slug: 'event-music-festival',
    name: 'Riverbend — music festival',
    category: 'event',
    industry: 'Music festival',
    tags: ['festival', 'music', 'lineup', 'tickets', 'outdoor'],
    description:
      'A bold, dark website for an outdoor music festival. The home page shows photos from last year, weekend and day passes with camping add-ons, and a mailing-list signup for line-up drops; the line-up page lists every stage by day, and the info page answers practical questions with a contact form for press and accessibility requests.',
    defaults: {
      company_name: 'Riverbend Festival',
      primary_color: '#e11d48',
      secondary_color: '#0f172a',
      tagline: 'Three days, four stages, one river.',
      contact_email: 'info@riverbendfest.example',
      phone: '+44 117 496 0321',
      address: 'Ashton Meadows, Riverside Road, Bristol BS3 2HQ, United Kingdom',
      social_links: {
        instagram: 'https://www.instagram.com/riverbendfest',
        tiktok: 'https://www.tiktok.com/@riverbendfest',
      },
      font_style: 'rounded',
      language: 'en',
    },
    pages: [
      {
        path: '/',
        title: 'Home',
        description: 'Riverbend Festival, 17–19 July 2026: live music, camping and street food by the river.',
        components: [
          {
            type: 'hero',
            config: {
              headline: '17–19 July 2026. {{tagline}}',
              subheadline:
                'Indie, electronic and folk on four stages, riverside camping, and the best street food in the South West.',
              cta_label: 'Get tickets',
              cta_url: 'https://riverbendfest.example/tickets',
              background_image: {
                url: 'https://picsum.photos/seed/riverbend-crowd/1920/1080',
                alt: 'A festival crowd with raised hands in front of a stage at dusk',
              },
              alignment: 'center',
              theme: 'dark',
            },
          },
          {
            type: 'gallery',
            config: {
              heading: 'Riverbend 2025',
              layout: 'carousel',
              images: [
                {
                  url: 'https://picsum.photos/seed/riverbend-mainstage/1200/800',
                  alt: 'The main stage lit in red and purple at night',
                  caption: 'Saturday night on the Meadow Stage',
                },
                {
                  url: 'https://picsum.photos/seed/riverbend-camping/1200/800',
                  alt: 'Tents along the riverbank in morning mist',
                  caption: 'Sunrise at the riverside campsite',
                },
                {
                  url: 'https://picsum.photos/seed/riverbend-food/1200/800',
                  alt: 'Friends sharing food at a street-food stall',
                  caption: 'Forty traders, zero sad sandwiches',
                },
              ],
            },
          },
          {
            type: 'pricing_table',
            config: {
              heading: 'Tickets',
              subheading: 'Tier 2 tickets on sale now. Under-12s go free with a paying adult.',
              currency: 'GBP',
              billing_period: 'one_time',
              plans: [
                {
                  name: 'Day ticket',
                  price: '69',
                  description: 'One day of music, Friday, Saturday or Sunday.',
                  features: ['Entry to all four stages', 'Re-entry until 21:00'],
                  cta_label: 'Choose your day',
                  cta_url: 'https://riverbendfest.example/tickets/day',
                },
                {
                  name: 'Weekend + camping',
                  price: '189',
                  description: 'The full festival with three nights by the river.',
                  features: ['Entry all three days', 'Camping Thursday to Monday', 'Hot showers and phone charging'],
                  cta_label: 'Buy weekend pass',
                  cta_url: 'https://riverbendfest.example/tickets/weekend',
                  highlighted: true,
                },
                {
                  name: 'Backstage VIP',
                  price: '349',
                  description: 'The weekend with a view, and a proper toilet.',
                  features: [
                    'Weekend entry and camping',
                    'VIP viewing platform at the Meadow Stage',
                    'Private bar, lounge and flushing toilets',
                  ],
                  cta_label: 'Go VIP',
                  cta_url: 'https://riverbendfest.example/tickets/vip',
                },
              ],
            },
          },
          {
            type: 'newsletter_signup',
            config: {
              heading: 'Line-up drops here first',
              description: 'Get the next artist announcement and the final-release ticket alert before anyone else.',
              fields: [
                { name: 'email', type: 'email', label: 'Email', required: true, placeholder: 'you@email.com' },
                {
                  name: 'favourite_genre',
                  type: 'select',
                  label: 'What gets you dancing?',
                  options: ['Indie & rock', 'Electronic', 'Folk & acoustic', 'All of it'],
                },
              ],
              submit_label: 'Sign me up',
              success_message: 'You are in! The next {{company_name}} announcement will land in your inbox.',
              consent_text:
                'We send festival news a few times a month, more in the week of the festival. Unsubscribe at any time.',
            },
          },
          {
            type: 'footer',
            config: {
              company_name: '{{company_name}}',
              tagline: '{{tagline}}',
              address: '{{address}}',
              email: '{{contact_email}}',
              links: [
                { label: 'Line-up', url: 'https://riverbendfest.example/lineup' },
                { label: 'Festival info', url: 'https://riverbendfest.example/info' },
                { label: 'Terms of entry', url: 'https://riverbendfest.example/terms' },
              ],
              social: [
                { network: 'instagram', url: 'https://www.instagram.com/riverbendfest' },
                { network: 'tiktok', url: 'https://www.tiktok.com/@riverbendfest' },
              ],
              copyright: '© 2026 {{company_name}}',
            },
          },
        ],
      },
      {
        path: '/lineup',
        title: 'Line-up',
        description: 'Who is playing, on which stage and when.',
        components: [
          {
            type: 'schedule',
            config: {
              heading: 'Line-up and stage times',
              days: [
                {
                  label: 'Friday 17 July',
                  sessions: [
                    { time: '16:00', title: 'Gates open', description: 'Campsite opens from 10:00.' },
                    { time: '18:30', title: 'The Lanterns', speaker: 'Meadow Stage' },
                    { time: '20:00', title: 'Saltmarsh', speaker: 'Boathouse Tent' },
                    { time: '21:45', title: 'Halcyon Static (headline)', speaker: 'Meadow Stage' },
                  ],
                },
                {
                  label: 'Saturday 18 July',
                  sessions: [
                    { time: '12:00', title: 'Morning yoga by the river', speaker: 'Willow Field' },
                    { time: '15:00', title: 'June Harbour', speaker: 'Boathouse Tent' },
                    { time: '18:00', title: 'Pale Orchards', speaker: 'Meadow Stage' },
                    { time: '21:30', title: 'NOVA K (headline)', speaker: 'Meadow Stage' },
                    { time: '23:00', title: 'Late set: Deep Current DJs', speaker: 'The Weir' },
                  ],
                },
                {
                  label: 'Sunday 19 July',
                  sessions: [
                    { time: '13:00', title: 'Family ceilidh', speaker: 'Willow Field' },
                    { time: '16:30', title: 'The Quiet Fires', speaker: 'Boathouse Tent' },
                    { time: '20:30', title: 'Marisol & the Tide (closing headline)', speaker: 'Meadow Stage' },
                  ],
                },
              ],
            },
          },
          {
            type: 'cta_button',
            config: {
              label: 'Get tickets',
              url: 'https://riverbendfest.example/tickets',
              style: 'primary',
              size: 'large',
            },
          },
          {
            type: 'footer',
            config: {
              company_name: '{{company_name}}',
              email: '{{contact_email}}',
              copyright: '© 2026 {{company_name}}',
            },
          },
        ],
      },
      {
        path: '/info',
        title: 'Festival info',
        description: 'Getting there, what to bring, accessibility and how to reach the festival team.',
        components: [
          {
            type: 'faq',
            config: {
              heading: 'Before you go',
              items: [
                {
                  question: 'How do I get there?',
                  answer:
                    'Free shuttle buses run from Bristol Temple Meads every 15 minutes from 10:00 to 01:00. Parking passes must be booked in advance.',
                },
                {
                  question: 'What can I bring in?',
                  answer:
                    'Tents, sealed soft drinks, empty refillable bottles and a small amount of food. No glass, gazebos or disposable barbecues.',
                },
                {
                  question: 'Is Riverbend accessible?',
                  answer:
                    'Yes: viewing platforms at every stage, an accessible campsite with powered charging points, and free carer tickets. Register using the form below.',
                },
                {
                  question: 'What is the age policy?',
                  answer:
                    'Under-12s go free with a paying adult. 12 to 15-year-olds need a teen ticket and must be with an adult over 18.',
                },
              ],
            },
          },
          {
            type: 'contact_form',
            config: {
              heading: 'Contact the festival team',
              description: 'Accessibility requests, press passes, trader applications or anything else.',
              fields: [
                { name: 'name', type: 'text', label: 'Name', required: true, max_length: 120 },
                { name: 'email', type: 'email', label: 'Email', required: true },
                {
                  name: 'topic',
                  type: 'select',
                  label: 'Topic',
                  required: true,
                  options: ['Accessibility', 'Press and media', 'Trading', 'Tickets', 'Something else'],
                },
                { name: 'order_number', type: 'text', label: 'Order number (if you have one)', max_length: 40 },
                { name: 'message', type: 'textarea', label: 'Message', required: true, max_length: 2000 },
              ],
              submit_label: 'Send message',
              success_message:
                'Thanks for getting in touch. The {{company_name}} team replies within three working days.',
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
