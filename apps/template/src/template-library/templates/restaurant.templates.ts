import type { ComponentSeed, TemplateSeed } from '../template-seed';

const bistroFooter: ComponentSeed = {
  type: 'footer',
  config: {
    company_name: '{{company_name}}',
    tagline: 'Tuesday to Saturday, 5:30 pm – 10:30 pm. Sunday lunch, 12 – 3 pm.',
    address: '{{address}}',
    email: '{{contact_email}}',
    phone: '{{phone}}',
    links: [
      { label: 'Gift cards', url: 'https://bistroolive.example/gift-cards' },
      { label: 'Private dining', url: 'https://bistroolive.example/private-dining' },
      { label: 'Careers', url: 'https://bistroolive.example/careers' },
    ],
    social: [
      { network: 'instagram', url: 'https://www.instagram.com/bistroolive' },
      { network: 'facebook', url: 'https://www.facebook.com/bistroolive' },
    ],
    copyright: '© 2026 {{company_name}}',
  },
};

const crumbFooter: ComponentSeed = {
  type: 'footer',
  config: {
    company_name: '{{company_name}}',
    tagline: 'Open every day, 7 am – 4 pm. Bread is out of the oven by 7:30.',
    address: '{{address}}',
    email: '{{contact_email}}',
    phone: '{{phone}}',
    links: [
      { label: 'Order ahead', url: 'https://crumbandkettle.example/order' },
      { label: 'Allergen guide', url: 'https://crumbandkettle.example/allergens' },
    ],
    social: [
      { network: 'instagram', url: 'https://www.instagram.com/crumbandkettle' },
      { network: 'tiktok', url: 'https://www.tiktok.com/@crumbandkettle' },
    ],
    copyright: '© 2026 {{company_name}}. Baked fresh every morning.',
  },
};

const namiFooter: ComponentSeed = {
  type: 'footer',
  config: {
    company_name: '{{company_name}}',
    tagline: '{{tagline}}',
    address: '{{address}}',
    email: '{{contact_email}}',
    phone: '{{phone}}',
    links: [
      { label: 'Order for pickup', url: 'https://namiramen.example/pickup' },
      { label: 'Gift cards', url: 'https://namiramen.example/gift-cards' },
      { label: 'Allergens', url: 'https://namiramen.example/allergens' },
    ],
    social: [
      { network: 'instagram', url: 'https://www.instagram.com/namiramenbar' },
      { network: 'tiktok', url: 'https://www.tiktok.com/@namiramenbar' },
    ],
    copyright: '© 2026 {{company_name}}. Mon–Thu 5–10 pm, Fri–Sat 12–11 pm, Sun 12–9 pm.',
  },
};

