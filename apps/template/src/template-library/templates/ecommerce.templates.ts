import type { ComponentSeed, TemplateSeed } from '../template-seed';

const emberOakFooter: ComponentSeed = {
  type: 'footer',
  config: {
    company_name: '{{company_name}}',
    tagline: '{{tagline}}',
    address: '{{address}}',
    email: '{{contact_email}}',
    phone: '{{phone}}',
    links: [
      { label: 'Manage my subscription', url: 'https://emberoak.example/account' },
      { label: 'Shipping & returns', url: 'https://emberoak.example/shipping' },
      { label: 'Wholesale', url: 'https://emberoak.example/wholesale' },
      { label: 'Privacy', url: 'https://emberoak.example/privacy' },
    ],
    social: [
      { network: 'instagram', url: 'https://www.instagram.com/emberoakcoffee' },
      { network: 'youtube', url: 'https://www.youtube.com/@emberoakcoffee' },
    ],
    copyright: '© 2026 {{company_name}}. Roasted in small batches in Portland, Oregon.',
  },
};

const saltmarshFooter: ComponentSeed = {
  type: 'footer',
  config: {
    company_name: '{{company_name}}',
    tagline: '{{tagline}}',
    address: '{{address}}',
    email: '{{contact_email}}',
    links: [
      { label: 'Shipping & breakages', url: 'https://saltmarsh.example/shipping' },
      { label: 'Care guide', url: 'https://saltmarsh.example/care' },
      { label: 'Terms of sale', url: 'https://saltmarsh.example/terms' },
    ],
    social: [
      { network: 'instagram', url: 'https://www.instagram.com/saltmarshceramics' },
      { network: 'facebook', url: 'https://www.facebook.com/saltmarshceramics' },
    ],
    copyright: '© 2026 {{company_name}}. Every piece thrown by hand in Norfolk.',
  },
};

const dewpointFooter: ComponentSeed = {
  type: 'footer',
  config: {
    company_name: '{{company_name}}',
    tagline: '{{tagline}}',
    email: '{{contact_email}}',
    links: [
      { label: 'Ingredients glossary', url: 'https://dewpoint.example/ingredients' },
      { label: 'Shipping', url: 'https://dewpoint.example/shipping' },
      { label: '60-day returns', url: 'https://dewpoint.example/returns' },
      { label: 'Privacy', url: 'https://dewpoint.example/privacy' },
    ],
    social: [
      { network: 'instagram', url: 'https://www.instagram.com/dewpointskin' },
      { network: 'tiktok', url: 'https://www.tiktok.com/@dewpointskin' },
    ],
    copyright: '© 2026 {{company_name}}. Cruelty-free and vegan. Made in Canada.',
  },
};

