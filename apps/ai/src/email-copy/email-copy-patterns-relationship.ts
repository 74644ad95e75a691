/**
 * Copy for the goals that build a relationship over time: welcome, onboarding, follow-up, thank-you and
 * re-engagement. Each angle is a different reason to open and read, not the same email reworded: what they get,
 * a note from a person, proof from others, a question, a quick win, a deadline.
 */
import { bullets, type GoalCopyPattern, OFFER_CODE, p, steps, strong } from './email-copy-pattern-types';

export const WELCOME: GoalCopyPattern = {
  goal: 'welcome',
  productFallback: '{brand}',
  ctaUrl: 'data.cta_url',
  replyFallback: {
    base: "Not sure where to begin? Reply to this email and tell us what brought you here. We'll point you to the best place to start.",
    polished:
      'To help us point you in the right direction, simply reply to this email and tell us what you would like to achieve.',
    relaxed: "Not sure where to start? Hit reply and tell us what you're after. We'll point you the right way.",
    urgent: "Reply to this email with what you'd like to get done first, and we'll help you get there today.",
  },
  notes: [],
  angles: [
    {
      id: 'benefit',
      angle: 'Benefit-led: what they can look forward to',
      prefer: { professional: 2, formal: 2, friendly: 1 },
      subjects: [
        {
          base: "Welcome to {brand}: here's what you get",
          polished: 'Welcome to {brand}: what you can expect from us',
          relaxed: "You're in! Here's what's waiting for you",
          enthusiastic: "Welcome aboard! Here's what's coming your way",
          urgent: 'Welcome to {brand}: start here today',
        },
        {
          base: "Welcome! Here's what you get",
          polished: 'Welcome: what you can expect from us',
          urgent: 'Welcome! Start here today',
        },
      ],
      preheaders: [
        {
          base: 'Three things {product} does for {audience}, and the easiest way to get started today.',
          polished: 'What {product} offers {audience}, and how to get started.',
        },
        'Three things you can look forward to, and the easiest way to get started today.',
      ],
      headline: { base: 'Welcome to {brand}', relaxed: "You're in!", urgent: "Welcome! Let's get you started" },
      body: [
        p({
          base: "We're so glad you're here. We built {product} for {audience}, so everything that follows is about making your day a little easier.",
          polished:
            'Thank you for joining {brand}. {Product} was built for {audience}, and our aim is simple: to save you time and help you get results you can measure.',
          relaxed:
            'Welcome aboard! {Product} is made for {audience}, which means less busywork and more of the stuff you actually enjoy.',
          urgent:
            "Welcome to {brand}. {Product} is built for {audience}, and the sooner you start, the sooner you'll feel the difference.",
        }),
        p({
          base: "Here's what you can look forward to:",
          polished: 'Here is what you can expect:',
          relaxed: "Here's the good stuff:",
        }),
        bullets(
          {
            base: 'Practical help that saves you time from the very first week.',
            polished: 'Practical support designed to save you time from the first week.',
            relaxed: 'Stuff that saves you time, starting this week.',
          },
          {
            base: 'Ideas and updates worth reading, and never a flood of email.',
            polished: 'Relevant updates and insights, sent only when they merit your attention.',
            relaxed: "Emails worth opening (and we'll keep them rare).",
          },
          {
            base: 'A real person on the other end whenever you have a question.',
            polished: 'Direct access to our team whenever you need assistance.',
            relaxed: 'Actual humans who answer when you hit reply.',
          },
        ),
      ],
      cta: { base: 'Get started', relaxed: "Let's go", enthusiastic: "Let's go!", urgent: 'Start now' },
    },
    {
      id: 'founder-note',
      angle: 'Founder note: why we exist, and one first step',
      prefer: { empathetic: 2, friendly: 1, casual: 1 },
      subjects: [
        {
          base: 'A quick hello from the founder of {brand}',
          polished: 'A personal welcome from the founder of {brand}',
          relaxed: "Hi, it's the founder here (no sales pitch)",
          urgent: 'Before you start: a quick note from our founder',
        },
        {
          base: 'A quick hello from our founder',
          polished: 'A personal welcome from our founder',
          urgent: 'Before you start: a note from our founder',
        },
      ],
      preheaders: [
        {
          base: "Why I started {brand}, and the one thing I'd love you to try first.",
          polished: 'Why {brand} was founded, and the first step I would recommend to you.',
        },
        {
          base: "Why I started this company, and the one thing I'd love you to try first.",
          polished: 'Why we were founded, and the first step I would recommend to you.',
        },
      ],
      body: [
        p({
          base: 'I wanted to welcome you personally. I started {brand} because I believed {audience} deserved something simpler, friendlier and more reliable than what was out there, and every new person who joins is a reminder of why we do this.',
          polished:
            'I would like to welcome you personally. {brand} was founded on a simple belief: that {audience} deserve a partner who is reliable, straightforward and genuinely helpful.',
          relaxed:
            'Just wanted to say hi and welcome you myself. I started {brand} because {audience} deserved something simpler and friendlier than what was out there. Honestly, seeing new people join never gets old.',
          urgent:
            'A quick, personal welcome from me. I started {brand} so that {audience} could get more done with less hassle, and I want you to see that for yourself this week.',
        }),
        p({
          base: 'My one piece of advice: start small. Pick one thing, try it today, and let me know how it goes.',
          polished:
            'As you settle in, I would encourage you to begin with one small step. It is the surest way to see the value quickly.',
          relaxed: 'My one tip? Start small. Pick one thing, try it today, and tell me how it went.',
          urgent: "My one ask: take the first step today, while it's fresh. It only takes a few minutes.",
        }),
        p({
          base: 'I read every reply myself, so if anything could be better, I really want to hear it.',
          polished: 'I read every reply personally, and I welcome your thoughts at any time.',
          relaxed: 'I read every reply myself, so tell me what you think. Good or bad.',
        }),
      ],
      cta: {
        base: 'Take your first step',
        polished: 'Take the first step',
        relaxed: 'Try it today',
        urgent: 'Start today',
      },
      closer: false,
      replyFallback: false,
      signer: 'founder',
      note: 'The founder note is signed with data.sender_name when the workflow passes it; otherwise "The founder of" your company.',
    },
    {
      id: 'social-proof',
      angle: "Social proof: they've joined good company",
      prefer: { enthusiastic: 2, casual: 1 },
      subjects: [
        {
          base: "You're in good company at {brand}",
          polished: 'Welcome: you have joined a growing community',
          relaxed: 'Welcome to the club!',
          enthusiastic: 'Welcome to the club! You picked a good one',
          urgent: "Welcome! Here's how others get results fast",
        },
        { base: "Welcome! You're in good company" },
      ],
      preheaders: [
        'What {audience} who get the most from {product} do in their first week.',
        'What our happiest customers do in their first week, and how you can do the same.',
      ],
      body: [
        p({
          base: "Welcome! You've joined a community of {audience} who wanted a better way to get things done, and we're thrilled to have you with us.",
          urgent:
            "Welcome! You've joined {audience} who wanted a better way to get things done, and the best time to start is today.",
          polished:
            'Welcome to {brand}. You have joined a community of {audience} who expect reliability and results, and we are delighted to count you among them.',
          relaxed:
            "Welcome! You've just joined a whole bunch of {audience} who got tired of doing things the hard way. Good call.",
        }),
        p({
          base: "We've noticed that the people who get the most out of {product} have one thing in common: they try one thing in their first week, see it work, and build from there.",
          urgent:
            'The people who get the most out of {product} all do one thing: they try it on something real in week one. The sooner, the better.',
          polished:
            'Our experience shows that the customers who benefit most from {product} share one habit: they put it to work in their first week and build on that early success.',
          relaxed:
            "Here's a pattern we see all the time: the people who love {product} most try one thing in week one, it works, and they're hooked.",
        }),
        p({
          base: 'You can start the same way. It only takes a few minutes.',
          polished: 'We would encourage you to start the same way. It takes only a few minutes.',
          urgent: 'Do the same today. It only takes a few minutes.',
        }),
      ],
      cta: { base: 'Start your first week', polished: 'Begin now', relaxed: 'Join in', urgent: 'Start now' },
      note: 'The social-proof variant speaks in general terms; add a real number or a customer quote if you have one.',
    },
    {
      id: 'question',
      angle: 'Question: ask what brought them here',
      prefer: { casual: 2, friendly: 1, empathetic: 1, formal: -1 },
      subjects: [
        {
          base: 'Welcome! Can I ask you one question?',
          polished: 'Welcome to {brand}: one question for you',
          relaxed: 'Quick question (takes 10 seconds)',
          urgent: 'One quick question before you get started',
        },
        { base: 'Welcome! Can I ask you one question?', polished: 'Welcome: one question for you' },
      ],
      preheaders: [
        {
          base: "Tell us what you're hoping to get done, and we'll point you to the right place.",
          polished: 'Tell us what you would like to achieve, and we will tailor what we send you.',
        },
      ],
      body: [
        p({
          base: "Welcome to {brand}! Before we send you anything else, I'd love to know one thing: what made you sign up today?",
          polished:
            'Thank you for joining {brand}. Before we send anything further, may we ask one question: what prompted you to sign up?',
          relaxed: 'Welcome! Before we fill your inbox with anything, one quick question: what made you sign up?',
          urgent: 'Welcome to {brand}. One question before anything else: what do you most want to get done?',
        }),
        p({
          base: "Whether you're looking to save time, grow, or simply try something new, your answer helps us send you what's useful and skip what isn't.",
          urgent: 'Your answer decides what we send you next, so we only send what helps.',
          polished:
            'Your answer helps us tailor what we send, so that every message is relevant to your goals as one of our {audience}.',
          relaxed: 'Your answer means we send you the good stuff and skip the rest. Everyone wins.',
        }),
        p({
          base: 'Just reply with a sentence or two. We read every answer.',
          urgent: 'Reply now with one sentence. It takes ten seconds.',
          polished: 'A brief reply to this email is all we need. Every answer is read by our team.',
          relaxed: 'Hit reply with a sentence or two. We read every single answer.',
        }),
      ],
      cta: {
        base: 'Tell us what you need',
        polished: 'Share your goals',
        relaxed: 'Answer in 10 seconds',
        urgent: 'Answer now',
      },
      closer: false,
      replyFallback: false,
    },
    {
      id: 'quick-win',
      angle: 'Value first: one quick win today instead of a long tour',
      prefer: { urgent: 3, professional: 1, enthusiastic: 1 },
      subjects: [
        {
          base: "Welcome! Here's a quick win for your first day",
          polished: 'Welcome to {brand}: a practical first step',
          relaxed: "Welcome! Let's get you a quick win",
          urgent: 'Your first quick win is waiting',
        },
        { base: "Welcome! Here's a quick win for day one", polished: 'Welcome: a practical first step' },
      ],
      preheaders: [
        {
          base: 'One small step that makes {product} click for {audience}. It only takes a few minutes.',
          polished: 'One practical step that shows the value of {product} within minutes.',
        },
        {
          base: 'One small step that makes a real difference, and it only takes a few minutes today.',
          polished: 'One practical step that shows the value of our service within minutes.',
        },
      ],
      body: [
        p({
          base: "Welcome to {brand}! Rather than a long tour, here's one thing you can do today that makes an immediate difference.",
          polished:
            'Welcome to {brand}. Rather than a lengthy introduction, we would like to suggest one practical step that delivers value immediately.',
          relaxed: 'Welcome! No long tour, promise. Just one thing you can do today that makes a real difference.',
          urgent: "Welcome to {brand}. Skip the tour: here's the one thing to do today.",
        }),
        p({
          base: "Set up the part of {product} you'll use most, and try it once with something real. That's it. It's the quickest way to see what it can do for you.",
          polished:
            'Set up the part of {product} you expect to use most often and try it once with a real task. This single step is where most customers first see the value.',
          relaxed:
            "Set up the bit of {product} you'll use most, try it on something real, done. It's the fastest way to see what the fuss is about.",
          urgent:
            'Set up the part of {product} you will use most and try it on one real task, today. Ten minutes now saves you hours later.',
        }),
        p({
          base: "Once that's done, the rest will feel familiar. And we'll be right here if you get stuck.",
          polished:
            'Once this is in place, everything else will feel familiar, and our team is available should you need help.',
          empathetic:
            "And if anything feels unfamiliar at first, that's completely normal. We'll be right here to help.",
        }),
      ],
      cta: { base: 'Get your quick win', polished: 'Take the first step', relaxed: "Let's do it", urgent: 'Do it now' },
    },
  ],
};

