/**
 * Copy for the emails that follow something the contact did: a booking, an experience worth asking about, a form
 * left half-way. They must carry their facts first (the booking details, what was left unfinished); the angles
 * change what surrounds the facts: reassurance, preparation, a question, a deadline.
 */
import { BOOKING_DETAILS, bullets, type GoalCopyPattern, p, strong } from './email-copy-pattern-types';

export const BOOKING_CONFIRMATION: GoalCopyPattern = {
  goal: 'booking_confirmation',
  productFallback: '{brand}',
  ctaUrl: 'data.manage_url',
  replyFallback: {
    base: "Need to change or cancel? Just reply to this email and we'll sort it out.",
    polished: 'Should you need to change or cancel your booking, please reply to this email and we will arrange it.',
    relaxed: "Need to move it? Just reply and we'll sort it.",
    urgent: 'Need to change anything? Reply now so we can rearrange it in good time.',
  },
  notes: [
    'Booking emails read data.booking_date, data.booking_time, data.booking_location and data.booking_reference (each row is left out when missing) and link the button to data.manage_url.',
  ],
  angles: [
    {
      id: 'all-the-details',
      angle: 'Clear confirmation: every detail at a glance',
      prefer: { professional: 3, formal: 3, friendly: 1 },
      subjects: [
        {
          base: 'Your booking with {brand} is confirmed',
          polished: 'Booking confirmation: {brand}',
          relaxed: "You're booked in with {brand}!",
          urgent: 'Confirmed: your booking with {brand}',
        },
        { base: 'Your booking is confirmed', polished: 'Booking confirmation', relaxed: "You're booked in!" },
      ],
      preheaders: [
        {
          base: 'Confirmed for {date}. Here are your details, and how to make changes.',
          polished: 'Your booking for {date} is confirmed. Details and changes inside.',
        },
      ],
      headline: {
        base: "You're booked in",
        polished: 'Booking confirmed',
        relaxed: "You're all set!",
        urgent: 'Booking confirmed',
      },
      body: [
        p({
          base: 'Good news: your booking with {brand} is confirmed. Here are the details for your records.',
          polished:
            'We are pleased to confirm your booking with {brand}. Please find the details below for your records.',
          relaxed: "Good news: you're all booked in with {brand}. Here are the details.",
          urgent: 'Your booking with {brand} is confirmed. Please check the details below now.',
        }),
        BOOKING_DETAILS,
        p({
          base: 'Keep this email handy: it has everything you need on the day.',
          polished: 'We recommend keeping this email for reference.',
          relaxed: 'Keep this email handy. It has everything you need.',
          urgent: 'Check the details now, and keep this email handy for the day.',
        }),
      ],
      cta: {
        base: 'Manage your booking',
        polished: 'Manage your booking',
        relaxed: 'Change my booking',
        urgent: 'Check my booking',
      },
      afterCta: [
        p({
          base: "We'll send you a reminder beforehand. See you soon!",
          polished: 'We will send you a reminder beforehand, and we look forward to seeing you.',
          relaxed: "We'll ping you a reminder before. See you soon!",
          urgent: "We'll remind you beforehand, but please add it to your calendar now.",
        }),
      ],
    },
    {
      id: 'how-to-prepare',
      angle: 'Preparation: how to get the most out of the appointment',
      prefer: { urgent: 2, professional: 1, friendly: 1 },
      subjects: [
        {
          base: "You're booked! How to get the most from it",
          polished: 'Your booking is confirmed: how to prepare',
          relaxed: "You're booked! A few quick tips",
          urgent: 'Confirmed: please read before your booking',
        },
      ],
      preheaders: [
        {
          base: 'Your booking is confirmed. A few simple tips to make the most of your time with us.',
          polished: 'Your booking is confirmed. A few suggestions to help you prepare.',
          urgent: 'Your booking is confirmed. Three things to do beforehand so nothing is missed.',
        },
      ],
      body: [
        p({
          base: "Your booking with {brand} is confirmed, and we're looking forward to it!",
          polished: 'Your booking with {brand} is confirmed. We look forward to seeing you.',
          relaxed: "You're booked in with {brand}. Can't wait!",
          urgent: 'Your booking with {brand} is confirmed. Please take a minute to prepare.',
        }),
        BOOKING_DETAILS,
        p({
          base: 'To make the most of your time:',
          polished: 'To help you make the most of your time, we suggest:',
          relaxed: 'A few tips to get the most out of it:',
          urgent: 'Before you arrive, please:',
        }),
        bullets(
          {
            base: "Jot down any questions you'd like to ask, so nothing gets forgotten.",
            polished: 'Noting any questions in advance, so that nothing is overlooked.',
            urgent: 'Write down your questions, so nothing gets forgotten.',
          },
          {
            base: 'Have any relevant documents or details to hand.',
            polished: 'Having any relevant documents or details to hand.',
            urgent: 'Have any relevant documents or details ready.',
          },
          {
            base: 'Plan to be ready a few minutes early, so we can start on time.',
            polished: 'Allowing a few extra minutes, so that we can begin promptly.',
            urgent: 'Be ready a few minutes early, so we can start on time.',
          },
        ),
      ],
      cta: {
        base: 'Manage your booking',
        polished: 'View your booking',
        relaxed: 'See my booking',
        urgent: 'Check my booking',
      },
    },
    {
      id: 'reassurance',
      angle: 'Reassurance: put first-timers at ease',
      prefer: { empathetic: 3, friendly: 2, enthusiastic: 1 },
      subjects: [
        {
          base: "We're looking forward to seeing you",
          polished: 'We look forward to welcoming you',
          relaxed: "See you soon! You're all booked",
          enthusiastic: "You're booked! We can't wait to see you",
          urgent: 'Booked! Save the date now',
        },
      ],
      preheaders: [
        {
          base: 'Your booking for {date} is confirmed. If anything comes up, changing it is easy.',
          polished: 'Your booking for {date} is confirmed, and changes are simple if needed.',
        },
      ],
      body: [
        p({
          base: "Thank you for booking with {brand}. Everything is confirmed, and we're really looking forward to seeing you.",
          polished:
            'Thank you for booking with {brand}. Everything is confirmed, and we look forward to welcoming you.',
          relaxed: "Thanks for booking with {brand}! It's all confirmed and we can't wait to see you.",
          urgent: 'Thank you for booking with {brand}. Everything is confirmed. Please save the date now.',
        }),
        p({
          base: "If it's your first time with us, don't worry: we'll take care of everything and guide you through each step.",
          polished: 'If this is your first visit, please rest assured that we will guide you through every step.',
          relaxed: "First time? No stress. We'll walk you through everything.",
          empathetic:
            "If it's your first time with us, it's natural to feel a little unsure. Please don't worry: we'll take care of everything and guide you through each step, at your pace.",
        }),
        BOOKING_DETAILS,
        p({
          base: "Plans change, and that's okay. If you need to reschedule, just let us know.",
          polished: 'Should your plans change, rescheduling is straightforward.',
          relaxed: 'Plans change, no biggie. Rescheduling is easy.',
          urgent: 'If your plans change, reschedule as early as possible so we can offer your slot to someone else.',
        }),
      ],
      cta: {
        base: 'Manage your booking',
        polished: 'Manage your booking',
        relaxed: 'Manage my booking',
        urgent: 'Manage my booking',
      },
    },
    {
      id: 'what-happens-next',
      angle: 'Practical: add it to the calendar, what happens next',
      prefer: { casual: 2, urgent: 2, professional: 1 },
      subjects: [
        {
          base: 'Booking confirmed: add it to your calendar',
          polished: 'Booking confirmed: please add it to your calendar',
          relaxed: 'Booked! Pop it in your calendar',
          urgent: 'Confirmed: add this to your calendar now',
        },
      ],
      preheaders: [
        {
          base: "So it doesn't slip your mind: your details, what happens next, and how to make changes.",
          polished: 'Your booking details, what happens next, and how to make changes.',
        },
      ],
      body: [
        p({
          base: "You're all set. Here's everything in one place, so you can add it to your calendar now.",
          polished: 'Your booking is confirmed. For your convenience, all the details are below.',
          relaxed: "You're all set! Everything's below, so pop it in your calendar now.",
          urgent: "You're booked. Add it to your calendar now, so it doesn't slip.",
        }),
        BOOKING_DETAILS,
        p({ base: 'What happens next:', relaxed: "Here's what happens next:", urgent: 'Three things to know now:' }),
        bullets(
          {
            base: "You'll get a reminder from us before your booking.",
            urgent: 'Add it to your calendar now. We will remind you too.',
            polished: 'You will receive a reminder before your booking.',
          },
          {
            base: "If anything changes on our side, we'll let you know straight away.",
            urgent: 'If anything changes on our side, you will hear from us straight away.',
            polished: 'Should anything change on our side, we will inform you immediately.',
          },
          {
            base: "On the day, just bring yourself. We'll handle the rest.",
            urgent: 'If your plans change, tell us as early as possible.',
            polished: 'On the day, simply arrive. We will take care of the rest.',
          },
        ),
      ],
      cta: {
        base: 'Manage your booking',
        polished: 'Manage your booking',
        relaxed: 'Manage my booking',
        urgent: 'Manage my booking',
      },
    },
    {
      id: 'anything-we-should-know',
      angle: 'Question: anything we should know beforehand?',
      prefer: { empathetic: 2, casual: 1 },
      subjects: [
        {
          base: "You're booked! Anything we should know?",
          polished: 'Booking confirmed: anything we should know?',
          relaxed: "You're booked! Any special requests?",
          urgent: 'Confirmed: tell us what we need to know',
        },
      ],
      preheaders: [
        {
          base: 'Your booking is confirmed. Tell us about any needs or questions ahead of time.',
          polished: 'Your booking is confirmed. Please let us know of any requirements in advance.',
        },
      ],
      body: [
        p({
          base: 'Your booking with {brand} is confirmed. Thank you!',
          polished: 'Your booking with {brand} is confirmed. Thank you.',
          relaxed: "You're booked in with {brand}. Thanks!",
        }),
        BOOKING_DETAILS,
        strong({
          base: 'Is there anything we should know before we see you?',
          polished: 'Is there anything we should know before your appointment?',
          relaxed: 'Anything we should know before we see you?',
          urgent: 'Is there anything we need to know before your booking?',
        }),
        p({
          base: "Accessibility needs, special requests, or questions you'd like answered on the day: just reply and tell us. The more we know, the better we can prepare for you.",
          polished:
            'Whether it concerns accessibility, a special request, or a question you would like addressed, please reply to this email. The more we know, the better we can prepare.',
          relaxed:
            "Accessibility needs, special requests, burning questions? Reply and tell us. The more we know, the better it'll be.",
          empathetic:
            "Whether it's an accessibility need, something that would make you more comfortable, or a question on your mind, just reply and tell us. Nothing is too small.",
          urgent: 'Reply now with any access needs, special requests or questions, so we have time to prepare.',
        }),
      ],
      cta: {
        base: 'Manage your booking',
        polished: 'Manage your booking',
        relaxed: 'Manage my booking',
        urgent: 'Manage my booking',
      },
      closer: false,
    },
  ],
};