export const ECOMMERCE_TEMPLATES: TemplateSeed[] = [
  {
    slug: 'ecommerce-coffee-subscription',
    name: 'Roastery — coffee subscription store',
    category: 'ecommerce',
    industry: 'Specialty coffee roaster and subscription shop',
    tags: ['ecommerce', 'coffee', 'subscription', 'food and drink', 'online store'],
    description:
      'A warm online store for a coffee roaster, tea merchant or any subscription box. The home page explains how the subscription works, compares monthly plans and collects reviews and newsletter signups; a shop page sells gift boxes and bundles beside a product gallery, and a help page pairs an FAQ with a contact form.',
    defaults: {
      company_name: 'Ember & Oak Coffee',
      primary_color: '#78350f',
      secondary_color: '#fbbf24',
      tagline: 'Freshly roasted coffee, at your door every month.',
      contact_email: 'hello@emberoak.example',
      phone: '+1 503 555 0127',
      address: '2314 SE Division Street, Portland, OR 97202',
      social_links: {
        instagram: 'https://www.instagram.com/emberoakcoffee',
        youtube: 'https://www.youtube.com/@emberoakcoffee',
      },
      font_style: 'serif',
      language: 'en',
    },
    pages: [
      {
        path: '/',
        title: 'Coffee subscription',
        description:
          'Specialty coffee roasted to order and delivered within days. Choose your beans, your grind and how often.',
        components: [
          {
            type: 'hero',
            config: {
              headline: 'Coffee roasted on Monday, in your cup by Thursday',
              subheadline:
                '{{company_name}} roasts single-origin beans to order and ships them the same day. Pick your taste, your grind and your rhythm; pause or skip anytime.',
              cta_label: 'Start my subscription',
              cta_url: 'https://emberoak.example/subscribe',
              background_image: {
                url: 'https://picsum.photos/seed/emberoak-roaster/1600/900',
                alt: 'Freshly roasted coffee beans pouring out of a drum roaster',
              },
              alignment: 'center',
              theme: 'dark',
            },
          },
          {
            type: 'features',
            config: {
              heading: 'How it works',
              columns: 3,
              items: [
                {
                  icon: 'sliders',
                  title: 'Tell us your taste',
                  description:
                    'Chocolatey and smooth, or bright and fruity? Answer four questions and we match you to a coffee each month.',
                },
                {
                  icon: 'flame',
                  title: 'We roast to order',
                  description: 'Your beans are roasted in small batches the week they ship, never sitting on a shelf.',
                },
                {
                  icon: 'truck',
                  title: 'Free delivery',
                  description:
                    'Letterbox-friendly bags ship free across the US. Skip, swap or pause from your account.',
                },
              ],
            },
          },
          {
            type: 'pricing_table',
            config: {
              heading: 'Choose your subscription',
              subheading: 'Prices per delivery, shipping included. Cancel anytime in two clicks.',
              currency: 'USD',
              billing_period: 'monthly',
              plans: [
                {
                  name: 'The Taster',
                  price: '18',
                  description: 'One 12 oz bag a month, about 24 cups.',
                  features: ['One rotating single origin', 'Whole bean or ground', 'Tasting notes card'],
                  cta_label: 'Choose Taster',
                  cta_url: 'https://emberoak.example/subscribe?plan=taster',
                },
                {
                  name: 'The Regular',
                  price: '32',
                  description: 'Two bags a month for daily drinkers.',
                  features: [
                    'Two different origins',
                    'Whole bean or ground',
                    'Early access to rare lots',
                    '10% off the shop',
                  ],
                  cta_label: 'Choose Regular',
                  cta_url: 'https://emberoak.example/subscribe?plan=regular',
                  highlighted: true,
                },
                {
                  name: 'The Office',
                  price: '85',
                  description: 'Five 2 lb bags for teams.',
                  features: ['Espresso and filter roasts', 'Flexible delivery dates', 'Free grinder after 6 months'],
                  cta_label: 'Choose Office',
                  cta_url: 'https://emberoak.example/subscribe?plan=office',
                },
              ],
            },
          },
          {
            type: 'testimonials',
            config: {
              heading: 'From our subscribers',
              items: [
                {
                  quote:
                    'The Ethiopian they sent in March tasted like blueberries. I did not know coffee could do that. Three years in, I still look forward to the box.',
                  author: 'Jenna W.',
                  role: 'Subscriber since 2023',
                },
                {
                  quote: 'Our team drinks a lot of coffee. The Office plan means we never run out and never overbuy.',
                  author: 'Carlos M.',
                  role: 'Office manager',
                },
              ],
            },
          },
          {
            type: 'newsletter_signup',
            config: {
              heading: 'Get 15% off your first bag',
              description: 'Join our list for brewing guides, new origins and subscriber-only releases.',
              fields: [
                { name: 'email', type: 'email', label: 'Email', required: true, placeholder: 'you@example.com' },
              ],
              submit_label: 'Send my code',
              success_message: 'Welcome to {{company_name}}! Your 15% code is on its way to your inbox.',
              consent_text: 'About two emails a month. Unsubscribe whenever you like; we will not share your address.',
            },
          },
          emberOakFooter,
        ],
      },
      {
        path: '/shop',
        title: 'Shop gifts and bundles',
        description: 'Coffee gift boxes, brewing bundles and gift subscriptions, shipped free in the US.',
        components: [
          {
            type: 'pricing_table',
            config: {
              heading: 'Gifts and bundles',
              currency: 'USD',
              billing_period: 'one_time',
              plans: [
                {
                  name: 'Origins trio',
                  price: '42',
                  description: 'Three 8 oz bags from three continents.',
                  features: ['Ethiopia, Colombia and Sumatra', 'Tasting map included', 'Gift-wrapped'],
                  cta_label: 'Add to cart',
                  cta_url: 'https://emberoak.example/cart/add?sku=origins-trio',
                },
                {
                  name: 'Pour-over starter kit',
                  price: '68',
                  description: 'Everything to brew a great cup at home.',
                  features: ['Ceramic dripper and 100 filters', 'Two 12 oz bags', 'Printed brew guide'],
                  cta_label: 'Add to cart',
                  cta_url: 'https://emberoak.example/cart/add?sku=pour-over-kit',
                  highlighted: true,
                },
                {
                  name: 'Gift subscription, 3 months',
                  price: '54',
                  description: 'One bag a month for three months, with a card from you.',
                  features: ['Choose the start date', 'Personal message card', 'No auto-renewal'],
                  cta_label: 'Give a subscription',
                  cta_url: 'https://emberoak.example/gift',
                },
              ],
            },
          },
          {
            type: 'gallery',
            config: {
              heading: 'This month’s coffees',
              layout: 'grid',
              columns: 3,
              images: [
                {
                  url: 'https://picsum.photos/seed/emberoak-ethiopia/600/600',
                  alt: 'A bag of Ethiopian coffee beside a cup of filter coffee',
                  caption: 'Ethiopia Guji — blueberry, jasmine, honey',
                },
                {
                  url: 'https://picsum.photos/seed/emberoak-colombia/600/600',
                  alt: 'Roasted coffee beans in a wooden scoop',
                  caption: 'Colombia Huila — red apple, caramel',
                },
                {
                  url: 'https://picsum.photos/seed/emberoak-espresso/600/600',
                  alt: 'An espresso shot pulled into a glass cup',
                  caption: 'House Espresso — dark chocolate, cherry',
                },
              ],
            },
          },
          emberOakFooter,
        ],
      },
      {
        path: '/help',
        title: 'Help and FAQ',
        description: 'Answers about subscriptions, delivery, grind sizes and returns, and a way to reach us.',
        components: [
          {
            type: 'faq',
            config: {
              heading: 'Frequently asked questions',
              items: [
                {
                  question: 'When will my coffee arrive?',
                  answer:
                    'We roast on Mondays and Wednesdays and ship the same day. Most US addresses receive their coffee in two to four days.',
                },
                {
                  question: 'Can I skip or pause a delivery?',
                  answer:
                    'Yes, from your account, up to the day before your roast date. There is no fee and no minimum term.',
                },
                {
                  question: 'Which grind should I choose?',
                  answer:
                    'Whole bean stays fresh longest. If you grind with us, pick espresso, pour-over, drip or French press and we grind for that method.',
                },
                {
                  question: 'What if I do not like a coffee?',
                  answer: 'Tell us and we will send a different one for free and update your taste profile.',
                },
                {
                  question: 'Do you ship outside the US?',
                  answer: 'We ship to Canada for a flat $9 per order. Other countries are coming soon.',
                },
              ],
            },
          },
          {
            type: 'contact_form',
            config: {
              heading: 'Still need help?',
              description: 'Our small team answers every message personally, usually the same day.',
              fields: [
                { name: 'name', type: 'text', label: 'Name', required: true, max_length: 120 },
                { name: 'email', type: 'email', label: 'Email', required: true },
                {
                  name: 'order_number',
                  type: 'text',
                  label: 'Order number',
                  placeholder: 'EO-10234',
                  max_length: 20,
                },
                {
                  name: 'topic',
                  type: 'select',
                  label: 'Topic',
                  required: true,
                  options: ['My subscription', 'An order', 'Wholesale', 'Something else'],
                },
                { name: 'message', type: 'textarea', label: 'Message', required: true, max_length: 2000 },
              ],
              submit_label: 'Send message',
              success_message:
                'Thanks for writing! The {{company_name}} team will reply to you by email, usually the same day.',
            },
          },
          emberOakFooter,
        ],
      },
    ],
  },
  {
    slug: 'ecommerce-handmade-ceramics',
    name: 'Kiln — handmade ceramics shop',
    category: 'ecommerce',
    industry: 'Handmade ceramics and homeware maker',
    tags: ['ecommerce', 'handmade', 'ceramics', 'artisan', 'homeware'],
    description:
      'An artisan, image-led shop for makers of ceramics, jewellery, candles or other small-batch goods. The home page leads with a masonry product gallery and a restock-alert signup; a collection page lists tableware sets with a care and shipping FAQ, and a story page introduces the makers with reviews and a wholesale enquiry form.',
    defaults: {
      company_name: 'Saltmarsh Ceramics',
      primary_color: '#8b5e3c',
      secondary_color: '#5f7161',
      tagline: 'Stoneware for everyday tables, thrown by hand.',
      contact_email: 'studio@saltmarsh.example',
      phone: '+44 1328 555 012',
      address: 'The Old Granary, Quay Street, Wells-next-the-Sea NR23 1AH, United Kingdom',
      social_links: {
        instagram: 'https://www.instagram.com/saltmarshceramics',
        facebook: 'https://www.facebook.com/saltmarshceramics',
      },
      font_style: 'serif',
      language: 'en',
    },
    pages: [
      {
        path: '/',
        title: 'Handmade stoneware',
        description:
          'Handmade stoneware plates, bowls and mugs in small batches, glazed in colours from the Norfolk coast.',
        components: [
          {
            type: 'hero',
            config: {
              headline: 'Tableware made slowly, for everyday meals',
              subheadline:
                'Every plate, bowl and mug from {{company_name}} is thrown by hand and glazed in colours taken from the Norfolk marshes. Made in small batches, built to be used.',
              cta_label: 'Shop the collection',
              cta_url: 'https://saltmarsh.example/collection',
              background_image: {
                url: 'https://picsum.photos/seed/saltmarsh-wheel/1600/900',
                alt: 'Hands shaping a bowl of wet clay on a potter’s wheel',
              },
              alignment: 'left',
              theme: 'light',
            },
          },
          {
            type: 'gallery',
            config: {
              heading: 'Fresh from the kiln',
              layout: 'masonry',
              columns: 3,
              images: [
                {
                  url: 'https://picsum.photos/seed/saltmarsh-mugs/600/800',
                  alt: 'Three sea-green mugs stacked on a linen cloth',
                  caption: 'Samphire mug — £32',
                },
                {
                  url: 'https://picsum.photos/seed/saltmarsh-bowls/600/600',
                  alt: 'Nested speckled cream bowls',
                  caption: 'Oyster nesting bowls — £78 for three',
                },
                {
                  url: 'https://picsum.photos/seed/saltmarsh-plates/600/700',
                  alt: 'A table set with grey-blue dinner plates',
                  caption: 'Tideline dinner plate — £38',
                },
                {
                  url: 'https://picsum.photos/seed/saltmarsh-vase/600/900',
                  alt: 'A tall rust-glazed vase holding dried grasses',
                  caption: 'Marsh grass vase — £65',
                },
              ],
            },
          },
          {
            type: 'features',
            config: {
              heading: 'Why handmade',
              columns: 3,
              items: [
                {
                  title: 'Made to last',
                  description:
                    'High-fired stoneware that is dishwasher, microwave and oven safe, and chips far less than porcelain.',
                },
                {
                  title: 'Small batches',
                  description:
                    'We fire the kiln twice a month. Each glaze is a little different; no two pieces are identical.',
                },
                {
                  title: 'Carefully packed',
                  description:
                    'Wrapped in recycled paper and shipped insured. If anything arrives broken, we replace it.',
                },
              ],
            },
          },
          {
            type: 'newsletter_signup',
            config: {
              heading: 'Be first when the kiln opens',
              description:
                'Our best pieces sell out within days. Get an email the evening before each new batch goes online.',
              fields: [
                { name: 'first_name', type: 'text', label: 'First name', max_length: 80 },
                { name: 'email', type: 'email', label: 'Email', required: true },
              ],
              submit_label: 'Notify me',
              success_message:
                'Thank you! You will hear from {{company_name}} the evening before the next kiln opening.',
              consent_text: 'Roughly two emails a month, only about new batches. Unsubscribe at any time.',
            },
          },
          saltmarshFooter,
        ],
      },
      {
        path: '/collection',
        title: 'The collection',
        description: 'Handmade stoneware sets for two, four or six, in four coastal glazes.',
        components: [
          {
            type: 'pricing_table',
            config: {
              heading: 'Tableware sets',
              subheading:
                'Choose your glaze at checkout: Samphire, Oyster, Tideline or Rust. Free UK delivery over £80.',
              currency: 'GBP',
              billing_period: 'one_time',
              plans: [
                {
                  name: 'Breakfast for two',
                  price: '124',
                  description: 'Two mugs and two cereal bowls.',
                  features: ['Hand-thrown stoneware', 'Dishwasher safe', 'Gift box available'],
                  cta_label: 'Add to basket',
                  cta_url: 'https://saltmarsh.example/basket/add?set=breakfast-two',
                },
                {
                  name: 'Dinner set for four',
                  price: '340',
                  description: 'Four dinner plates, four side plates and four bowls.',
                  features: ['Our most loved set', 'Free UK delivery', 'Breakage cover for a year'],
                  cta_label: 'Add to basket',
                  cta_url: 'https://saltmarsh.example/basket/add?set=dinner-four',
                  highlighted: true,
                },
                {
                  name: 'Dinner set for six',
                  price: '495',
                  description: 'Eighteen pieces for a full table.',
                  features: ['Made to order in 4–6 weeks', 'Mix two glazes', 'Free UK delivery'],
                  cta_label: 'Order your set',
                  cta_url: 'https://saltmarsh.example/basket/add?set=dinner-six',
                },
              ],
            },
          },
          {
            type: 'faq',
            config: {
              heading: 'Care and delivery',
              items: [
                {
                  question: 'Is it safe in the dishwasher and microwave?',
                  answer:
                    'Yes. Our stoneware is fired to 1,260 °C and the glazes are food safe and lead free. Avoid sudden temperature shocks, such as a cold plate into a hot oven.',
                },
                {
                  question: 'How long does delivery take?',
                  answer:
                    'Pieces in stock ship within three working days by tracked courier. Made-to-order sets take four to six weeks; we email you when yours is fired.',
                },
                {
                  question: 'What if something arrives broken?',
                  answer:
                    'Send us a photo within 14 days and we will replace it at no cost, no need to return the pieces.',
                },
                {
                  question: 'Do you ship outside the UK?',
                  answer: 'We ship to the EU, the US and Canada. Duties may apply and are shown at checkout.',
                },
              ],
            },
          },
          saltmarshFooter,
        ],
      },
      {
        path: '/story',
        title: 'Our story',
        description: 'Meet the potters behind the studio, read reviews and ask about wholesale or custom orders.',
        components: [
          {
            type: 'team',
            config: {
              heading: 'The makers',
              members: [
                {
                  name: 'Hattie Rowe',
                  role: 'Potter and founder',
                  bio: 'Left a design job in London in 2017 for a wheel in a converted granary. Throws every dinner plate herself.',
                  photo: {
                    url: 'https://picsum.photos/seed/saltmarsh-hattie/400/400',
                    alt: 'Hattie Rowe at her wheel',
                  },
                },
                {
                  name: 'Ben Okafor',
                  role: 'Glaze chemist and kiln keeper',
                  bio: 'Mixes every glaze from raw materials, including the samphire green that took two years to get right.',
                  photo: {
                    url: 'https://picsum.photos/seed/saltmarsh-ben/400/400',
                    alt: 'Ben Okafor holding a glazed bowl',
                  },
                },
              ],
            },
          },
          {
            type: 'testimonials',
            config: {
              heading: 'Reviews',
              items: [
                {
                  quote:
                    'The mugs are heavier and warmer than anything from a shop, and the glaze is even better in person.',
                  author: 'Louise T.',
                  role: 'Verified buyer',
                },
                {
                  quote: 'A plate arrived cracked; they sent a new one the next day without a single question.',
                  author: 'Graham P.',
                  role: 'Verified buyer',
                },
              ],
            },
          },
          {
            type: 'contact_form',
            config: {
              heading: 'Wholesale and custom orders',
              description:
                'We make tableware for a handful of restaurants and shops each year. Tell us what you have in mind.',
              fields: [
                { name: 'name', type: 'text', label: 'Name', required: true, max_length: 120 },
                { name: 'email', type: 'email', label: 'Email', required: true },
                { name: 'business', type: 'text', label: 'Restaurant or shop', max_length: 120 },
                {
                  name: 'enquiry_type',
                  type: 'select',
                  label: 'Enquiry',
                  required: true,
                  options: ['Restaurant tableware', 'Stockist', 'Wedding or gift list', 'Custom piece'],
                },
                { name: 'quantity', type: 'number', label: 'Approximate number of pieces', min: 1, max: 5000 },
                { name: 'message', type: 'textarea', label: 'Tell us more', required: true, max_length: 2000 },
              ],
              submit_label: 'Send enquiry',
              success_message: 'Thank you! Hattie from {{company_name}} will reply within a week, usually sooner.',
            },
          },
          saltmarshFooter,
        ],
      },
    ],
  },
  {
    slug: 'ecommerce-clean-skincare',
    name: 'Dewpoint — clean skincare store',
    category: 'ecommerce',
    industry: 'Direct-to-consumer skincare and beauty brand',
    tags: ['ecommerce', 'skincare', 'beauty', 'dtc', 'cosmetics'],
    description:
      'A fresh, conversion-focused store for a direct-to-consumer skincare, beauty or wellness brand. The home page combines ratings, ingredient benefits, customer reviews, a skin-quiz button and a discount newsletter signup; a bundles page sells routines with an FAQ, and a contact page handles order questions.',
    defaults: {
      company_name: 'Dewpoint Skin',
      primary_color: '#be185d',
      secondary_color: '#fde68a',
      tagline: 'Fewer steps, better skin.',
      contact_email: 'care@dewpoint.example',
      phone: '+1 416 555 0192',
      address: '80 Spadina Avenue, Toronto, ON M5V 2J4, Canada',
      social_links: {
        instagram: 'https://www.instagram.com/dewpointskin',
        tiktok: 'https://www.tiktok.com/@dewpointskin',
      },
      font_style: 'rounded',
      language: 'en',
    },
    pages: [
      {
        path: '/',
        title: 'Clean, simple skincare',
        description:
          'A three-step skincare routine with gentle, fragrance-free formulas. Free shipping over $50 and 60-day returns.',
        components: [
          {
            type: 'hero',
            config: {
              headline: 'A three-step routine your skin will thank you for',
              subheadline:
                '{{company_name}} makes gentle, fragrance-free essentials with ingredients you can pronounce. Dermatologist-tested, vegan and refillable.',
              cta_label: 'Shop the routine',
              cta_url: 'https://dewpoint.example/bundles',
              background_image: {
                url: 'https://picsum.photos/seed/dewpoint-bottles/1600/900',
                alt: 'Three frosted glass skincare bottles on a sunlit bathroom shelf',
              },
              alignment: 'center',
              theme: 'light',
            },
          },
          {
            type: 'stats',
            config: {
              items: [
                { value: '4.8/5', label: 'from 12,400 reviews' },
                { value: '92%', label: 'saw calmer skin in 4 weeks*' },
                { value: '0', label: 'added fragrance or essential oils' },
                { value: '60 days', label: 'to love it or return it' },
              ],
            },
          },
          {
            type: 'features',
            config: {
              heading: 'What goes in, and why',
              subheading: '*Independent consumer study, 110 participants, 28 days of twice-daily use.',
              columns: 4,
              items: [
                {
                  icon: 'droplet',
                  title: 'Ceramides',
                  description: 'Rebuild the skin barrier so moisture stays in and irritation stays out.',
                },
                {
                  icon: 'sun',
                  title: 'Niacinamide',
                  description: 'Evens tone and refines the look of pores, at a gentle 4%.',
                },
                {
                  icon: 'leaf',
                  title: 'Oat extract',
                  description: 'Soothes redness and tightness, even on sensitive skin.',
                },
                {
                  icon: 'recycle',
                  title: 'Refillable glass',
                  description: 'Keep your bottles and reorder refills in compostable pouches.',
                },
              ],
            },
          },
          {
            type: 'testimonials',
            config: {
              heading: 'Real reviews',
              items: [
                {
                  quote:
                    'I went from a nine-step routine to three and my skin has never been calmer. The cleanser does not sting my eyes at all.',
                  author: 'Amara J.',
                  role: 'Sensitive, combination skin',
                },
                {
                  quote: 'Finally a moisturiser that works under sunscreen without pilling. I am on my fourth refill.',
                  author: 'Lisa H.',
                  role: 'Dry skin',
                },
                {
                  quote: 'My partner steals it, so now we buy the duo bundle.',
                  author: 'Kevin R.',
                  role: 'Normal skin',
                },
              ],
            },
          },
          {
            type: 'cta_button',
            config: {
              label: 'Take the 60-second skin quiz',
              url: 'https://dewpoint.example/quiz',
              style: 'secondary',
              size: 'large',
            },
          },
          {
            type: 'newsletter_signup',
            config: {
              heading: 'Take 10% off your first order',
              description: 'Plus routine tips and early access to new launches and restocks.',
              fields: [
                { name: 'email', type: 'email', label: 'Email', required: true, placeholder: 'you@example.com' },
                {
                  name: 'skin_type',
                  type: 'select',
                  label: 'Your skin type (optional)',
                  options: ['Dry', 'Oily', 'Combination', 'Sensitive', 'Not sure'],
                },
              ],
              submit_label: 'Get 10% off',
              success_message: 'Check your inbox! Your {{company_name}} welcome code is waiting for you.',
              consent_text:
                'By subscribing you agree to receive marketing emails from us, about one a week. Unsubscribe anytime.',
            },
          },
          dewpointFooter,
        ],
      },
      {
        path: '/bundles',
        title: 'Routines and bundles',
        description: 'Save up to 20% with complete routines. Free shipping over $50 in Canada and the US.',
        components: [
          {
            type: 'pricing_table',
            config: {
              heading: 'Build your routine',
              subheading: 'Bundles save up to 20% compared with buying each product on its own.',
              currency: 'CAD',
              billing_period: 'one_time',
              plans: [
                {
                  name: 'The Essentials',
                  price: '58',
                  description: 'Cleanser and moisturiser, the two steps everyone needs.',
                  features: ['Gentle Gel Cleanser, 150 ml', 'Barrier Cream, 50 ml', 'Save 12%'],
                  cta_label: 'Add to bag',
                  cta_url: 'https://dewpoint.example/bag/add?bundle=essentials',
                },
                {
                  name: 'The Full Routine',
                  price: '84',
                  description: 'Our three-step routine for morning and night.',
                  features: [
                    'Gentle Gel Cleanser, 150 ml',
                    'Niacinamide Serum, 30 ml',
                    'Barrier Cream, 50 ml',
                    'Save 20%',
                  ],
                  cta_label: 'Add to bag',
                  cta_url: 'https://dewpoint.example/bag/add?bundle=full-routine',
                  highlighted: true,
                },
                {
                  name: 'The Travel Kit',
                  price: '29',
                  description: 'The full routine in carry-on sizes.',
                  features: ['Three 15 ml minis', 'Reusable zip pouch', 'Lasts about two weeks'],
                  cta_label: 'Add to bag',
                  cta_url: 'https://dewpoint.example/bag/add?bundle=travel',
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
                  question: 'Is it suitable for sensitive skin?',
                  answer:
                    'Every formula is fragrance-free and tested on sensitive skin under dermatological supervision. If you have a skin condition, check the full ingredient list with your doctor first.',
                },
                {
                  question: 'How long does one routine last?',
                  answer: 'Used morning and night, the Full Routine lasts about two months.',
                },
                {
                  question: 'What is your return policy?',
                  answer:
                    'If it is not right for your skin, return it within 60 days, even opened, for a full refund. We cover return shipping.',
                },
                {
                  question: 'How do refills work?',
                  answer:
                    'Order refills in compostable pouches, pour them into your glass bottles and save 15% on every reorder.',
                },
              ],
            },
          },
          dewpointFooter,
        ],
      },
      {
        path: '/contact',
        title: 'Contact us',
        description: 'Questions about an order, a product or your routine? Our care team replies within a day.',
        components: [
          {
            type: 'contact_form',
            config: {
              heading: 'Talk to our care team',
              description: 'Real people, not bots. We reply within one business day, Monday to Saturday.',
              fields: [
                { name: 'name', type: 'text', label: 'Name', required: true, max_length: 120 },
                { name: 'email', type: 'email', label: 'Email', required: true },
                { name: 'order_number', type: 'text', label: 'Order number (if you have one)', max_length: 20 },
                {
                  name: 'topic',
                  type: 'select',
                  label: 'How can we help?',
                  required: true,
                  options: ['Where is my order?', 'Returns and refunds', 'Product advice', 'Refills', 'Something else'],
                },
                { name: 'message', type: 'textarea', label: 'Message', required: true, max_length: 2000 },
              ],
              submit_label: 'Send',
              success_message: 'Thank you! The {{company_name}} care team will reply to you within one business day.',
            },
          },
          dewpointFooter,
        ],
      },
    ],
  },
];