export const ONBOARDING: GoalCopyPattern = {
  goal: 'onboarding',
  productFallback: '{brand}',
  ctaUrl: 'data.cta_url',
  replyFallback: {
    base: "Want a hand with any of this? Reply to this email and tell us where you're up to. We'll walk you through the rest.",
    polished:
      'Should you like assistance with any of these steps, reply to this email and we will guide you through them.',
    relaxed: "Want a hand? Hit reply and tell us where you're up to. We'll walk you through it.",
    urgent: "Reply to this email with where you're stuck and we'll help you finish setting up today.",
  },
  notes: [],
  angles: [
    {
      id: 'three-steps',
      angle: 'Checklist: three simple first steps, each with a why',
      prefer: { professional: 2, formal: 2, urgent: 2, friendly: 1 },
      subjects: [
        {
          base: 'Getting started with {product}: 3 simple steps',
          polished: 'Getting started with {product}: three steps',
          relaxed: '3 easy steps to get going with {product}',
          urgent: 'Finish setting up {product} in 3 steps today',
        },
        {
          base: 'Getting started: 3 simple steps',
          polished: 'Getting started: three steps',
          relaxed: '3 easy steps to get going',
          urgent: 'Finish setting up in 3 steps today',
        },
      ],
      preheaders: [
        {
          base: 'A short guide to getting real value from {product}. It only takes a few minutes.',
          urgent: 'Three quick steps, a few minutes each, and {product} is ready to work for you.',
        },
        {
          base: 'A short guide to getting real value from day one. It only takes a few minutes.',
          urgent: 'Three quick steps, a few minutes each, and everything is ready to work for you.',
        },
      ],
      headline: {
        base: "Let's get you set up",
        polished: 'Getting started',
        relaxed: "Let's get you going",
        urgent: 'Three steps to finish today',
      },
      body: [
        p({
          base: "Now that you've had a moment to look around, here's a short guide to getting the most out of {product}. It only takes a few minutes.",
          polished:
            'Now that you have had an opportunity to look around, here is a short guide to getting the most out of {product}. It requires only a few minutes.',
          relaxed: "Now you've had a poke around, here's the quick version of how to get the most out of {product}.",
          urgent: "You're nearly there. Three short steps and {product} is ready to work for you.",
        }),
        steps(
          {
            base: 'Set up the basics. Add your details so everything works the way you expect.',
            polished: 'Complete your profile and settings, so that everything works as you expect.',
            relaxed: 'Sort the basics. Add your details so everything just works.',
          },
          {
            base: "Try one real task. Pick something you'd normally do by hand and let {product} take care of it.",
            polished:
              'Complete one real task. Choose something you would normally do manually and let {product} handle it.',
            relaxed: "Try it for real. Pick a job you'd usually do by hand and let {product} do the heavy lifting.",
          },
          {
            base: 'Make it a habit. Come back tomorrow and do it again; the second time is always quicker.',
            polished:
              'Make it part of your routine. Repeating the task the following day is what makes the benefits last.',
            relaxed: "Do it again tomorrow. Round two is always quicker, and that's when it clicks.",
          },
        ),
      ],
      cta: { base: 'Start step one', polished: 'Begin setup', relaxed: "Let's go", urgent: 'Finish setup now' },
    },
    {
      id: 'pro-tip',
      angle: 'Pro tip: the one habit that makes the product work for them',
      prefer: { casual: 2, enthusiastic: 2 },
      subjects: [
        {
          base: 'The {product} tip most people miss',
          polished: 'A practical tip for getting more from {product}',
          relaxed: 'Psst: the shortcut nobody tells you about',
          urgent: "Don't skip this {product} tip",
        },
        {
          base: 'The tip most people miss',
          polished: 'A practical tip for getting more from us',
          urgent: "Don't skip this tip",
        },
      ],
      preheaders: [
        'One small habit that makes {product} far more useful for {audience}.',
        'One small habit that makes a big difference, and it takes a minute to set up.',
      ],
      body: [
        p({
          base: "Here's something we wish everyone knew on day one: the biggest gains don't come from doing more. They come from setting things up once, so they run on their own.",
          urgent:
            "The biggest gains don't come from doing more. They come from setting things up once, today, so they run on their own.",
          polished:
            'There is one thing we wish every customer knew from the first day: the greatest gains come not from doing more, but from setting things up once so that they run on their own.',
          relaxed:
            "Here's the thing nobody tells you on day one: the big wins don't come from doing more. They come from setting things up once and letting them run.",
        }),
        p({
          base: "With {product}, that means spending ten minutes on the settings you'll rely on every day. It's the difference between a tool you use and a tool that works for you.",
          urgent:
            'With {product}, that means ten minutes on the settings you use every day. Do it now and it pays off from tomorrow.',
          polished:
            'With {product}, that means investing ten minutes in the settings you will rely on every day. It is the difference between a tool you use and a tool that works for you.',
          relaxed:
            "With {product}, that's ten minutes on the settings you'll use every day. Tool you use vs. tool that works for you. Big difference.",
        }),
        p({
          base: 'Give it a try this week, and notice how much smoother things feel.',
          polished: 'We recommend trying it this week; you will notice the difference quickly.',
          relaxed: "Try it this week. You'll wonder how you managed without it.",
          urgent: "Do it today, and you'll feel the difference by tomorrow.",
        }),
      ],
      cta: { base: 'Show me how', polished: 'See how it works', relaxed: 'Show me', urgent: 'Set it up now' },
    },
    {
      id: 'first-month-plan',
      angle: 'Story: what a great first month looks like, week by week',
      prefer: { friendly: 1, empathetic: 1 },
      subjects: [
        {
          base: 'What a great first month with {product} looks like',
          polished: 'What a successful first month looks like',
          relaxed: "Here's what a great first month looks like",
          urgent: 'Your first month starts now: here is the plan',
        },
        { base: 'What a great first month looks like' },
      ],
      preheaders: [
        'A simple week-by-week plan that {audience} can follow without overthinking it.',
        'A simple week-by-week plan you can follow without overthinking it.',
      ],
      body: [
        p({
          base: 'People often ask us what a good start looks like. So here is the path we see work again and again:',
          urgent: 'A good first month follows a simple plan. Here it is, and week one starts today:',
          polished: 'We are often asked what a good start looks like. Here is the path we see work most reliably:',
          relaxed: "People always ask us what a good start looks like. Here's the path that works, again and again:",
        }),
        bullets(
          {
            base: 'Week 1: set up the essentials and try one real task.',
            polished: 'Week 1: configure the essentials and complete one real task.',
          },
          { base: 'Week 2: turn that task into a routine.', polished: 'Week 2: make that task part of your routine.' },
          {
            base: 'Week 3: add the next thing that saves you time.',
            polished: 'Week 3: add the next activity that saves you time.',
          },
          {
            base: "Week 4: look back. You'll be surprised how far you've come.",
            polished: 'Week 4: review your progress. Most customers are surprised by how far they have come.',
          },
        ),
        p({
          base: "There's no rush and no wrong way to do it. Keep it simple, and reach out whenever you'd like a second pair of eyes.",
          polished:
            'There is no need to rush. Keep it simple, and contact us whenever you would like a second opinion.',
          relaxed: 'No rush, no wrong way to do it. Keep it simple, and shout if you want a second pair of eyes.',
          empathetic:
            "There's no rush and no wrong way to do this. Everyone goes at their own pace, and we're here whenever you'd like a hand.",
          urgent: 'Start week one today. The sooner you begin, the sooner week four arrives.',
        }),
      ],
      cta: { base: 'Follow the plan', polished: 'View the plan', relaxed: "I'm in", urgent: 'Start week one' },
    },
    {
      id: 'check-in',
      angle: 'Offer help: a personal check-in asking where they are stuck',
      prefer: { empathetic: 3, friendly: 1 },
      subjects: [
        {
          base: "How's it going with {product}?",
          polished: 'How are you getting on with {product}?',
          relaxed: "So... how's it going?",
          urgent: "Stuck on setup? Let's fix it today",
        },
        { base: "How's it going so far?", polished: 'How are you getting on?' },
      ],
      preheaders: [
        {
          base: "If anything is slowing you down, tell us and we'll help you sort it out quickly.",
          polished: 'If anything is slowing you down, let us know and we will help you resolve it promptly.',
        },
      ],
      body: [
        p({
          base: "It's been a few days since you joined, so I wanted to check in. How's it going so far?",
          polished: 'It has been a few days since you joined, and I wanted to ask how you are getting on.',
          relaxed: "It's been a few days, so I figured I'd check in. How's it going?",
          urgent: 'You joined a few days ago, and I want to make sure nothing is holding you up.',
        }),
        p({
          base: "If something's confusing or not quite working the way you expected, you're not alone. The first few days are when a quick tip saves the most time.",
          polished:
            'If anything is unclear or not working as you expected, you are not alone: the first few days are when a short conversation saves the most time.',
          empathetic:
            "Getting used to something new takes time, and it's completely normal to have questions. Nobody gets everything right on day one.",
          relaxed:
            "If anything's confusing or not working how you expected, you're not the first. A quick tip now saves a lot of head-scratching later.",
        }),
        p({
          base: "Reply with what you're trying to do, or book a few minutes with us, and we'll get you unstuck.",
          polished: 'Reply to this email with what you are trying to achieve, or book a short call, and we will help.',
          relaxed: "Hit reply with what you're trying to do, or grab a few minutes with us. We'll sort it.",
          urgent: "Reply now with what you're stuck on, or book a call, and we'll fix it today.",
        }),
      ],
      cta: {
        base: 'Get help from our team',
        polished: 'Book a short call',
        relaxed: 'Grab a few minutes',
        urgent: 'Get help now',
      },
      closer: false,
      replyFallback: false,
      signer: 'person',
    },
    {
      id: 'three-features',
      angle: 'Benefit tour: the three things to use first, and why',
      prefer: { urgent: 1, professional: 1 },
      subjects: [
        {
          base: '3 things to try first in {product}',
          polished: 'Three features to explore first in {product}',
          relaxed: 'Start with these 3 things',
          urgent: 'Do these 3 things this week',
        },
        { base: '3 things to try first', polished: 'Three features to explore first' },
      ],
      preheaders: [
        'Skip the manual. These are the parts of {product} that pay off fastest.',
        'Skip the manual. These are the parts that pay off fastest for new customers.',
      ],
      body: [
        p({
          base: "You don't need to learn everything at once. Here are the three things that make the biggest difference early on:",
          polished:
            'There is no need to learn everything at once. These three areas make the greatest difference early on:',
          relaxed: "You don't have to learn it all at once. Start with these three:",
          urgent: 'Forget the manual. These three things make the biggest difference, so do them first:',
        }),
        bullets(
          {
            base: "The basics you'll use every day. Set them up once and they're done.",
            polished: 'The everyday essentials. Configure them once and they are done.',
          },
          {
            base: 'Your personal settings, so everything fits the way you work.',
            polished: 'Your preferences, so that everything reflects the way you work.',
          },
          {
            base: 'Our help centre, for the moments you want an answer right away.',
            polished: 'The help centre, for the moments when you need an answer immediately.',
          },
        ),
        p({
          base: 'Start with the first one today. The other two take minutes once you are ready.',
          polished: 'We suggest starting with the first today; the others take only minutes once you are ready.',
          relaxed: "Knock out the first one today. The other two are quick once you're ready.",
          urgent: 'Do the first one today. The other two take minutes.',
        }),
      ],
      cta: {
        base: 'Explore the essentials',
        polished: 'Explore the essentials',
        relaxed: 'Show me around',
        urgent: 'Start with step one',
      },
    },
  ],
};

