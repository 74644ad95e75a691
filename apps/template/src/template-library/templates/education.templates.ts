import type { TemplateSeed } from '../template-seed';

export const EDUCATION_TEMPLATES: TemplateSeed[] = [
  {
    slug: 'education-coding-bootcamp',
    name: 'Codepath — coding bootcamp',
    category: 'education',
    industry: 'Coding bootcamp and online courses',
    tags: ['bootcamp', 'online courses', 'coding', 'career change', 'tuition'],
    description:
      'A conversion-focused website for a coding bootcamp, online academy or professional training provider. The home page presents courses, graduate outcomes and alumni stories with a newsletter for info sessions; a courses page shows cohort timetables, tuition options and an FAQ, and an apply page takes applications.',
    defaults: {
      company_name: 'Codepath Academy',
      primary_color: '#7c3aed',
      secondary_color: '#22d3ee',
      tagline: 'Learn to code. Get hired. Keep growing.',
      contact_email: 'admissions@codepath.example',
      phone: '+1 312 555 0118',
      address: '600 West Chicago Avenue, Chicago, IL 60654',
      social_links: {
        linkedin: 'https://www.linkedin.com/school/codepath-academy',
        github: 'https://github.com/codepath-academy',
        youtube: 'https://www.youtube.com/@codepathacademy',
      },
      font_style: 'mono',
      language: 'en',
    },
    pages: [
      {
        path: '/',
        title: 'Home',
        description: 'Live online bootcamps in web development, data analytics and UX design, with career coaching.',
        components: [
          {
            type: 'hero',
            config: {
              headline: 'Become a software developer in 16 weeks',
              subheadline:
                'Live online classes with working engineers, real projects for your portfolio and a career coach until you are hired. {{tagline}}',
              cta_label: 'Explore courses',
              cta_url: 'https://codepath.example/courses',
              alignment: 'left',
              theme: 'dark',
            },
          },
          {
            type: 'features',
            config: {
              heading: 'Our courses',
              subheading: 'Full-time or part-time, always live, always with a real instructor.',
              columns: 3,
              items: [
                {
                  icon: 'code',
                  title: 'Full-stack web development',
                  description:
                    'JavaScript, TypeScript, React, Node.js and PostgreSQL. Ship three production apps and a team project.',
                },
                {
                  icon: 'chart',
                  title: 'Data analytics',
                  description: 'SQL, Python, pandas and dashboards, with capstone projects built on real company data.',
                },
                {
                  icon: 'pen',
                  title: 'UX and product design',
                  description:
                    'Research, wireframes, Figma prototypes and usability testing, ending with a case-study portfolio.',
                },
              ],
            },
          },
          {
            type: 'stats',
            config: {
              heading: 'Graduate outcomes, audited',
              items: [
                { value: '87%', label: 'hired within 180 days of graduating' },
                { value: '$71,500', label: 'median starting salary' },
                { value: '2,900+', label: 'alumni at 600 companies' },
                { value: '4.8/5', label: 'on Course Report' },
              ],
            },
          },
          {
            type: 'testimonials',
            config: {
              heading: 'From classroom to career',
              items: [
                {
                  quote:
                    'I was a restaurant manager with zero coding experience. Five months after graduating I am a junior developer at a fintech.',
                  author: 'Andre Thompson',
                  role: 'Software Engineer',
                  company: 'Ledgerline',
                },
                {
                  quote:
                    'The part-time course fit around my job and two kids. The instructors answered every question, even at 10 p.m.',
                  author: 'Lucia Fernández',
                  role: 'Data Analyst',
                  company: 'Midwest Health Partners',
                },
              ],
            },
          },
          {
            type: 'newsletter_signup',
            config: {
              heading: 'Join a free info session',
              description: 'Get invitations to live Q&As with instructors and alumni, plus a free coding prep course.',
              fields: [
                { name: 'first_name', type: 'text', label: 'First name', required: true, max_length: 80 },
                { name: 'email', type: 'email', label: 'Email', required: true },
                {
                  name: 'course_interest',
                  type: 'select',
                  label: 'Most interested in',
                  options: ['Web development', 'Data analytics', 'UX design', 'Not sure yet'],
                },
              ],
              submit_label: 'Send me invites',
              success_message:
                'You are in! Your free prep course and the next {{company_name}} info session date are on the way.',
              consent_text:
                'We email about twice a month about courses and events. We never sell your data. Unsubscribe anytime.',
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
                { label: 'Outcomes report', url: 'https://codepath.example/outcomes' },
                { label: 'Scholarships', url: 'https://codepath.example/scholarships' },
                { label: 'Privacy', url: 'https://codepath.example/privacy' },
              ],
              social: [
                { network: 'linkedin', url: 'https://www.linkedin.com/school/codepath-academy' },
                { network: 'github', url: 'https://github.com/codepath-academy' },
                { network: 'youtube', url: 'https://www.youtube.com/@codepathacademy' },
              ],
              copyright: '© 2026 {{company_name}}',
            },
          },
        ],
      },
      {
        path: '/courses',
        title: 'Courses & tuition',
        description: 'Upcoming cohorts, class times, tuition and financing.',
        components: [
          {
            type: 'schedule',
            config: {
              heading: 'Upcoming cohorts and class times',
              days: [
                {
                  label: 'Full-time — starts 14 September',
                  sessions: [
                    {
                      time: 'Mon–Fri 09:00',
                      title: 'Live lecture and code-along',
                      description: 'Two hours on the day’s concept, with your instructor coding alongside you.',
                    },
                    { time: 'Mon–Fri 11:30', title: 'Pair programming lab' },
                    { time: 'Mon–Fri 14:00', title: 'Project work with mentor office hours' },
                    { time: 'Fri 16:00', title: 'Demo and code review', description: 'Show what you built this week.' },
                  ],
                },
                {
                  label: 'Part-time — starts 5 October',
                  sessions: [
                    { time: 'Tue & Thu 18:30', title: 'Live evening class (3 hours)' },
                    { time: 'Sat 10:00', title: 'Weekend workshop and project lab (4 hours)' },
                    { time: 'Sun 17:00', title: 'Optional mentor office hours' },
                  ],
                },
              ],
            },
          },
          {
            type: 'pricing_table',
            config: {
              heading: 'Tuition',
              subheading: 'The same course and career support whichever way you pay. Scholarships cover up to 50%.',
              currency: 'USD',
              billing_period: 'one_time',
              plans: [
                {
                  name: 'Pay upfront',
                  price: '13,900',
                  description: 'Save $1,000 on the standard tuition.',
                  features: ['Full course and career coaching', 'Lifetime alumni community'],
                  cta_label: 'Apply now',
                  cta_url: 'https://codepath.example/apply',
                },
                {
                  name: 'Monthly instalments',
                  price: '14,900',
                  description: 'Spread over 12 months at 0% interest.',
                  features: ['Full course and career coaching', '$1,500 deposit, then 12 payments'],
                  cta_label: 'Apply now',
                  cta_url: 'https://codepath.example/apply',
                  highlighted: true,
                },
                {
                  name: 'Job guarantee',
                  price: '16,400',
                  description: 'Full refund if you are not hired within 180 days.',
                  features: ['Everything in upfront', 'Extended career coaching', 'Tuition refund guarantee'],
                  cta_label: 'Check eligibility',
                  cta_url: 'https://codepath.example/job-guarantee',
                },
              ],
            },
          },
          {
            type: 'faq',
            config: {
              heading: 'Admissions questions',
              items: [
                {
                  question: 'Do I need coding experience?',
                  answer:
                    'No. You complete a free 20-hour prep course before day one, and a short technical chat confirms you are ready.',
                },
                {
                  question: 'How much time does the part-time course take?',
                  answer: 'Plan for 15 to 20 hours a week: 10 hours of live classes plus projects and reading.',
                },
                {
                  question: 'What if I fall behind?',
                  answer: 'You can switch to a later cohort once, free of charge, and keep all your progress.',
                },
                {
                  question: 'Is financing available?',
                  answer:
                    'Yes: 0% instalments through us, loans through our lending partners, and GI Bill benefits for eligible veterans.',
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
        path: '/apply',
        title: 'Apply',
        description: 'Apply to the next cohort in about ten minutes.',
        components: [
          {
            type: 'contact_form',
            config: {
              heading: 'Apply to the next cohort',
              description: 'No fee and no commitment. An admissions advisor will call you to talk about your goals.',
              fields: [
                { name: 'full_name', type: 'text', label: 'Full name', required: true, max_length: 120 },
                { name: 'email', type: 'email', label: 'Email', required: true },
                { name: 'phone', type: 'tel', label: 'Phone', required: true, max_length: 40 },
                {
                  name: 'course',
                  type: 'select',
                  label: 'Course',
                  required: true,
                  options: ['Full-stack web development', 'Data analytics', 'UX and product design'],
                },
                {
                  name: 'format',
                  type: 'select',
                  label: 'Format',
                  required: true,
                  options: ['Full-time (16 weeks)', 'Part-time (32 weeks)'],
                },
                {
                  name: 'experience',
                  type: 'select',
                  label: 'Coding experience',
                  options: ['None yet', 'Some tutorials', 'I build small projects', 'I code at work'],
                },
                {
                  name: 'motivation',
                  type: 'textarea',
                  label: 'Why do you want to make this change?',
                  required: true,
                  max_length: 2000,
                },
                { name: 'portfolio', type: 'url', label: 'GitHub or portfolio link (optional)' },
              ],
              submit_label: 'Submit application',
              success_message:
                'Application received! A {{company_name}} admissions advisor will call you within two business days.',
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
    slug: 'education-language-school',
    name: 'Parla — language school',
    category: 'education',
    industry: 'Language school',
    tags: ['language school', 'spanish', 'italian', 'courses', 'placement test'],
    description:
      'A lively website for a language school or tutoring centre. The home page lists languages and course formats, shows student reviews and books a free placement test; a courses page holds the term timetable, monthly tuition and answers to common questions, with a contact form for companies and groups.',
    defaults: {
      company_name: 'Parla Language School',
      primary_color: '#dc2626',
      secondary_color: '#166534',
      tagline: 'Speak from your very first lesson.',
      contact_email: 'ciao@parla.example',
      phone: '+1 416 555 0176',
      address: '882 College Street, Toronto, ON M6H 1A2, Canada',
      social_links: {
        instagram: 'https://www.instagram.com/parlatoronto',
        facebook: 'https://www.facebook.com/parlatoronto',
      },
      font_style: 'rounded',
      language: 'en',
    },
    pages: [
      {
        path: '/',
        title: 'Home',
        description: 'Spanish, Italian, French and Portuguese classes for adults in Toronto and online.',
        components: [
          {
            type: 'hero',
            config: {
              headline: '{{tagline}}',
              subheadline:
                'Small-group and private classes in Spanish, Italian, French and Portuguese, in Little Italy or online. All levels, from hola to fluent.',
              cta_label: 'Book a free placement test',
              cta_url: 'https://parla.example/#placement',
              background_image: {
                url: 'https://picsum.photos/seed/parla-classroom/1920/1080',
                alt: 'Adult students laughing around a table in a bright classroom',
              },
              alignment: 'center',
              theme: 'dark',
            },
          },
          {
            type: 'features',
            config: {
              heading: 'Choose how you learn',
              columns: 4,
              items: [
                {
                  icon: 'users',
                  title: 'Small groups',
                  description: 'Six students at most, twice a week, with a native-speaking teacher.',
                },
                {
                  icon: 'user',
                  title: 'Private lessons',
                  description: 'One-to-one at your pace, in the school or online, at times that suit you.',
                },
                {
                  icon: 'plane',
                  title: 'Travel crash course',
                  description: 'Four Saturdays of survival phrases, ordering food and asking for directions.',
                },
                {
                  icon: 'briefcase',
                  title: 'For companies',
                  description: 'Business Spanish or Italian for your team, on site or online, with progress reports.',
                },
              ],
            },
          },
          {
            type: 'testimonials',
            config: {
              heading: 'Our students say',
              items: [
                {
                  quote:
                    'After a year of apps I still could not order a coffee. After one term at Parla I had a whole conversation with my nonna.',
                  author: 'Julia Romano',
                  role: 'Italian, level A2',
                },
                {
                  quote:
                    'The teachers make you talk from minute one. Our group has become friends, and we practise over dinner now.',
                  author: 'Kevin Osei',
                  role: 'Spanish, level B1',
                },
              ],
            },
          },
          {
            type: 'booking_form',
            config: {
              heading: 'Book your free placement test',
              description:
                'A relaxed 20-minute chat with a teacher to find your level and the right class. In person or by video.',
              fields: [
                { name: 'name', type: 'text', label: 'Name', required: true, max_length: 120 },
                { name: 'email', type: 'email', label: 'Email', required: true },
                {
                  name: 'language',
                  type: 'select',
                  label: 'Language',
                  required: true,
                  options: ['Spanish', 'Italian', 'French', 'Portuguese'],
                },
                {
                  name: 'level',
                  type: 'select',
                  label: 'Your level, roughly',
                  options: [
                    'Complete beginner',
                    'I know a few phrases',
                    'I can hold a simple conversation',
                    'Advanced',
                  ],
                },
                { name: 'date', type: 'date', label: 'Date', required: true },
                { name: 'time', type: 'time', label: 'Time', required: true },
                {
                  name: 'format',
                  type: 'select',
                  label: 'Where',
                  options: ['At the school', 'Video call'],
                },
              ],
              submit_label: 'Book my test',
              success_message:
                'Grazie! Your placement test is requested. {{company_name}} will confirm the time by email today.',
              slot_minutes: 20,
              opening_hours: 'Monday to Thursday 10:00–21:00, Friday 10:00–18:00, Saturday 09:00–14:00.',
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
                { network: 'instagram', url: 'https://www.instagram.com/parlatoronto' },
                { network: 'facebook', url: 'https://www.facebook.com/parlatoronto' },
              ],
              copyright: '© 2026 {{company_name}}',
            },
          },
        ],
      },
      {
        path: '/courses',
        title: 'Courses',
        description: 'Term timetable, monthly tuition and how to enrol.',
        components: [
          {
            type: 'schedule',
            config: {
              heading: 'Autumn term timetable',
              days: [
                {
                  label: 'Monday and Wednesday',
                  sessions: [
                    { time: '18:00–19:30', title: 'Spanish A1 — beginners', speaker: 'Carmen Ruiz' },
                    { time: '19:45–21:15', title: 'Italian B1 — intermediate', speaker: 'Marco Bellini' },
                  ],
                },
                {
                  label: 'Tuesday and Thursday',
                  sessions: [
                    { time: '12:00–13:00', title: 'Lunchtime Spanish A2 (online)', speaker: 'Carmen Ruiz' },
                    { time: '18:00–19:30', title: 'Italian A1 — beginners', speaker: 'Marco Bellini' },
                    { time: '19:45–21:15', title: 'French A2 — elementary', speaker: 'Élise Martin' },
                  ],
                },
                {
                  label: 'Saturday',
                  sessions: [
                    { time: '09:30–12:30', title: 'Travel crash course (4 weeks)', speaker: 'Rotating teachers' },
                    { time: '10:00–11:30', title: 'Brazilian Portuguese A1', speaker: 'Thiago Alves' },
                  ],
                },
              ],
            },
          },
          {
            type: 'pricing_table',
            config: {
              heading: 'Tuition',
              subheading: 'Pay by the month, pause for holidays. All materials included.',
              currency: 'CAD',
              billing_period: 'monthly',
              plans: [
                {
                  name: 'Group class',
                  price: '189',
                  description: 'Two 90-minute classes a week, up to six students.',
                  features: ['Textbook and online exercises', 'Monthly conversation café'],
                  cta_label: 'Enrol',
                  cta_url: 'https://parla.example/enrol/group',
                  highlighted: true,
                },
                {
                  name: 'Group + private',
                  price: '319',
                  description: 'Your group classes plus two private lessons a month.',
                  features: ['Everything in Group class', 'Two 60-minute private lessons', 'Written feedback'],
                  cta_label: 'Enrol',
                  cta_url: 'https://parla.example/enrol/group-private',
                },
                {
                  name: 'Private',
                  price: '440',
                  description: 'Eight 60-minute one-to-one lessons a month.',
                  features: ['Flexible times', 'Tailored syllabus', 'In person or online'],
                  cta_label: 'Enrol',
                  cta_url: 'https://parla.example/enrol/private',
                },
              ],
            },
          },
          {
            type: 'faq',
            config: {
              heading: 'Frequently asked questions',
              items: [
                {
                  question: 'Can I join mid-term?',
                  answer:
                    'Yes, if there is a group at your level. The placement test tells us where you fit and we help you catch up.',
                },
                {
                  question: 'Do you prepare for DELE, CILS or DELF exams?',
                  answer: 'Yes. We run exam preparation groups each spring and offer private exam coaching all year.',
                },
                {
                  question: 'What if I miss a class?',
                  answer:
                    'Every class has notes and homework online, and you can join another group at the same level that week.',
                },
              ],
            },
          },
          {
            type: 'contact_form',
            config: {
              heading: 'Lessons for your team or group',
              description: 'Tell us about your group and we will put together a programme and a quote.',
              fields: [
                { name: 'name', type: 'text', label: 'Name', required: true, max_length: 120 },
                { name: 'email', type: 'email', label: 'Email', required: true },
                { name: 'organization', type: 'text', label: 'Company or group', max_length: 120 },
                { name: 'learners', type: 'number', label: 'Number of learners', min: 2, max: 200 },
                { name: 'message', type: 'textarea', label: 'Goals, languages and timing', max_length: 2000 },
              ],
              submit_label: 'Ask for a quote',
              success_message: 'Thank you! We will send a proposal within three business days.',
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
    slug: 'education-preschool',
    name: 'Little Acorns — preschool and nursery',
    category: 'education',
    industry: 'Preschool and early years nursery',
    tags: ['preschool', 'nursery', 'childcare', 'montessori', 'early years'],
    description:
      'A gentle, reassuring website for a preschool, nursery, Montessori or early-years centre. Parents learn your approach, see key figures and parents’ reviews, then book a school tour; a programs page shows the daily rhythm, age groups and monthly fees, and a team page introduces educators with a newsletter for families.',
    defaults: {
      company_name: 'Little Acorns Preschool',
      primary_color: '#65a30d',
      secondary_color: '#f59e0b',
      tagline: 'Where curious little minds grow.',
      contact_email: 'hello@littleacorns.example',
      phone: '+1 503 555 0145',
      address: '3120 SE Division Street, Portland, OR 97202',
      social_links: { facebook: 'https://www.facebook.com/littleacornspdx' },
      font_style: 'rounded',
      language: 'en',
    },
    pages: [
      {
        path: '/',
        title: 'Home',
        description: 'A play-based, Montessori-inspired preschool for children aged 18 months to 5 years.',
        components: [
          {
            type: 'hero',
            config: {
              headline: '{{tagline}}',
              subheadline:
                '{{company_name}} is a play-based, Montessori-inspired preschool for children from 18 months to 5 years, with a garden they help grow.',
              cta_label: 'Book a tour',
              cta_url: 'https://littleacorns.example/#tour',
              background_image: {
                url: 'https://picsum.photos/seed/little-acorns-garden/1920/1080',
                alt: 'Young children watering plants together in a school garden',
              },
              alignment: 'center',
              theme: 'light',
            },
          },
          {
            type: 'features',
            config: {
              heading: 'Our approach',
              columns: 3,
              items: [
                {
                  icon: 'sprout',
                  title: 'Learning through play',
                  description:
                    'Children choose from hands-on materials, art, building and pretend play, guided by teachers who follow their curiosity.',
                },
                {
                  icon: 'sun',
                  title: 'Outdoors every day',
                  description:
                    'Rain or shine, children spend at least two hours in our garden, mud kitchen and nearby park.',
                },
                {
                  icon: 'apple',
                  title: 'Fresh, organic meals',
                  description:
                    'Our cook prepares breakfast, lunch and snacks from scratch, with allergy-aware and vegetarian menus.',
                },
              ],
            },
          },
          {
            type: 'stats',
            config: {
              items: [
                { value: '1:4', label: 'teacher-to-child ratio for toddlers' },
                { value: '18', label: 'years caring for Portland families' },
                { value: '5 stars', label: 'Oregon Spark quality rating' },
              ],
            },
          },
          {
            type: 'testimonials',
            config: {
              heading: 'What parents tell us',
              items: [
                {
                  quote:
                    'Our son cried the first morning and ran in the next day. The daily photos and notes make us feel part of his day.',
                  author: 'Sarah and Mike Jensen',
                  role: 'Parents of Leo, 3',
                },
                {
                  quote:
                    'The teachers noticed our daughter’s speech delay early and worked with her therapist. We are so grateful.',
                  author: 'Amina Yusuf',
                  role: 'Parent of Noor, 4',
                },
              ],
            },
          },
          {
            type: 'booking_form',
            config: {
              heading: 'Book a school tour',
              description:
                'Visit on a normal school morning, meet the teachers and see the classrooms. Little ones are welcome to come along.',
              fields: [
                { name: 'parent_name', type: 'text', label: 'Your name', required: true, max_length: 120 },
                { name: 'email', type: 'email', label: 'Email', required: true },
                { name: 'phone', type: 'tel', label: 'Phone', max_length: 40 },
                { name: 'child_name', type: 'text', label: 'Child’s first name', max_length: 80 },
                { name: 'child_birthdate', type: 'date', label: 'Child’s date of birth', required: true },
                {
                  name: 'start_term',
                  type: 'select',
                  label: 'Hoped-for start',
                  options: ['As soon as possible', 'Next term', 'Next school year', 'Just exploring'],
                },
                { name: 'date', type: 'date', label: 'Preferred tour date', required: true },
                {
                  name: 'time',
                  type: 'select',
                  label: 'Tour time',
                  required: true,
                  options: ['09:30', '10:30', '15:30'],
                },
              ],
              submit_label: 'Request a tour',
              success_message:
                'Thank you! We will confirm your tour by email. We look forward to meeting you at {{company_name}}.',
              slot_minutes: 45,
              opening_hours: 'Tours Tuesday to Thursday. School is open Monday to Friday, 07:30–18:00.',
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
                { label: 'Parent handbook', url: 'https://littleacorns.example/handbook' },
                { label: 'Careers', url: 'https://littleacorns.example/careers' },
              ],
              social: [{ network: 'facebook', url: 'https://www.facebook.com/littleacornspdx' }],
              copyright: '© 2026 {{company_name}}. Licensed by the Oregon Early Learning Division.',
            },
          },
        ],
      },
      {
        path: '/programs',
        title: 'Programs & fees',
        description: 'Age groups, a day at preschool and monthly tuition.',
        components: [
          {
            type: 'schedule',
            config: {
              heading: 'A day at Little Acorns',
              days: [
                {
                  label: 'Monday to Friday',
                  sessions: [
                    { time: '07:30', title: 'Arrival and breakfast' },
                    {
                      time: '09:00',
                      title: 'Morning circle',
                      description: 'Songs, the weather, and what we will explore today.',
                    },
                    {
                      time: '09:30',
                      title: 'Work time',
                      description: 'Practical life, sensory and early literacy and maths materials.',
                    },
                    { time: '11:00', title: 'Garden and outdoor play' },
                    { time: '12:00', title: 'Lunch together' },
                    { time: '12:45', title: 'Nap or quiet rest' },
                    { time: '15:00', title: 'Snack, art and music' },
                    { time: '16:00', title: 'Outdoor play and pick-up until 18:00' },
                  ],
                },
              ],
            },
          },
          {
            type: 'pricing_table',
            config: {
              heading: 'Programs and monthly tuition',
              subheading: 'Meals, snacks, diapers and wipes are included. Sibling discount: 10%.',
              currency: 'USD',
              billing_period: 'monthly',
              plans: [
                {
                  name: 'Sprouts (18 months–3 years)',
                  price: '1,890',
                  description: 'Full days, five days a week, in our toddler room.',
                  features: ['1:4 ratio', 'Toilet learning support', 'Daily photo updates'],
                  cta_label: 'Join the waitlist',
                  cta_url: 'https://littleacorns.example/waitlist',
                },
                {
                  name: 'Saplings (3–4 years)',
                  price: '1,640',
                  description: 'Full days, five days a week.',
                  features: ['1:8 ratio', 'Spanish and music weekly', 'Forest school Fridays'],
                  cta_label: 'Join the waitlist',
                  cta_url: 'https://littleacorns.example/waitlist',
                  highlighted: true,
                },
                {
                  name: 'Oaks pre-K (4–5 years)',
                  price: '1,290',
                  description: 'School days, 08:30–15:00, ready for kindergarten.',
                  features: ['1:10 ratio', 'Early reading and maths', 'Extended day available'],
                  cta_label: 'Join the waitlist',
                  cta_url: 'https://littleacorns.example/waitlist',
                },
              ],
            },
          },
          {
            type: 'faq',
            config: {
              heading: 'Questions from parents',
              items: [
                {
                  question: 'Do children need to be toilet trained?',
                  answer: 'Not for Sprouts or Saplings. We support toilet learning gently, together with you.',
                },
                {
                  question: 'Do you accept Employment Related Day Care subsidies?',
                  answer: 'Yes. We also keep a number of sliding-scale places each year; ask us on your tour.',
                },
                {
                  question: 'How do you handle allergies?',
                  answer:
                    'We are a nut-free school. Our cook plans around every child’s allergy plan, and all staff are trained in first aid and EpiPen use.',
                },
                {
                  question: 'How will I know how my child’s day went?',
                  answer:
                    'Through our parent app: photos, meals, naps and a short note from the teacher every day, plus two parent conferences a year.',
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
        path: '/team',
        title: 'Our teachers',
        description: 'Meet the educators who care for your child.',
        components: [
          {
            type: 'team',
            config: {
              heading: 'Our teachers',
              members: [
                {
                  name: 'Rosa Delgado',
                  role: 'Director and founder',
                  bio: 'Rosa is AMI Montessori-trained and opened Little Acorns in 2008 after ten years as a kindergarten teacher.',
                  photo: {
                    url: 'https://picsum.photos/seed/little-acorns-rosa/400/400',
                    alt: 'Portrait of Rosa Delgado smiling in the classroom',
                  },
                },
                {
                  name: 'James Park',
                  role: 'Lead teacher, Saplings',
                  bio: 'James has a degree in early childhood education and runs our forest school Fridays.',
                },
                {
                  name: 'Beatriz Souza',
                  role: 'Lead teacher, Sprouts',
                  bio: 'Beatriz has cared for toddlers for twelve years and sings to them in Portuguese and English.',
                },
                {
                  name: 'Helen Cho',
                  role: 'Cook',
                  bio: 'Helen plans our seasonal menus and bakes the bread the children help knead on Thursdays.',
                },
              ],
            },
          },
          {
            type: 'newsletter_signup',
            config: {
              heading: 'Open days and family events',
              description: 'Hear about open mornings, enrolment dates and free parenting talks at the school.',
              fields: [
                { name: 'name', type: 'text', label: 'Name', max_length: 120 },
                { name: 'email', type: 'email', label: 'Email', required: true },
              ],
              submit_label: 'Keep me informed',
              success_message: 'Thank you! We will let you know about the next {{company_name}} open morning.',
              consent_text: 'A few emails a term. We never share your details. Unsubscribe anytime.',
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