export const RESTAURANT_TEMPLATES: TemplateSeed[] = [
  {
    slug: 'restaurant-neighbourhood-bistro',
    name: 'Maison — neighbourhood bistro',
    category: 'restaurant',
    industry: 'French bistro and wine bar',
    tags: ['restaurant', 'bistro', 'fine dining', 'reservations', 'wine bar'],
    description:
      'An elegant site for a bistro, brasserie or wine bar that takes reservations. The home page pairs a photo-led hero with a dining-room gallery, guest reviews and a supper-club newsletter; a menu page lists the seasonal dishes and wines, and a reservations page offers table booking by date, time and party size with an FAQ.',
    defaults: {
      company_name: 'Bistro Olive',
      primary_color: '#7f1d1d',
      secondary_color: '#d6c6a5',
      tagline: 'Seasonal French cooking on the corner of your street.',
      contact_email: 'bonjour@bistroolive.example',
      phone: '+1 617 555 0148',
      address: '312 Hanover Street, Boston, MA 02113',
      social_links: {
        instagram: 'https://www.instagram.com/bistroolive',
        facebook: 'https://www.facebook.com/bistroolive',
      },
      font_style: 'serif',
      language: 'en',
    },
    pages: [
      {
        path: '/',
        title: 'Neighbourhood French bistro',
        description:
          'Seasonal French cooking, natural wines and a warm dining room in the North End. Reserve a table online.',
        components: [
          {
            type: 'hero',
            config: {
              headline: 'Seasonal French cooking, a glass of something good',
              subheadline:
                '{{company_name}} is a 40-seat bistro where the menu changes with the market and the wine list leans natural. Come for steak frites, stay for the tarte Tatin.',
              cta_label: 'Reserve a table',
              cta_url: 'https://bistroolive.example/reservations',
              background_image: {
                url: 'https://picsum.photos/seed/bistroolive-dining/1600/900',
                alt: 'A candlelit bistro dining room with wooden tables and a long bar',
              },
              alignment: 'center',
              theme: 'dark',
            },
          },
          {
            type: 'gallery',
            config: {
              heading: 'Inside the bistro',
              layout: 'grid',
              columns: 3,
              images: [
                {
                  url: 'https://picsum.photos/seed/bistroolive-steak/800/600',
                  alt: 'Steak frites with béarnaise sauce on a white plate',
                  caption: 'Steak frites, sauce béarnaise',
                },
                {
                  url: 'https://picsum.photos/seed/bistroolive-bar/800/600',
                  alt: 'Wine glasses lined up on a zinc bar',
                  caption: 'The zinc bar',
                },
                {
                  url: 'https://picsum.photos/seed/bistroolive-tatin/800/600',
                  alt: 'A caramelised apple tart with a scoop of crème fraîche',
                  caption: 'Tarte Tatin for two',
                },
              ],
            },
          },
          {
            type: 'testimonials',
            config: {
              heading: 'From our guests',
              items: [
                {
                  quote:
                    'The kind of place you want to keep to yourself. Perfect onion soup, a wine list full of surprises and staff who remember you.',
                  author: 'Claire B.',
                  role: 'Regular since 2021',
                },
                {
                  quote:
                    'We celebrated our anniversary here and they surprised us with champagne. Impeccable and warm.',
                  author: 'Marco & Jess',
                },
              ],
            },
          },
          {
            type: 'newsletter_signup',
            config: {
              heading: 'Join the supper club',
              description:
                'Be the first to hear about new menus, winemaker dinners and the occasional Sunday pig roast.',
              fields: [
                { name: 'first_name', type: 'text', label: 'First name', max_length: 80 },
                { name: 'email', type: 'email', label: 'Email', required: true },
              ],
              submit_label: 'Join',
              success_message: 'Merci! You are on the {{company_name}} supper club list. À bientôt.',
              consent_text: 'One email a month at most. We never share your address.',
            },
          },
          bistroFooter,
        ],
      },
      {
        path: '/menu',
        title: 'Menu',
        description: 'Our seasonal dinner menu, desserts and wines by the glass.',
        components: [
          {
            type: 'menu',
            config: {
              heading: 'Autumn menu',
              currency: 'USD',
              sections: [
                {
                  title: 'Pour commencer',
                  items: [
                    {
                      name: 'French onion soup',
                      description: 'Slow-cooked onions, beef broth, toasted baguette, melted Comté.',
                      price: '14',
                    },
                    {
                      name: 'Leek vinaigrette',
                      description: 'Charred leeks, mustard dressing, soft egg, hazelnuts.',
                      price: '13',
                      dietary: ['vegetarian', 'gluten-free'],
                    },
                    {
                      name: 'Country pâté',
                      description: 'Pork and chicken liver terrine, cornichons, grilled sourdough.',
                      price: '15',
                    },
                  ],
                },
                {
                  title: 'Plats',
                  items: [
                    {
                      name: 'Steak frites',
                      description: 'Grass-fed hanger steak, hand-cut fries, béarnaise.',
                      price: '34',
                      dietary: ['gluten-free'],
                    },
                    {
                      name: 'Duck confit',
                      description: 'Crisp duck leg, Puy lentils, roasted grapes.',
                      price: '32',
                      dietary: ['gluten-free', 'dairy-free'],
                    },
                    {
                      name: 'Mushroom bourguignon',
                      description: 'Wild mushrooms braised in red wine, pommes purée, crispy shallots.',
                      price: '27',
                      dietary: ['vegetarian'],
                    },
                    {
                      name: 'Catch of the day',
                      description: 'Brown butter, capers, lemon. Ask your server for today’s fish.',
                      price: 'Market',
                    },
                  ],
                },
                {
                  title: 'Desserts',
                  items: [
                    { name: 'Tarte Tatin for two', description: 'Caramelised apples, crème fraîche.', price: '18' },
                    {
                      name: 'Chocolate mousse',
                      description: 'Dark chocolate, sea salt, olive oil.',
                      price: '11',
                      dietary: ['gluten-free'],
                    },
                  ],
                },
                {
                  title: 'Wines by the glass',
                  items: [
                    { name: 'Crémant de Loire, Domaine de la Paleine', price: '15' },
                    { name: 'Muscadet, Domaine de l’Écu', price: '14' },
                    { name: 'Gamay, Beaujolais-Villages', price: '15' },
                    { name: 'Côtes du Rhône, Domaine Gramenon', price: '16' },
                  ],
                },
              ],
            },
          },
          {
            type: 'cta_button',
            config: {
              label: 'Reserve a table',
              url: 'https://bistroolive.example/reservations',
              style: 'primary',
              size: 'large',
            },
          },
          bistroFooter,
        ],
      },
      {
        path: '/reservations',
        title: 'Reservations',
        description: 'Book a table for up to eight guests online. For larger parties, ask about private dining.',
        components: [
          {
            type: 'booking_form',
            config: {
              heading: 'Reserve a table',
              description: 'We hold tables for 15 minutes. For parties larger than eight, please call us.',
              fields: [
                { name: 'name', type: 'text', label: 'Name', required: true, max_length: 120 },
                { name: 'email', type: 'email', label: 'Email', required: true },
                { name: 'phone', type: 'tel', label: 'Mobile number', required: true, max_length: 40 },
                { name: 'date', type: 'date', label: 'Date', required: true },
                {
                  name: 'time',
                  type: 'select',
                  label: 'Time',
                  required: true,
                  options: ['5:30 pm', '6:00 pm', '6:30 pm', '7:00 pm', '7:30 pm', '8:00 pm', '8:30 pm', '9:00 pm'],
                },
                { name: 'party_size', type: 'number', label: 'Guests', required: true, min: 1, max: 8 },
                {
                  name: 'occasion',
                  type: 'select',
                  label: 'Occasion',
                  options: ['None', 'Birthday', 'Anniversary', 'Business dinner', 'Date night'],
                },
                {
                  name: 'notes',
                  type: 'textarea',
                  label: 'Allergies or requests',
                  max_length: 500,
                  placeholder: 'For example: one guest is coeliac; we would love a window table',
                },
              ],
              submit_label: 'Request table',
              success_message:
                'Merci! We have your request and will confirm your table by email shortly. To change it, call {{phone}}.',
              slot_minutes: 30,
              opening_hours: 'Dinner Tuesday to Saturday, 5:30 pm – 10:30 pm. Sunday lunch, 12 – 3 pm.',
            },
          },
          {
            type: 'faq',
            config: {
              heading: 'Before you visit',
              items: [
                {
                  question: 'Do you take walk-ins?',
                  answer: 'Yes, the bar and four tables are kept for walk-ins every night.',
                },
                {
                  question: 'Can you cater for allergies?',
                  answer:
                    'Most dishes can be adapted for gluten-free, dairy-free or vegetarian guests. Tell us when you book and we will plan ahead.',
                },
                {
                  question: 'Do you host private events?',
                  answer:
                    'Our back room seats up to 18 for dinners and celebrations. Email us for menus and availability.',
                },
                {
                  question: 'What is your cancellation policy?',
                  answer:
                    'Please let us know at least 24 hours ahead. For parties of six or more we take a card to hold the table.',
                },
              ],
            },
          },
          bistroFooter,
        ],
      },
    ],
  },
  {
    slug: 'restaurant-cafe-bakery',
    name: 'Crumb — café & bakery',
    category: 'restaurant',
    industry: 'Café and artisan bakery',
    tags: ['cafe', 'bakery', 'coffee shop', 'catering', 'brunch'],
    description:
      'A cheerful site for a café, bakery or coffee shop that also caters. The home page shows what makes the café special, a short menu of today’s bakes, a photo gallery and a newsletter; a full menu page covers breakfast to drinks, and a catering page lists platters with a date-based order form and FAQ.',
    defaults: {
      company_name: 'Crumb & Kettle',
      primary_color: '#b45309',
      secondary_color: '#65a30d',
      tagline: 'Sourdough, pastries and proper coffee, baked every morning.',
      contact_email: 'hello@crumbandkettle.example',
      phone: '+1 206 555 0135',
      address: '1418 North 45th Street, Seattle, WA 98103',
      social_links: {
        instagram: 'https://www.instagram.com/crumbandkettle',
        tiktok: 'https://www.tiktok.com/@crumbandkettle',
      },
      font_style: 'rounded',
      language: 'en',
    },
    pages: [
      {
        path: '/',
        title: 'Café and bakery',
        description:
          'Sourdough, croissants and specialty coffee in Wallingford, baked fresh every morning. Catering for offices and events.',
        components: [
          {
            type: 'hero',
            config: {
              headline: 'Warm croissants and proper coffee, from 7 am',
              subheadline:
                'At {{company_name}} we laminate our pastry by hand, bake sourdough overnight and pull espresso from a local roaster. Pull up a chair or take it to go.',
              cta_label: 'Order ahead for pickup',
              cta_url: 'https://crumbandkettle.example/order',
              background_image: {
                url: 'https://picsum.photos/seed/crumbkettle-counter/1600/900',
                alt: 'A bakery counter full of croissants and loaves of bread',
              },
              alignment: 'left',
              theme: 'light',
            },
          },
          {
            type: 'features',
            config: {
              columns: 3,
              items: [
                {
                  icon: 'sunrise',
                  title: 'Baked at 4 am',
                  description:
                    'Everything on the counter was made this morning. What is left at 3 pm goes to a local food bank.',
                },
                {
                  icon: 'coffee',
                  title: 'Local coffee',
                  description:
                    'Espresso and filter from a roaster five blocks away, with oat and almond milk at no extra cost.',
                },
                {
                  icon: 'paw',
                  title: 'Dogs welcome',
                  description:
                    'Our sunny back patio has water bowls, blankets in winter and a biscuit jar for good dogs.',
                },
              ],
            },
          },
          {
            type: 'menu',
            config: {
              heading: 'On the counter today',
              currency: 'USD',
              sections: [
                {
                  title: 'Favourites',
                  items: [
                    { name: 'Butter croissant', price: '4.50', dietary: ['vegetarian'] },
                    {
                      name: 'Cardamom bun',
                      description: 'Our best seller. Gone by 11 most days.',
                      price: '5',
                      dietary: ['vegetarian'],
                    },
                    {
                      name: 'Country sourdough loaf',
                      description: '36-hour ferment, whole loaf.',
                      price: '9',
                      dietary: ['vegan'],
                    },
                    { name: 'Flat white', price: '4.75' },
                  ],
                },
              ],
            },
          },
          {
            type: 'gallery',
            config: {
              layout: 'carousel',
              images: [
                {
                  url: 'https://picsum.photos/seed/crumbkettle-buns/1200/800',
                  alt: 'A tray of cardamom buns dusted with sugar',
                },
                {
                  url: 'https://picsum.photos/seed/crumbkettle-patio/1200/800',
                  alt: 'A sunny café patio with wooden benches and plants',
                },
                {
                  url: 'https://picsum.photos/seed/crumbkettle-latte/1200/800',
                  alt: 'A barista pouring latte art into a ceramic cup',
                },
              ],
            },
          },
          {
            type: 'newsletter_signup',
            config: {
              heading: 'The weekend bake list',
              description: 'Every Thursday: the weekend specials, so you know when to come early.',
              fields: [{ name: 'email', type: 'email', label: 'Email', required: true }],
              submit_label: 'Sign me up',
              success_message: 'Yay! The {{company_name}} weekend bake list will land in your inbox on Thursday.',
              consent_text: 'One short email a week. Unsubscribe in one click.',
            },
          },
          crumbFooter,
        ],
      },
      {
        path: '/menu',
        title: 'Menu',
        description: 'Pastries, breakfast, lunch sandwiches and coffee. Vegan and gluten-free options every day.',
        components: [
          {
            type: 'menu',
            config: {
              heading: 'Our menu',
              currency: 'USD',
              sections: [
                {
                  title: 'Pastries',
                  items: [
                    { name: 'Butter croissant', price: '4.50', dietary: ['vegetarian'] },
                    { name: 'Pain au chocolat', price: '5', dietary: ['vegetarian'] },
                    { name: 'Cardamom bun', price: '5', dietary: ['vegetarian'] },
                    { name: 'Almond and pear galette', price: '6', dietary: ['vegetarian'] },
                    { name: 'Blueberry oat muffin', price: '4.25', dietary: ['vegan', 'gluten-free'] },
                  ],
                },
                {
                  title: 'Breakfast',
                  items: [
                    {
                      name: 'Sourdough toast',
                      description: 'Cultured butter and house jam, or avocado and chilli crisp.',
                      price: '7',
                      dietary: ['vegetarian'],
                    },
                    {
                      name: 'Egg sandwich',
                      description: 'Soft scrambled eggs, cheddar, chives, brioche bun. Add bacon for $3.',
                      price: '11',
                      dietary: ['vegetarian'],
                    },
                    {
                      name: 'Granola bowl',
                      description: 'House granola, Greek yoghurt, seasonal fruit, honey.',
                      price: '10',
                      dietary: ['vegetarian', 'gluten-free'],
                    },
                  ],
                },
                {
                  title: 'Lunch (from 11 am)',
                  items: [
                    {
                      name: 'Roast chicken sandwich',
                      description: 'Herb mayo, pickled shallots, rocket, on focaccia.',
                      price: '14',
                    },
                    {
                      name: 'Roasted squash salad',
                      description: 'Farro, feta, pumpkin seeds, maple-sherry dressing.',
                      price: '13',
                      dietary: ['vegetarian'],
                    },
                    { name: 'Soup of the day with sourdough', price: '9', dietary: ['vegan'] },
                  ],
                },
                {
                  title: 'Drinks',
                  items: [
                    { name: 'Espresso', price: '3.50' },
                    { name: 'Flat white', price: '4.75' },
                    { name: 'Filter coffee, bottomless', price: '4' },
                    { name: 'Chai latte', description: 'Brewed in house with fresh spices.', price: '5.25' },
                    { name: 'Fresh orange juice', price: '5.50', dietary: ['vegan'] },
                  ],
                },
              ],
            },
          },
          crumbFooter,
        ],
      },
      {
        path: '/catering',
        title: 'Catering',
        description: 'Pastry platters, sandwich boxes and coffee to go for offices, meetings and parties in Seattle.',
        components: [
          {
            type: 'pricing_table',
            config: {
              heading: 'Catering boxes',
              subheading: 'Order 48 hours ahead. Free delivery within three miles of the café on orders over $150.',
              currency: 'USD',
              billing_period: 'one_time',
              plans: [
                {
                  name: 'Morning meeting',
                  price: '75',
                  description: 'Serves 10.',
                  features: ['12 mini pastries', 'Seasonal fruit platter', 'Napkins and plates'],
                },
                {
                  name: 'Office breakfast',
                  price: '180',
                  description: 'Serves 15.',
                  features: [
                    '15 pastries and buns',
                    'Two boxes of coffee (96 oz each)',
                    'Fresh orange juice',
                    'Milk and oat milk',
                  ],
                  highlighted: true,
                },
                {
                  name: 'Lunch box',
                  price: '16',
                  description: 'Per person, minimum 8.',
                  features: ['Sandwich or salad', 'Seasonal side', 'Cookie', 'Vegan and gluten-free options'],
                },
              ],
            },
          },
          {
            type: 'booking_form',
            config: {
              heading: 'Place a catering order',
              description:
                'Tell us the date and what you need. We confirm every order by email within one working day.',
              fields: [
                { name: 'name', type: 'text', label: 'Name', required: true, max_length: 120 },
                { name: 'email', type: 'email', label: 'Email', required: true },
                { name: 'phone', type: 'tel', label: 'Phone', required: true, max_length: 40 },
                { name: 'date', type: 'date', label: 'Date of your event', required: true },
                {
                  name: 'time',
                  type: 'select',
                  label: 'Ready by',
                  required: true,
                  options: ['7:30 am', '8:30 am', '9:30 am', '11:30 am', '12:30 pm'],
                },
                { name: 'headcount', type: 'number', label: 'Number of people', required: true, min: 5, max: 300 },
                {
                  name: 'fulfilment',
                  type: 'select',
                  label: 'Pickup or delivery',
                  required: true,
                  options: ['Pickup at the café', 'Delivery'],
                },
                {
                  name: 'order_details',
                  type: 'textarea',
                  label: 'What would you like?',
                  help_text: 'Boxes from above, dietary needs and a delivery address if needed.',
                  max_length: 1500,
                },
              ],
              submit_label: 'Send order request',
              success_message:
                'Thank you! {{company_name}} will confirm your order and send an invoice by email within one working day.',
              opening_hours: 'Catering pickups and deliveries every day from 7 am to 2 pm.',
            },
          },
          {
            type: 'faq',
            config: {
              heading: 'Catering questions',
              items: [
                {
                  question: 'How much notice do you need?',
                  answer:
                    '48 hours for most orders, and a week for groups over 100. We can sometimes help at shorter notice, so call us.',
                },
                {
                  question: 'Can you label allergens?',
                  answer:
                    'Yes, every item is labelled with its allergens, and vegan or gluten-free items are packed separately.',
                },
              ],
            },
          },
          crumbFooter,
        ],
      },
    ],
  },
  {
    slug: 'restaurant-ramen-bar',
    name: 'Nami — ramen bar',
    category: 'restaurant',
    industry: 'Japanese ramen bar and casual restaurant',
    tags: ['restaurant', 'ramen', 'japanese', 'casual dining', 'private events'],
    description:
      'A bold, dark-themed site for a ramen bar, noodle shop or any casual counter restaurant. The home page opens with key figures, signature bowls, reviews and a counter booking form with time and party size; a full menu page shows dietary marks, and an events page covers private hire with a gallery, FAQ and enquiry form.',
    defaults: {
      company_name: 'Nami Ramen Bar',
      primary_color: '#dc2626',
      secondary_color: '#111827',
      tagline: 'Eighteen-hour broth, noodles made every morning.',
      contact_email: 'hello@namiramen.example',
      phone: '+1 213 555 0177',
      address: '327 East 2nd Street, Los Angeles, CA 90012',
      social_links: {
        instagram: 'https://www.instagram.com/namiramenbar',
        tiktok: 'https://www.tiktok.com/@namiramenbar',
      },
      font_style: 'sans',
      language: 'en',
    },
    pages: [
      {
        path: '/',
        title: 'Ramen bar in Little Tokyo',
        description:
          'Tonkotsu, shoyu and vegan miso ramen with noodles made in house every morning. Book a counter seat online.',
        components: [
          {
            type: 'hero',
            config: {
              headline: 'Eighteen hours of broth. Five minutes to your bowl.',
              subheadline:
                '{{company_name}} simmers pork bones overnight, makes noodles every morning and serves them at a 24-seat counter in Little Tokyo.',
              cta_label: 'Book a counter seat',
              background_image: {
                url: 'https://picsum.photos/seed/nami-ramen-bowl/1600/900',
                alt: 'A steaming bowl of tonkotsu ramen with chashu, egg and spring onion',
              },
              alignment: 'left',
              theme: 'dark',
            },
          },
          {
            type: 'stats',
            config: {
              items: [
                { value: '18 hrs', label: 'to simmer our tonkotsu broth' },
                { value: '24', label: 'seats at the counter' },
                { value: '3', label: 'vegan bowls on the menu' },
              ],
            },
          },
          {
            type: 'menu',
            config: {
              heading: 'Signature bowls',
              currency: 'USD',
              sections: [
                {
                  title: 'Ramen',
                  items: [
                    {
                      name: 'Nami tonkotsu',
                      description: 'Rich pork broth, chashu, soft egg, black garlic oil, kikurage.',
                      price: '18',
                    },
                    {
                      name: 'Spicy miso',
                      description: 'Red miso broth, chilli minced pork, corn, butter, bean sprouts.',
                      price: '19',
                    },
                    {
                      name: 'Garden miso',
                      description: 'Shiitake and kombu broth, roasted squash, tofu, sesame.',
                      price: '17',
                      dietary: ['vegan'],
                    },
                  ],
                },
              ],
            },
          },
          {
            type: 'testimonials',
            config: {
              items: [
                {
                  quote: 'The best tonkotsu I have had outside Fukuoka. The egg is perfect every single time.',
                  author: 'Kenji T.',
                  role: 'Local guide',
                },
                {
                  quote: 'Finally a vegan ramen that is not an afterthought. The garden miso is deep and smoky.',
                  author: 'Sarah L.',
                },
              ],
            },
          },
          {
            type: 'booking_form',
            config: {
              heading: 'Book a counter seat',
              description:
                'Half our seats are kept for walk-ins. Book ahead for a guaranteed seat, parties of up to six.',
              fields: [
                { name: 'name', type: 'text', label: 'Name', required: true, max_length: 120 },
                { name: 'email', type: 'email', label: 'Email', required: true },
                { name: 'phone', type: 'tel', label: 'Mobile', required: true, max_length: 40 },
                { name: 'date', type: 'date', label: 'Date', required: true },
                {
                  name: 'time',
                  type: 'select',
                  label: 'Time',
                  required: true,
                  options: ['12:00 pm', '1:00 pm', '5:00 pm', '6:00 pm', '7:00 pm', '8:00 pm', '9:00 pm'],
                },
                { name: 'party_size', type: 'number', label: 'Party size', required: true, min: 1, max: 6 },
                {
                  name: 'dietary',
                  type: 'select',
                  label: 'Dietary needs',
                  options: ['None', 'Vegan', 'Vegetarian', 'Gluten-free', 'Shellfish allergy'],
                },
              ],
              submit_label: 'Book seats',
              success_message:
                'Your seats are requested! {{company_name}} will text and email you a confirmation. Running late? Call {{phone}}.',
              slot_minutes: 60,
              opening_hours: 'Mon–Thu 5–10 pm, Fri–Sat 12–11 pm, Sun 12–9 pm',
            },
          },
          namiFooter,
        ],
      },
      {
        path: '/menu',
        title: 'Menu',
        description: 'Ramen, small plates, sake and Japanese beer. Vegan and gluten-free options marked.',
        components: [
          {
            type: 'menu',
            config: {
              heading: 'Full menu',
              currency: 'USD',
              sections: [
                {
                  title: 'Ramen',
                  items: [
                    {
                      name: 'Nami tonkotsu',
                      description: 'Rich pork broth, chashu, soft egg, black garlic oil, kikurage.',
                      price: '18',
                    },
                    {
                      name: 'Shoyu chicken',
                      description: 'Clear chicken and dashi broth, soy tare, chicken chashu, menma.',
                      price: '17',
                    },
                    {
                      name: 'Spicy miso',
                      description: 'Red miso broth, chilli minced pork, corn, butter, bean sprouts.',
                      price: '19',
                    },
                    {
                      name: 'Garden miso',
                      description: 'Shiitake and kombu broth, roasted squash, tofu, sesame.',
                      price: '17',
                      dietary: ['vegan'],
                    },
                    {
                      name: 'Tsukemen',
                      description: 'Thick dipping noodles, concentrated pork and fish broth, lime.',
                      price: '20',
                    },
                    {
                      name: 'Gluten-free rice noodle bowl',
                      description: 'Any broth with rice noodles instead of wheat.',
                      price: '+2',
                      dietary: ['gluten-free'],
                    },
                  ],
                },
                {
                  title: 'Small plates',
                  items: [
                    { name: 'Pork gyoza (6)', description: 'Pan-fried, chilli vinegar.', price: '9' },
                    { name: 'Karaage', description: 'Soy-marinated fried chicken, yuzu mayo.', price: '11' },
                    {
                      name: 'Edamame',
                      description: 'Sea salt or garlic chilli.',
                      price: '6',
                      dietary: ['vegan', 'gluten-free'],
                    },
                    { name: 'Cucumber sunomono', price: '6', dietary: ['vegan'] },
                  ],
                },
                {
                  title: 'Extras',
                  items: [
                    { name: 'Ajitama egg', price: '2.50' },
                    { name: 'Extra chashu', price: '4' },
                    { name: 'Kaedama (extra noodles)', price: '3' },
                  ],
                },
                {
                  title: 'Drinks',
                  items: [
                    { name: 'Sapporo draft', price: '8' },
                    { name: 'House junmai sake, 180 ml', price: '12' },
                    { name: 'Yuzu soda', price: '5', dietary: ['vegan'] },
                    { name: 'Iced barley tea', price: '4', dietary: ['vegan'] },
                  ],
                },
              ],
            },
          },
          namiFooter,
        ],
      },
      {
        path: '/events',
        title: 'Private events',
        description: 'Hire the whole counter for birthdays, team dinners and ramen workshops for up to 24 guests.',
        components: [
          {
            type: 'features',
            config: {
              heading: 'Make it your night',
              columns: 3,
              items: [
                {
                  title: 'Counter buyout',
                  description:
                    'The whole bar for up to 24 guests, with a set menu of small plates, two bowls each and sake.',
                },
                {
                  title: 'Ramen workshop',
                  description: 'Our chef teaches 8 to 12 guests to make noodles and tare, then you eat what you made.',
                },
                {
                  title: 'Lunch for the office',
                  description: 'Bowls packed to travel, with broth and noodles separate so nothing goes soggy.',
                },
              ],
            },
          },
          {
            type: 'gallery',
            config: {
              layout: 'grid',
              columns: 2,
              images: [
                {
                  url: 'https://picsum.photos/seed/nami-counter/900/600',
                  alt: 'Guests seated along a wooden ramen counter',
                  caption: 'A birthday buyout at the counter',
                },
                {
                  url: 'https://picsum.photos/seed/nami-workshop/900/600',
                  alt: 'A chef showing guests how to cut fresh noodles',
                  caption: 'Noodle-making workshop',
                },
              ],
            },
          },
          {
            type: 'faq',
            config: {
              items: [
                {
                  question: 'How much does a buyout cost?',
                  answer:
                    'Evening buyouts start at $1,200 for food and drink on Monday to Thursday, and $2,000 on weekends.',
                },
                {
                  question: 'Can you cater for dietary needs?',
                  answer: 'Yes. Every set menu can be made vegan, and we have gluten-free noodles.',
                },
              ],
            },
          },
          {
            type: 'contact_form',
            config: {
              heading: 'Plan your event',
              description: 'Tell us about your group and we will send menus, availability and a quote.',
              fields: [
                { name: 'name', type: 'text', label: 'Name', required: true, max_length: 120 },
                { name: 'email', type: 'email', label: 'Email', required: true },
                {
                  name: 'event_type',
                  type: 'select',
                  label: 'Type of event',
                  required: true,
                  options: ['Counter buyout', 'Ramen workshop', 'Office lunch', 'Something else'],
                },
                { name: 'event_date', type: 'date', label: 'Preferred date' },
                { name: 'guests', type: 'number', label: 'Number of guests', required: true, min: 6, max: 200 },
                { name: 'message', type: 'textarea', label: 'Tell us more', max_length: 1500 },
              ],
              submit_label: 'Send enquiry',
              success_message:
                'Thanks! Our events team at {{company_name}} will reply with menus and a quote within two days.',
            },
          },
          namiFooter,
        ],
      },
    ],
  },
];