export const FOLLOW_UP: GoalCopyPattern = {
  goal: 'follow_up',
  productFallback: '{brand}',
  ctaUrl: 'data.cta_url',
  replyFallback: {
    base: "Prefer to talk it through? Reply to this email with a couple of times that suit you, and I'll make it work.",
    polished: 'Should you prefer to speak, please reply with a few times that suit you and I will arrange a call.',
    relaxed: "Rather chat? Reply with a couple of times that work and I'll make it happen.",
    urgent: "Reply with a time today or tomorrow that suits you, and I'll call you then.",
  },
  notes: ['Follow-ups are signed with data.sender_name when the workflow passes it; a named person gets more replies.'],
  angles: [
    {
      id: 'personal-check-in',
      angle: 'Personal check-in after a first conversation',
      prefer: { friendly: 2, empathetic: 2, professional: 1 },
      subjects: [
        {
          base: 'Following up on our conversation',
          polished: 'Following up on our recent conversation',
          relaxed: 'Quick follow-up',
          urgent: 'Following up: can we wrap this up this week?',
        },
      ],
      preheaders: [
        {
          base: 'Making sure you have everything you need to decide, with no pressure either way.',
          polished: 'I wanted to ensure you have everything you need to make a decision.',
          urgent: 'A few quick answers now could save you weeks. Here is how to get them.',
        },
      ],
      body: [
        p({
          base: 'I wanted to follow up on your recent conversation with {brand} and make sure you have everything you need.',
          polished:
            'I am writing to follow up on your recent conversation with {brand} and to ensure you have all the information you need.',
          relaxed: 'Just following up on our chat, and checking you have everything you need.',
          urgent: 'Following up on our conversation, because I know you wanted to move quickly.',
        }),
        p({
          base: "If you're still weighing things up, I'm happy to answer questions, share how other {audience} approached the same decision, or simply talk it through.",
          polished:
            'If you are still considering your options, I would be glad to answer any questions or explain how other {audience} approached the same decision.',
          relaxed:
            'Still thinking it over? Happy to answer questions, tell you how other {audience} did it, or just talk it through.',
          urgent:
            "If there's anything standing between you and a decision, let's deal with it now. A short call is usually all it takes.",
        }),
        p({
          base: "And if the timing isn't right, that's completely fine. Just let me know and I'll check back later.",
          polished:
            'Should the timing not be right, please let me know and I will be in touch at a more convenient moment.',
          relaxed: "And if now's not the time, no worries at all. Just say and I'll check back later.",
          empathetic:
            "And if now isn't the right time, please don't worry. Just let me know, and I'll check back whenever suits you.",
          urgent: "If the timing has changed, just tell me and I'll stop chasing.",
        }),
      ],
      cta: {
        base: 'Book a quick call',
        polished: 'Schedule a call',
        relaxed: 'Grab a time',
        urgent: 'Book a call today',
      },
      signer: 'person',
    },
    {
      id: 'useful-resource',
      angle: 'Value first: share something genuinely useful, with no ask',
      prefer: { professional: 2, formal: 1, casual: 1 },
      subjects: [
        {
          base: "Thought you'd find this useful",
          polished: 'A resource you may find useful',
          relaxed: 'Saw this and thought of you',
          urgent: 'Worth five minutes before you decide',
        },
      ],
      preheaders: [
        {
          base: 'A short, practical guide for {audience}, with no strings attached.',
          polished: 'A short, practical guide for {audience}, with no obligation.',
        },
        {
          base: 'A short, practical guide we put together for you, with no strings attached.',
          polished: 'A short, practical guide prepared for you, with no obligation.',
        },
      ],
      body: [
        p({
          base: "Since we spoke, I've been thinking about what you mentioned, and I wanted to share something I think will help.",
          polished: 'Following our conversation, I wanted to share a resource that I believe will be of value to you.',
          relaxed: "I've been thinking about what you said when we spoke, and this seemed right up your street.",
          urgent: "Before you make a decision, there's one thing I'd like you to read.",
        }),
        p({
          base: "It's a short guide for {audience} on getting better results with less effort. No sales pitch, just practical ideas you can use whether or not you work with us.",
          polished:
            'It is a concise guide for {audience} on achieving better results with less effort. It contains practical ideas you can apply whether or not you choose to work with us.',
          relaxed:
            "It's a short guide for {audience} on getting more done with less effort. No pitch. Just ideas you can use either way.",
        }),
        p({
          base: "Have a look when you have a few minutes, and tell me which idea you'd try first.",
          polished: 'I would be interested to hear which of the ideas you find most relevant.',
          relaxed: "Have a flick through and tell me which idea you'd steal first.",
          urgent: 'It takes five minutes to read, and it will make your decision easier.',
        }),
      ],
      cta: { base: 'Read the guide', polished: 'Read the guide', relaxed: 'Take a look', urgent: 'Read it now' },
      signer: 'person',
      note: 'The "useful resource" variant points the button at a guide: set data.cta_url to one you have.',
    },
    {
      id: 'common-questions',
      angle: 'Social proof: what others asked before deciding',
      prefer: { professional: 2, formal: 2, enthusiastic: 1 },
      subjects: [
        {
          base: 'How others made this decision',
          polished: 'How other {audience} evaluated {product}',
          relaxed: 'What others did in your shoes',
          urgent: 'The 3 questions to answer before you decide',
        },
        { base: 'How others made this decision', polished: 'How others evaluated their options' },
      ],
      preheaders: [
        {
          base: 'The three questions {audience} usually ask before choosing {product}, answered.',
          polished: 'The three questions {audience} most often ask before choosing {product}, answered.',
        },
        'The three questions people usually ask before deciding, answered honestly.',
      ],
      body: [
        p({
          base: 'When {audience} are deciding whether {product} is right for them, the same three questions come up:',
          urgent: 'Before {audience} choose {product}, they ask three questions. Here are the straight answers:',
          polished: 'When {audience} consider whether {product} is right for them, three questions arise most often:',
          relaxed: 'Whenever {audience} are figuring out if {product} is for them, the same three questions pop up:',
        }),
        bullets(
          {
            base: 'Will it actually save me time? For most people, yes, and it shows within the first few weeks.',
            polished: 'Will it save time? In most cases, yes, and the difference is visible within weeks.',
          },
          {
            base: "Is it hard to switch? We help you every step of the way, so you're never on your own.",
            polished: 'Is it difficult to switch? We support you through every step of the transition.',
          },
          {
            base: "What if it's not a fit? Talk to us at any point, and we'll be straight with you.",
            polished:
              'What if it is not the right fit? You can raise it with us at any time, and we will be candid with you.',
          },
        ),
        p({
          base: "If you have a different question, I'd be glad to answer it.",
          polished: 'If your question is not listed here, I would be pleased to answer it.',
          relaxed: 'Got a different question? Fire away.',
          urgent: "Got a different question? Ask me now and I'll answer today.",
        }),
      ],
      cta: {
        base: "See if it's a fit",
        polished: 'Discuss your requirements',
        relaxed: 'Find out',
        urgent: 'Get your answers',
      },
      signer: 'person',
    },
    {
      id: 'last-check-in',
      angle: 'Last check-in: an easy yes, later or no',
      prefer: { urgent: 3, casual: 1 },
      subjects: [
        {
          base: 'Should I close your file?',
          polished: 'Should we close your enquiry?',
          relaxed: 'Is this still on your radar?',
          urgent: 'Last follow-up from me',
        },
      ],
      preheaders: [
        {
          base: 'No hard feelings either way. A one-word reply is all I need to know where things stand.',
          polished: 'A one-word reply is all we need to know how you would like to proceed.',
        },
      ],
      body: [
        p({
          base: "I've reached out a couple of times and haven't heard back, so I'm guessing the timing isn't right. That's completely fine.",
          polished:
            'I have contacted you a couple of times without a response, so I assume the timing may not be right. That is entirely understandable.',
          relaxed:
            "I've pinged you a couple of times and heard nothing back, so I'm guessing now's not the time. Totally fine.",
          urgent: "I haven't heard back, so this is the last time I'll follow up.",
        }),
        p({
          base: 'To keep things simple, could you reply with a single number?',
          polished: 'To keep matters simple, would you reply with a single number?',
          relaxed: 'To make it easy, just reply with a number:',
          urgent: 'Before I close your file, one reply with a number is all I need:',
        }),
        bullets(
          { base: "1: I'm still interested, let's talk.", polished: '1: I am still interested; let us talk.' },
          { base: '2: Check back with me in a few months.', polished: '2: Please contact me again in a few months.' },
          { base: '3: Not for me, thanks.', polished: '3: This is not for me, thank you.' },
        ),
        p({
          base: 'Whatever you choose, thank you for considering {brand}.',
          polished: 'Whatever you decide, thank you for considering {brand}.',
          relaxed: 'Whatever you pick, thanks for considering {brand}.',
        }),
      ],
      cta: {
        base: "I'm still interested",
        polished: 'I remain interested',
        relaxed: "I'm still in",
        urgent: "Yes, let's talk",
      },
      closer: false,
      replyFallback: false,
      signer: 'person',
    },
    {
      id: 'one-question',
      angle: "One question: uncover what's holding them back",
      prefer: { casual: 2, empathetic: 1 },
      subjects: [
        {
          base: 'Quick question about your plans',
          polished: 'A brief question about your plans',
          relaxed: 'Can I ask you something?',
          urgent: 'One question before we move on',
        },
      ],
      preheaders: [
        {
          base: "What's the one thing that would make this an easy decision for you?",
          polished: 'What is the one thing that would make this an easy decision for you?',
        },
      ],
      body: [
        strong({
          base: "What's the one thing that would make this an easy decision for you?",
          polished: 'What is the one thing that would make this an easy decision for you?',
        }),
        p({
          base: "Maybe it's price, timing, or knowing it will work for {audience}. Whatever it is, I'd rather hear it and help than leave you guessing.",
          polished:
            'It may be price, timing, or confidence that it will work for {audience}. Whatever it is, I would rather hear it and help than leave you with unanswered questions.',
          relaxed:
            "Price? Timing? Not sure it'll work for {audience}? Whatever it is, I'd rather hear it than leave you guessing.",
          urgent: "Price, timing, proof it works for {audience}? Tell me, and I'll give you a straight answer today.",
        }),
        p({
          base: 'Reply with a sentence, or grab a time to talk, whichever is easier.',
          urgent: 'Reply with one line today, or grab a time to talk this week.',
          polished: 'You may reply with a sentence, or schedule a short call, whichever is more convenient.',
          relaxed: "Reply with a line, or grab a time to chat. Whatever's easier.",
        }),
      ],
      cta: { base: 'Pick a time to talk', polished: 'Schedule a call', relaxed: 'Grab a time', urgent: 'Talk today' },
      closer: false,
      replyFallback: false,
      signer: 'person',
    },
  ],
};