export const FEEDBACK_REQUEST: GoalCopyPattern = {
  goal: 'feedback_request',
  productFallback: '{brand}',
  ctaUrl: 'data.cta_url',
  replyFallback: {
    base: 'Just reply to this email with your thoughts. Even a sentence or two helps.',
    polished: 'Simply reply to this email with your thoughts; even a brief response is valuable.',
    relaxed: 'Just hit reply with your thoughts. One line is plenty.',
    urgent: 'Reply to this email now with your thoughts. One line is enough.',
  },
  notes: ['Feedback requests link the button to data.cta_url: your survey or review page.'],
  angles: [
    {
      id: 'two-minutes',
      angle: 'Low effort: two minutes, three questions',
      prefer: { professional: 2, friendly: 2, urgent: 2 },
      subjects: [
        {
          base: "Got 2 minutes? We'd love your feedback",
          polished: 'We would value your feedback',
          relaxed: 'Quick favour? (2 minutes, tops)',
          urgent: 'Your feedback needed: 2 minutes',
        },
      ],
      preheaders: [
        {
          base: 'Three short questions about your experience with {brand}. Your answers shape what we do next.',
          polished: 'Three brief questions about your experience. Your answers inform our priorities.',
        },
        'Three short questions about your experience. Your answers shape what we do next.',
      ],
      body: [
        p({
          base: "We're always working to make {product} better, and the best ideas come from the people who use it.",
          polished:
            'We are continually improving {product}, and the most valuable insights come from the people who use it.',
          relaxed: "We're always tinkering with {product}, and the best ideas come from people like you.",
          urgent: "We're deciding what to improve next in {product}, and we need your input now.",
        }),
        p({
          base: 'Would you spare two minutes to answer three quick questions? There are no right or wrong answers, just your honest opinion.',
          polished:
            'Would you be willing to spend two minutes answering three short questions? We are interested in your honest opinion.',
          relaxed: 'Got two minutes for three quick questions? No wrong answers. Just be honest.',
          urgent: 'It takes two minutes: three quick questions, no wrong answers.',
        }),
        p({
          base: 'Every response is read by our team, and it genuinely shapes what we do next.',
          polished: 'Every response is read by our team and directly informs our plans.',
          relaxed: 'We read every single response, and it really does change what we do.',
        }),
      ],
      cta: { base: 'Share your feedback', polished: 'Share your feedback', relaxed: "I'll help", urgent: 'Answer now' },
    },
    {
      id: 'one-question-score',
      angle: 'One question: how likely are they to recommend us (0 to 10)',
      prefer: { casual: 2, enthusiastic: 1, urgent: 1 },
      subjects: [
        {
          base: 'One quick question about {brand}',
          polished: 'A brief question about your experience',
          relaxed: 'On a scale of 0 to 10...',
          urgent: 'One question, one click',
        },
        { base: 'One quick question for you', polished: 'A brief question about your experience' },
      ],
      preheaders: [
        {
          base: 'How likely are you to recommend us to a friend? One click is all it takes.',
          polished: 'How likely would you be to recommend us? A single click is all it takes.',
        },
      ],
      body: [
        p({
          base: 'We have just one question for you today:',
          polished: 'We have a single question for you today:',
          relaxed: 'Just one question today, promise:',
          urgent: 'One question, one click:',
        }),
        strong({
          base: 'How likely are you to recommend {brand} to a friend or colleague?',
          urgent: 'Would you recommend {brand} to a friend or colleague?',
          polished: 'How likely would you be to recommend {brand} to a friend or colleague?',
          relaxed: 'How likely are you to tell a friend about {brand}?',
        }),
        p({
          base: 'Pick a score from 0 to 10. It takes a few seconds, and if you feel like telling us why, there is space for that too.',
          urgent: 'Pick a score from 0 to 10 now. One click, and you are done.',
          polished: 'Please choose a score from 0 to 10. It takes a few seconds, and you are welcome to tell us why.',
          relaxed: "Pick a number from 0 to 10, done. Want to tell us why? There's room for that too.",
        }),
      ],
      cta: { base: 'Choose your score', polished: 'Give your score', relaxed: 'Pick a number', urgent: 'Score us now' },
      replyFallback: {
        base: 'Just reply with a number from 0 to 10, and a word on why if you like.',
        polished: 'Simply reply with a number from 0 to 10, with a brief reason if you wish.',
        relaxed: 'Just reply with a number. Bonus points for a word on why.',
        urgent: 'Reply now with a number from 0 to 10.',
      },
    },
    {
      id: 'you-shaped-this',
      angle: 'Impact: how past feedback changed things',
      prefer: { enthusiastic: 3, professional: 1, formal: 1 },
      subjects: [
        {
          base: 'You asked, we listened. What next?',
          polished: 'How your feedback shapes our work',
          relaxed: 'Your ideas made this happen. Got more?',
          urgent: 'Help decide what we build next',
        },
      ],
      preheaders: [
        {
          base: 'Feedback from {audience} led to real changes. Here is your chance to shape the next ones.',
          polished: 'Feedback from {audience} has led to real improvements. Help us decide the next ones.',
        },
        'Feedback from customers like you led to real changes. Help us decide on the next ones.',
      ],
      body: [
        p({
          base: 'Some of our best improvements started with a single piece of feedback from a customer.',
          polished: 'Several of our most significant improvements began with a single piece of customer feedback.',
          relaxed: 'Fun fact: some of our best ideas started as one customer saying "have you thought about...?"',
          urgent: 'Your feedback decides what we change next, and we are deciding now.',
        }),
        p({
          base: 'We take every response seriously, and many of the changes you have seen in {product} came from people who took a couple of minutes to tell us what they thought.',
          polished:
            'We consider every response carefully, and many of the changes you have seen in {product} came from customers who took a few minutes to share their views.',
          relaxed:
            'We take every answer seriously. Loads of what you see in {product} today came from people who took two minutes to tell us.',
        }),
        p({
          base: "Now we're planning what comes next, and we'd love your input.",
          polished: 'We are now planning our next steps and would greatly value your input.',
          relaxed: "We're planning what's next. Want a say?",
          urgent: 'Have your say before we lock in our plans.',
        }),
      ],
      cta: { base: 'Have your say', polished: 'Share your views', relaxed: 'Have my say', urgent: 'Have your say now' },
    },
    {
      id: 'founder-ask',
      angle: 'Personal ask from the founder, for an honest opinion',
      prefer: { empathetic: 2, friendly: 1, casual: 1 },
      subjects: [
        {
          base: 'Can I ask for your honest opinion?',
          polished: 'A personal request for your feedback',
          relaxed: 'Be honest with me?',
          urgent: 'I need your honest opinion',
        },
      ],
      preheaders: [
        {
          base: 'I read every answer myself. Good, bad or somewhere in between, I want to hear it.',
          polished: 'I read every response personally, and I would value your candid view.',
        },
      ],
      body: [
        p({
          base: "I'd like to ask you a small favour.",
          polished: 'I would like to ask you a small favour.',
          relaxed: 'Can I ask you a favour?',
          urgent: 'I need a small favour, and it takes two minutes.',
        }),
        p({
          base: "I read every piece of feedback we get at {brand}, and the honest ones, good or bad, help the most. What's working for you? What isn't? What would you change if you were in my shoes?",
          urgent:
            "I read every piece of feedback we get at {brand}. Tell me straight: what's working, what isn't, and what would you change first?",
          polished:
            'I personally read all the feedback we receive at {brand}, and candid responses are the most valuable. What is working well for you? What is not? What would you change in my position?',
          relaxed:
            "I read every bit of feedback we get at {brand}, and the brutally honest ones help most. What's working? What isn't? What would you change if you ran the place?",
        }),
        p({
          base: 'Just reply to this email with whatever comes to mind. It comes straight to me.',
          urgent: 'Reply today with whatever comes to mind. It comes straight to me.',
          polished: 'Simply reply to this email with your thoughts. It comes directly to me.',
          relaxed: 'Just hit reply with whatever comes to mind. It lands with me.',
        }),
      ],
      cta: {
        base: 'Take the short survey',
        polished: 'Take the short survey',
        relaxed: 'Or take the quick survey',
        urgent: 'Take the survey now',
      },
      closer: false,
      replyFallback: false,
      signer: 'founder',
    },
    {
      id: 'public-review',
      angle: 'Review request: ask happy customers to share it publicly',
      prefer: { friendly: 1, enthusiastic: 2 },
      subjects: [
        {
          base: 'Would you share your experience?',
          polished: 'Would you consider leaving a review?',
          relaxed: 'Enjoying {product}? Tell the world!',
          urgent: 'Leave a quick review today?',
        },
        { base: 'Would you share your experience?', relaxed: 'Enjoying it? Tell the world!' },
      ],
      preheaders: [
        {
          base: 'A short review helps other {audience} decide, and it means the world to a team like ours.',
          polished: 'A brief review helps other {audience} decide with confidence.',
        },
        'A short review helps others decide, and it means the world to a team like ours.',
      ],
      body: [
        p({
          base: 'We hope you are enjoying {product}. If you are, would you take a moment to tell others about it?',
          polished:
            'We hope you are enjoying {product}. If so, would you consider sharing your experience with others?',
          relaxed: "Hope you're loving {product}! If you are, would you tell the world?",
          urgent: "If you're enjoying {product}, please take one minute today to tell others.",
        }),
        p({
          base: 'A short review helps other {audience} find us and decide with confidence. It only takes a minute, and it means a great deal to a team like ours.',
          urgent: 'It takes a minute, and it helps other {audience} find us and decide with confidence.',
          polished:
            'A brief review helps other {audience} find us and choose with confidence. It takes only a minute and means a great deal to our team.',
          relaxed: 'A quick review helps other {audience} find us. Takes a minute, means the world to us.',
        }),
        p({
          base: 'And if something is not quite right, please tell us first, so we can fix it.',
          urgent: 'And if something is not right, tell us first, and we will fix it fast.',
          polished:
            'Should anything not be to your satisfaction, please let us know first so that we can put it right.',
          relaxed: "And if something's not right, tell us first so we can fix it.",
          empathetic:
            "And if something hasn't been right, please tell us first. We'd really like the chance to make it better.",
        }),
      ],
      cta: {
        base: 'Write a quick review',
        polished: 'Leave a review',
        relaxed: 'Leave a review',
        urgent: 'Review us now',
      },
      closer: false,
      note: 'The review variant should link data.cta_url to your public review page.',
    },
  ],
};