export const THANK_YOU: GoalCopyPattern = {
  goal: 'thank_you',
  productFallback: '{brand}',
  ctaUrl: 'data.cta_url',
  replyFallback: {
    base: 'And if there is anything at all we can do for you, just reply to this email.',
    polished: 'Should there be anything further we can do for you, please reply to this email.',
    relaxed: 'And if we can do anything for you, just hit reply.',
  },
  notes: [],
  angles: [
    {
      id: 'heartfelt',
      angle: 'Simple, heartfelt thanks with no agenda',
      prefer: { friendly: 2, empathetic: 2, formal: 1 },
      subjects: [
        {
          base: 'Thank you, from all of us at {brand}',
          polished: 'Thank you from {brand}',
          relaxed: 'You rock. Thank you!',
          enthusiastic: 'A huge thank you from all of us!',
          urgent: 'A quick thank you (and what happens next)',
        },
        { base: 'Thank you, from all of us', polished: 'Thank you from all of us' },
      ],
      preheaders: [
        {
          base: "We don't say it often enough: we're genuinely grateful you chose us.",
          polished: 'A short note to say how much we appreciate your trust in us.',
          relaxed: "We don't say it enough, so here goes: thank you. Really.",
        },
      ],
      body: [
        p({
          base: "We just wanted to say thank you. Choosing {brand} means a lot to us, and we don't take it for granted.",
          polished: 'We would like to thank you for choosing {brand}. Your trust means a great deal to us.',
          relaxed: 'Just a quick note to say thank you. Picking {brand} means a lot, and we never take it for granted.',
          enthusiastic:
            "We just had to say it: THANK YOU! Choosing {brand} means the world to us, and we don't take it for granted.",
          urgent:
            'Thank you for choosing {brand}. It means a lot, and we want to make sure you get everything you came for.',
        }),
        p({
          base: "Every customer helps us keep doing what we love, and we're working hard to make sure {product} keeps earning your trust.",
          urgent: "We're already working on what comes next for {product}, and you'll be the first to hear about it.",
          polished:
            'Every customer enables us to continue doing what we do best, and we are committed to ensuring that {product} continues to earn your trust.',
          relaxed:
            "Every customer helps us keep doing what we love, and we'll keep working to make {product} worth it.",
        }),
      ],
      cta: {
        base: "See what's next",
        polished: 'Visit your account',
        relaxed: 'Come say hi',
        urgent: 'See your next steps',
      },
      replyFallback: false,
      afterCta: [
        p({
          base: 'If there is ever anything we could do better, you only need to reply.',
          polished: 'Should there ever be anything we could do better, we would be glad to hear it.',
          relaxed: "And if we can ever do better, tell us. We're all ears.",
        }),
      ],
      closer: false,
    },
    {
      id: 'founder-thanks',
      angle: 'Personal thank-you note from the founder',
      prefer: { empathetic: 3, friendly: 1, casual: 1 },
      subjects: [
        {
          base: 'A personal thank you from our founder',
          polished: 'A personal note of thanks from our founder',
          relaxed: 'Just a quick thank-you from me',
          urgent: 'A quick, personal thank you',
        },
      ],
      preheaders: [
        {
          base: 'Why your support matters more than you might think, in a few honest words.',
          polished: 'A few words on why your support matters so much to us.',
        },
      ],
      body: [
        p({
          base: 'I wanted to write to you personally to say thank you. When we started {brand}, we hoped to make life better for {audience}, and it still makes my day every time someone puts their trust in us.',
          urgent:
            "A quick, personal thank you from me. When we started {brand}, we set out to make life better for {audience}, and customers like you are proof it's working.",
          polished:
            'I am writing personally to thank you. {brand} was founded to serve {audience} well, and it remains a privilege each time someone places their trust in us.',
          relaxed:
            'I wanted to say thanks myself. When we started {brand}, the whole idea was to make life better for {audience}, and it still makes my day when someone like you joins in.',
        }),
        p({
          base: 'Behind every order and every message is a small team who care a lot about getting things right. You make that possible.',
          urgent: 'Behind every order is a small team that cares about getting it right, and you make that possible.',
          polished:
            'Behind every order and every message is a team dedicated to getting things right. Your support makes that possible.',
          relaxed:
            'Behind every order is a small team that really cares about getting it right. You make that possible.',
        }),
        p({
          base: 'If you ever have an idea, a complaint or a story to share, reply to this email. It comes straight to me.',
          urgent: "If there's anything we should fix, reply today. It comes straight to me, and I'll act on it.",
          polished:
            'Should you ever wish to share an idea, a concern or a story, please reply to this email. It comes directly to me.',
          relaxed: 'Got an idea, a gripe or a story? Reply to this email. It comes straight to me.',
        }),
      ],
      cta: {
        base: 'See what we are working on',
        polished: "Read about what's next",
        relaxed: "See what we're up to",
        urgent: "See what's next",
      },
      closer: false,
      replyFallback: false,
      signer: 'founder',
    },
    {
      id: 'impact',
      angle: 'Story: show what their support made possible',
      prefer: { enthusiastic: 2, professional: 1 },
      subjects: [
        {
          base: "Here's what your support made possible",
          polished: 'The difference your support makes',
          relaxed: 'Look what you helped make happen',
          urgent: 'You made this happen. Thank you.',
        },
      ],
      preheaders: [
        {
          base: 'A short look behind the scenes at what customers like you help us build.',
          polished: 'A brief look behind the scenes at what our customers help us achieve.',
        },
      ],
      body: [
        p({
          base: 'Thank you for being part of {brand}. We wanted to show you what support like yours actually does.',
          urgent: "Thank you for being part of {brand}. Here's what your support made happen.",
          polished: 'Thank you for being part of {brand}. We would like to show you what your support makes possible.',
          relaxed: 'Thanks for being part of {brand}! We wanted to show you what that actually means.',
        }),
        p({
          base: 'It lets us spend more time improving {product}, answering questions properly instead of rushing, and building the things {audience} ask us for.',
          urgent: 'More time improving {product}. Better answers, faster. New things {audience} asked for, built.',
          polished:
            'It allows us to invest in improving {product}, to give every question the attention it deserves, and to build what {audience} ask us for.',
          relaxed:
            'It means more time making {product} better, proper answers instead of rushed ones, and building the stuff {audience} ask for.',
        }),
        p({
          base: "So when we say thank you, we mean it: you're part of the reason we get to keep doing this.",
          urgent: "That's you. Thank you, and watch this space: there's more coming soon.",
          polished:
            'So when we say thank you, we mean it sincerely: you are part of the reason we can continue this work.',
          relaxed: "So yeah, thank you. You're a big part of why we get to keep doing this.",
        }),
      ],
      cta: { base: "See what's new", polished: 'See our latest work', relaxed: "See what's new", urgent: 'See it now' },
    },
    {
      id: 'gift',
      angle: 'Reward: a small thank-you gift',
      prefer: { urgent: 3, casual: 2, enthusiastic: 2 },
      subjects: [
        {
          base: 'A little thank-you gift, just for you',
          polished: 'A token of our appreciation',
          relaxed: 'We got you a little something',
          urgent: 'Your thank-you gift is waiting (not for long)',
        },
      ],
      preheaders: [
        {
          base: "Because customers like you deserve more than a thank-you note. Here's something extra.",
          polished: 'A small token of our appreciation, with our thanks for your custom.',
          urgent: 'A thank-you gift just for you. It ends {deadline}, so use it while you can.',
        },
      ],
      body: [
        p({
          base: "Thank you for choosing {brand}. A note felt like too little, so here's {offer} to say thanks properly.",
          polished:
            'Thank you for choosing {brand}. As a token of our appreciation, we would like to offer you {offer}.',
          relaxed: "Thanks for choosing {brand}! A note felt a bit thin, so here's {offer} on us.",
          urgent: 'Thank you for choosing {brand}. To say thanks, here is {offer}. It ends {deadline}.',
        }),
        OFFER_CODE,
        p({
          base: "Use it on your next visit, or pass it on to a friend who'd enjoy {product} as much as you do.",
          polished: 'You may use it on your next purchase, or share it with someone who would appreciate {product}.',
          relaxed: "Use it next time, or pass it to a friend who'd love {product} too.",
          urgent: "Use it before it ends {deadline}, or pass it to a friend who'd love {product}.",
        }),
      ],
      cta: { base: 'Claim your gift', polished: 'Redeem your gift', relaxed: 'Grab it', urgent: 'Use it now' },
      note: 'The gift variant reads data.offer (e.g. "15% off your next order"), data.offer_code and data.deadline.',
    },
    {
      id: 'thanks-and-question',
      angle: 'Thanks plus one question, while the experience is fresh',
      prefer: { casual: 1, professional: 1 },
      subjects: [
        {
          base: 'Thank you! Can we ask one quick thing?',
          polished: 'Thank you, and a brief question',
          relaxed: 'Thanks a ton! One tiny question',
          urgent: "Thank you! One question while it's fresh",
        },
      ],
      preheaders: [
        {
          base: 'Your answer takes ten seconds and helps us get even better for {audience}.',
          polished: 'Your answer takes a moment and helps us serve {audience} even better.',
        },
        {
          base: 'Your answer takes ten seconds and helps us keep getting better for you.',
          polished: 'Your answer takes only a moment and helps us continue to improve.',
        },
      ],
      body: [
        p({
          base: 'Thank you for choosing {brand}. We really appreciate it.',
          urgent: "Thank you for choosing {brand}. One quick question while it's fresh:",
          polished: 'Thank you for choosing {brand}. We are very grateful.',
          relaxed: 'Thanks for choosing {brand}. Seriously, it means a lot.',
        }),
        strong({
          base: "While it's fresh in your mind: what nearly stopped you from choosing us?",
          urgent: 'What nearly stopped you from choosing us?',
          polished: 'While your experience is fresh: what, if anything, nearly prevented you from choosing us?',
          relaxed: "While it's fresh: what almost stopped you from picking us?",
        }),
        p({
          base: 'Your answer helps us make things easier for the next person. Just hit reply; even one sentence helps.',
          urgent: 'Reply now with one line. It takes ten seconds and helps the next person decide faster.',
          polished:
            'Your answer will help us make the process easier for others. A one-sentence reply is more than enough.',
          relaxed: 'Your answer helps us make it easier for the next person. One line is plenty.',
        }),
      ],
      cta: { base: 'Share a quick thought', polished: 'Share your answer', relaxed: 'Tell us', urgent: 'Answer now' },
      closer: false,
      replyFallback: false,
    },
  ],
};

export const RE_ENGAGEMENT: GoalCopyPattern = {
  goal: 're_engagement',
  productFallback: '{brand}',
  ctaUrl: 'data.cta_url',
  replyFallback: {
    base: "Want to pick things up again? Just reply to this email and we'll help you get going.",
    polished: 'Should you wish to resume, simply reply to this email and we will help you get started again.',
    relaxed: "Fancy coming back? Hit reply and we'll get you sorted.",
    urgent: "Reply to this email today and we'll get you back up and running straight away.",
  },
  notes: [],
  angles: [
    {
      id: 'we-miss-you',
      angle: 'We miss you: a warm, no-pressure check-in',
      prefer: { empathetic: 3, friendly: 2 },
      subjects: [
        {
          base: 'We miss you at {brand}',
          polished: 'It has been a while: an update from {brand}',
          relaxed: 'Long time no see!',
          urgent: "Still there? Let's reconnect",
        },
        { base: 'We miss you', polished: 'It has been a while' },
      ],
      preheaders: [
        {
          base: "It's been a while, so here's a quick look at what you've missed and an easy way back.",
          polished: 'A brief update on what has changed since your last visit, and an easy way back.',
        },
      ],
      body: [
        p({
          base: "It's been a little while since we last saw you, and we wanted to check in. No pressure; we'd simply love to know how you're doing.",
          polished: 'It has been some time since your last visit, and we wanted to reach out and ask how you are.',
          relaxed: "It's been a while! No agenda, we just wanted to say hi and see how you're doing.",
          empathetic:
            "It's been a little while since we last heard from you, and we hope all is well. Life gets busy, and that's completely okay.",
          urgent: "It's been a while since you were last here, and a lot has changed.",
        }),
        p({
          base: "A lot has changed at {brand} since then. We've been listening to {audience} and making {product} simpler and more useful.",
          polished: 'Since then, we have made a number of improvements, informed by feedback from {audience}.',
          relaxed: "We've been busy since: listening to {audience} and making {product} simpler and more useful.",
        }),
        p({
          base: "If you've been meaning to come back, now's a great moment. And if something didn't work for you, we'd genuinely like to hear about it.",
          polished:
            'If you have been considering a return, this is an excellent time. And if something did not meet your expectations, we would value hearing about it.',
          relaxed: "If you've been meaning to swing by, now's a great time. And if we got something wrong, tell us.",
          empathetic:
            "Whenever you're ready, we'd love to have you back. And if something didn't work for you, we'd really like to hear about it, so we can make it right.",
          urgent:
            "Come back and see for yourself, today. And if something didn't work for you, tell us and we'll fix it.",
        }),
      ],
      cta: { base: "See what's new", polished: "See what's new", relaxed: 'Take a peek', urgent: 'Come back today' },
    },
    {
      id: 'whats-changed',
      angle: "What's changed: three improvements since their last visit",
      prefer: { professional: 2, enthusiastic: 2, formal: 1 },
      subjects: [
        {
          base: "A lot has changed since you've been away",
          polished: 'What is new at {brand} since your last visit',
          relaxed: "You've missed some good stuff",
          urgent: "3 things you've missed (the 2nd matters most)",
        },
        { base: "A lot has changed since you've been away", polished: 'What is new since your last visit' },
      ],
      preheaders: [
        'Three improvements {audience} asked for, now live and ready for you to try.',
        'Three improvements our customers asked for, now live and ready for you to try.',
      ],
      body: [
        p({
          base: "Since you were last here, we've been busy. Here are three things we think you'll like:",
          polished:
            'Since your last visit, we have introduced several improvements. Three we believe you will appreciate:',
          relaxed: "Since you were last here, we've been busy. Three things you'll like:",
          urgent: "You've missed a lot. Here's what matters:",
        }),
        bullets(
          {
            base: 'A simpler experience, with fewer steps to get what you need.',
            polished: 'A simpler experience, with fewer steps between you and what you need.',
          },
          {
            base: 'More help when you want it, from people who know {product} inside out.',
            polished: 'More support when you need it, from a team that knows {product} thoroughly.',
          },
          {
            base: 'Fresh improvements, shaped by feedback from {audience}.',
            polished: 'Continuous improvements, informed by feedback from {audience}.',
          },
        ),
        p({
          base: 'Take a look. It only takes a minute to see the difference.',
          polished: 'We invite you to take a look; it takes only a minute.',
          relaxed: 'Have a look. One minute, tops.',
          urgent: 'Have a look today. It takes a minute.',
        }),
      ],
      cta: { base: 'Take a look', polished: 'Explore the improvements', relaxed: 'Show me', urgent: 'See it now' },
      note: 'The "what\'s changed" variant lists improvements in general terms; name your real ones if you can.',
    },
    {
      id: 'come-back-offer',
      angle: 'Come-back offer with a deadline',
      prefer: { urgent: 3, enthusiastic: 1, casual: 1 },
      subjects: [
        {
          base: 'A welcome-back gift, just for you',
          polished: 'An offer to welcome you back',
          relaxed: "Come back? We'll make it worth it",
          urgent: 'Your welcome-back offer ends {deadline}',
        },
        { base: 'A welcome-back gift, just for you', urgent: 'Your welcome-back offer ends soon' },
      ],
      preheaders: [
        {
          base: "We'd love to have you back, so here's {offer} to make your return worthwhile.",
          polished: 'We would be delighted to welcome you back, with {offer}.',
          urgent: 'Here is {offer} to welcome you back. It ends {deadline}.',
        },
      ],
      body: [
        p({
          base: "We haven't seen you in a while, and we'd love to have you back. To make it easy, here's {offer} on your next visit.",
          polished:
            'It has been some time since your last visit, and we would be delighted to welcome you back with {offer}.',
          relaxed: "We haven't seen you in ages and, honestly, we miss you. So here's {offer} to tempt you back.",
          urgent: "We want you back, so here's {offer}, for a short time only.",
        }),
        OFFER_CODE,
        p({
          base: "This offer ends {deadline}, so if you've been thinking about coming back, now's the perfect time.",
          polished: 'Please note that the offer ends {deadline}.',
          relaxed: "It ends {deadline}, so don't leave it too long.",
          urgent: 'It ends {deadline}. After that, it is gone.',
        }),
      ],
      cta: { base: 'Claim your offer', polished: 'Redeem your offer', relaxed: "I'm back", urgent: 'Claim it now' },
      note: 'The come-back offer reads data.offer (e.g. "20% off"), data.offer_code and data.deadline (e.g. "on Sunday").',
    },
    {
      id: 'honest-question',
      angle: "Honest question: ask what didn't work, and listen",
      prefer: { empathetic: 2, professional: 1 },
      subjects: [
        {
          base: 'Can we ask what happened?',
          polished: 'May we ask for your honest feedback?',
          relaxed: 'Did we do something wrong?',
          urgent: 'Quick question (10 seconds, we promise)',
        },
      ],
      preheaders: [
        {
          base: "If we let you down, we'd really like to know. Your answer goes straight to our team.",
          polished:
            'If we fell short of your expectations, we would like to know. Your answer goes directly to our team.',
        },
      ],
      body: [
        p({
          base: "We noticed you haven't been around for a while, and we'd like to understand why.",
          polished: 'We have noticed that you have not visited for some time, and we would like to understand why.',
          relaxed: "You haven't been around for a while, and we're curious why.",
          urgent: "You haven't been around for a while, and before we stop writing, we'd like to know why.",
          empathetic:
            "We noticed you haven't been around for a while. We hope everything's okay, and we'd like to understand if we could have done better.",
        }),
        p({
          base: 'Maybe your needs changed, maybe the timing was off, or maybe we let you down. Whatever the reason, an honest answer helps us do better for {audience}.',
          polished:
            'Perhaps your needs changed, the timing was not right, or we fell short. Whatever the reason, your candid answer will help us serve {audience} better.',
          relaxed: 'Needs changed? Bad timing? Did we mess up? Whatever it is, an honest answer helps us do better.',
          urgent: 'Needs changed? Bad timing? Did we let you down? One honest answer helps us fix it.',
        }),
        p({
          base: "Reply with a line or two. We read every response, and we won't try to talk you out of anything.",
          polished: 'A brief reply is all we need. Every response is read, and we will respect your decision.',
          relaxed: "Reply with a line or two. We read every one, and we won't guilt-trip you. Promise.",
          urgent: 'Reply now with a line or two. It takes ten seconds, and we read every one.',
        }),
      ],
      cta: {
        base: 'Tell us what happened',
        polished: 'Share your feedback',
        relaxed: 'Tell us',
        urgent: 'Answer in 10 seconds',
      },
      closer: false,
      replyFallback: false,
    },
    {
      id: 'stay-or-go',
      angle: 'Last chance: stay on the list, or say goodbye',
      prefer: { urgent: 2, casual: 1, formal: 1 },
      subjects: [
        {
          base: 'Should we stop emailing you?',
          polished: 'Would you like to keep hearing from us?',
          relaxed: 'Is this goodbye?',
          urgent: 'Last email unless you tell us otherwise',
        },
      ],
      preheaders: [
        {
          base: 'We only want to be in your inbox if you want us there. One click keeps you on the list.',
          polished: 'We only wish to write to you if you want us to. One click keeps you subscribed.',
        },
      ],
      body: [
        p({
          base: "We haven't heard from you in a while, and we don't want to fill your inbox with emails you don't want.",
          polished:
            'We have not heard from you for some time, and we do not wish to send you emails you no longer want.',
          relaxed: "It's been quiet on your end, and we don't want to be that company clogging up your inbox.",
          urgent: "We haven't heard from you in a while, so we're about to stop emailing you.",
        }),
        p({
          base: "If you'd like to keep hearing from {brand}, tell us and we'll keep you on the list. If not, no hard feelings: you can unsubscribe at the bottom of this email.",
          polished:
            'If you would like to continue hearing from {brand}, please let us know. Otherwise, you may unsubscribe using the link at the bottom of this email.',
          relaxed:
            "Want to stick around? Just say so and you're staying. If not, no hard feelings: the unsubscribe link is at the bottom.",
          urgent:
            "If you'd like to keep hearing from {brand}, tell us now. If we don't hear from you, this may be the last email we send.",
        }),
        p({
          base: 'Either way, thank you for the time you have spent with us.',
          polished: 'Whatever you decide, thank you for your time with us.',
          relaxed: 'Either way, thanks for hanging out with us.',
        }),
      ],
      cta: {
        base: 'Keep me on the list',
        polished: 'Keep me subscribed',
        relaxed: "I'm staying",
        urgent: 'Yes, keep me subscribed',
      },
      closer: false,
      replyFallback: {
        base: 'To stay, just reply with "keep me" and we will.',
        polished: 'To remain subscribed, simply reply to this email with "keep me".',
        relaxed: 'To stay, just reply "keep me". Done.',
        urgent: 'To stay, reply "keep me" today.',
      },
      note: 'The "stay or go" variant refers to the unsubscribe link the CRM adds at the bottom of every marketing email.',
    },
  ],
};