export const ABANDONED_FORM: GoalCopyPattern = {
  goal: 'abandoned_form',
  productFallback: '{brand}',
  ctaUrl: 'data.cta_url',
  replyFallback: {
    base: "Prefer to finish by email? Just reply with your details and we'll take it from there.",
    polished: 'Should you prefer, simply reply to this email with your details and we will complete it for you.',
    relaxed: "Easier by email? Reply with your details and we'll do the rest.",
    urgent: "Reply with your details now and we'll finish it for you today.",
  },
  notes: [
    'Abandoned-form emails read data.form_name (e.g. "your quote request"; "your form" when missing) and link the button to data.cta_url, the page to pick up where they left off.',
  ],
  angles: [
    {
      id: 'gentle-reminder',
      angle: 'Gentle reminder: pick up where they left off',
      prefer: { friendly: 2, professional: 2, formal: 2 },
      subjects: [
        {
          base: "You're almost there",
          polished: 'Your request is not yet complete',
          relaxed: 'Forgot something?',
          urgent: 'Still interested? Finish in a minute',
        },
      ],
      preheaders: [
        {
          base: 'You started {form} but did not finish. It only takes a minute to complete.',
          polished: 'You began {form} but did not complete it. It takes only a minute to finish.',
        },
      ],
      body: [
        p({
          base: "We noticed you started filling in {form} but didn't quite finish. No problem, it happens to all of us.",
          polished: 'We noticed that you began {form} but did not complete it.',
          relaxed: 'Looks like you started {form} and got pulled away. Happens to the best of us.',
          urgent: "You started {form} but didn't finish, and you're only a minute away.",
        }),
        p({
          base: "It only takes a minute or two to complete, and once you're done we can get started on your request right away.",
          polished:
            'It takes only a minute or two to complete, after which we can begin work on your request immediately.',
          relaxed: 'It takes a minute or two, and then we can get cracking.',
          urgent: 'Finish it now and we can start on your request today.',
        }),
      ],
      cta: {
        base: 'Continue where you left off',
        polished: 'Complete your request',
        relaxed: 'Jump back in',
        urgent: 'Finish now',
      },
    },
    {
      id: 'offer-help',
      angle: 'Offer help: was something unclear or in the way?',
      prefer: { empathetic: 3, casual: 1 },
      subjects: [
        {
          base: 'Did something get in the way?',
          polished: 'Can we help you complete your request?',
          relaxed: 'Hit a snag?',
          urgent: 'Stuck? We can help you finish today',
        },
      ],
      preheaders: [
        {
          base: "If a question was unclear or something didn't work, tell us and we'll help you finish.",
          polished: 'If anything was unclear or did not work, let us know and we will help you complete it.',
        },
      ],
      body: [
        p({
          base: "We saw that you started {form} but didn't get to the end, and we wanted to check that everything is okay.",
          polished:
            'We noticed that you began {form} but did not reach the end, and we wanted to make sure everything is in order.',
          relaxed: "We saw you started {form} but didn't make it to the end. Everything okay?",
          urgent: "You started {form} but didn't finish. If something stopped you, let's fix it now.",
        }),
        p({
          base: "Sometimes a question is unclear, a detail isn't to hand, or something just doesn't work the way it should. If that's what happened, reply and let us know, and we'll help you finish it in no time.",
          polished:
            'Occasionally a question is unclear, a detail is not to hand, or something does not work as it should. If so, please reply and we will help you complete it promptly.',
          relaxed:
            "Confusing question? Missing a detail? Something broke? Just reply and tell us, and we'll help you finish in no time.",
          empathetic:
            "Sometimes a question is confusing, a detail isn't to hand, or life simply gets in the way. That's completely fine. If anything made it harder than it should be, reply and tell us, and we'll help.",
        }),
        p({
          base: "Or, if you're ready, you can carry on right where you left off.",
          polished: 'Alternatively, you may continue where you left off.',
          relaxed: 'Or just carry on where you left off.',
          urgent: 'Or carry on where you left off, right now.',
        }),
      ],
      cta: { base: 'Continue now', polished: 'Continue your request', relaxed: 'Carry on', urgent: 'Finish now' },
      closer: false,
    },
    {
      id: 'whats-waiting',
      angle: 'Benefit reminder: what they get when they finish',
      prefer: { enthusiastic: 3, professional: 1 },
      subjects: [
        {
          base: "Here's what you'll get when you finish",
          polished: 'What you will receive once you finish',
          relaxed: "So close! Here's what's waiting for you",
          urgent: "You're one step away. Finish now",
        },
      ],
      preheaders: [
        {
          base: "A quick reminder of why you started, and what's waiting for you on the other side.",
          polished: 'A brief reminder of what awaits you once your request is complete.',
        },
      ],
      body: [
        p({
          base: "You were just a few steps away from finishing {form}. Here's a reminder of what's waiting for you:",
          polished: 'You were only a few steps from completing {form}. As a reminder, here is what awaits you:',
          relaxed: "You were so close to finishing {form}! Here's what's waiting on the other side:",
          urgent: "You're a few steps from finishing {form}. Here's what you get when you do:",
        }),
        bullets(
          {
            base: 'A response tailored to your needs, not a generic reply.',
            polished: 'A response tailored to your requirements.',
            relaxed: 'An answer made for you, not a copy-paste job.',
          },
          {
            base: 'Clear next steps, so you know exactly what happens and when.',
            polished: 'Clear next steps, with a timeline.',
            relaxed: 'Clear next steps. No guessing.',
          },
          {
            base: 'A real person at {brand} looking after your request.',
            polished: 'A dedicated member of the {brand} team handling your request.',
            relaxed: 'A real human at {brand} looking after you.',
          },
        ),
        p({
          base: "It's worth the extra minute. We promise.",
          polished: 'It takes only a minute to finish.',
          relaxed: 'Worth the extra minute. Promise.',
          urgent: 'One more minute and it is done.',
        }),
      ],
      cta: { base: 'Finish my request', polished: 'Complete your request', relaxed: 'Finish it', urgent: 'Finish now' },
    },
    {
      id: 'expiring',
      angle: 'Deadline: the unfinished request expires soon',
      prefer: { urgent: 4 },
      subjects: [
        {
          base: "Don't lose your progress",
          polished: 'Your incomplete request expires {deadline}',
          relaxed: "Don't lose your progress!",
          urgent: 'Last chance: your request expires {deadline}',
        },
        { base: "Don't lose your progress", urgent: 'Last chance: your request expires soon' },
      ],
      preheaders: [
        {
          base: 'We can only hold unfinished requests for a short time. Finish yours in a minute or two.',
          polished: 'Incomplete requests can only be held briefly. Yours expires {deadline}.',
          urgent: 'Your unfinished request expires {deadline}. It takes a minute to finish.',
        },
      ],
      headline: {
        base: "Don't lose your progress",
        polished: 'Your request expires soon',
        urgent: 'Your request expires soon',
      },
      body: [
        p({
          base: 'Just a heads-up: we can only hold unfinished requests for a short while, and yours expires {deadline}.',
          polished:
            'Please note that we can only hold incomplete requests for a limited time, and yours expires {deadline}.',
          relaxed: 'Quick heads-up: unfinished requests only stick around for a bit, and yours expires {deadline}.',
          urgent: 'Your unfinished request expires {deadline}.',
        }),
        p({
          base: "Finishing takes a minute or two, and then you're all set. After that, you'd need to start again from the beginning.",
          polished: 'Completing it takes a minute or two. After it expires, you would need to begin again.',
          relaxed: "Finishing takes a minute or two. After that, it's back to square one.",
          urgent: 'Finish it now, in a minute or two, or start again from scratch later.',
        }),
      ],
      cta: {
        base: 'Finish my request',
        polished: 'Complete your request',
        relaxed: 'Save my progress',
        urgent: 'Finish now',
      },
      note: 'The expiring variant reads data.deadline (e.g. "tomorrow at noon"); only send it if unfinished requests really expire.',
    },
    {
      id: 'personal-question',
      angle: 'Personal: a short question from a real person',
      prefer: { casual: 2, friendly: 1, empathetic: 1 },
      subjects: [
        {
          base: 'Quick question about your request',
          polished: 'A question regarding your request',
          relaxed: 'Still thinking it over?',
          urgent: 'Can I help you finish this today?',
        },
      ],
      preheaders: [
        {
          base: "I noticed you didn't finish, and I'd like to help if anything is holding you back.",
          polished: 'I noticed your request was not completed, and I would be glad to help.',
        },
      ],
      body: [
        p({
          base: "I noticed you started {form} with {brand} but didn't finish, and I wanted to reach out personally.",
          polished:
            'I noticed that you began {form} with {brand} but did not complete it, and I wanted to contact you personally.',
          relaxed: "I saw you started {form} with us but didn't finish, so I thought I'd reach out myself.",
          urgent: "You started {form} with {brand} but didn't finish, and I'd like to help you get it done today.",
        }),
        p({
          base: "Is anything holding you back? A question about pricing, timing, or whether we're the right fit for {audience}? I'm happy to answer it directly.",
          polished:
            'Is there anything holding you back, such as a question about pricing, timing, or whether we are the right fit for {audience}? I would be pleased to answer it directly.',
          relaxed: "Anything holding you back? Pricing, timing, not sure we're right for {audience}? Ask away.",
        }),
        p({
          base: "Just reply to this email, or finish the form whenever you're ready.",
          polished: 'Simply reply to this email, or complete the form whenever convenient.',
          relaxed: 'Hit reply, or finish up whenever suits you.',
          urgent: 'Reply now, or finish it in a minute.',
        }),
      ],
      cta: { base: 'Finish the form', polished: 'Complete the form', relaxed: 'Finish up', urgent: 'Finish now' },
      closer: false,
      replyFallback: false,
      signer: 'person',
    },
  ],
};
