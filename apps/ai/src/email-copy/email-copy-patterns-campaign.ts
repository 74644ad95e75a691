/**
 * Copy for one-to-many campaigns: announcements, newsletters, promotions and event invitations. These are the
 * emails that compete hardest for the open, so the angles lean on the classic levers: the benefit, curiosity, the
 * story behind it, what others think, and a deadline.
 */
import {
  bullets,
  EVENT_DETAILS,
  type GoalCopyPattern,
  OFFER_CODE,
  p,
  section,
  steps,
} from './email-copy-pattern-types';

export const ANNOUNCEMENT: GoalCopyPattern = {
  goal: 'announcement',
  productFallback: 'our latest update',
  ctaUrl: 'data.cta_url',
  replyFallback: {
    base: "Want to know more? Reply to this email and we'll tell you everything, or set it up with you.",
    polished: 'Should you wish to learn more, simply reply to this email and a member of our team will be in touch.',
    relaxed: "Want the full scoop? Hit reply and we'll fill you in.",
    urgent: "Reply to this email today and we'll get you set up straight away.",
  },
  notes: [],
  angles: [
    {
      id: 'benefit',
      angle: 'Benefit-led: what the launch means for them',
      prefer: { professional: 2, formal: 2, friendly: 1 },
      subjects: [
        {
          base: 'Introducing {product}: built for {audience}',
          polished: 'Introducing {product}',
          relaxed: 'Meet {product} (you are going to like this)',
          urgent: '{Product} is live: try it today',
        },
        {
          base: 'Introducing {product}',
          relaxed: 'Meet {product}',
          urgent: '{Product} is live: try it today',
        },
        { base: 'Introducing something new', relaxed: 'Meet our newest thing', urgent: "It's live: try it today" },
      ],
      preheaders: [
        {
          base: 'Everything you need to know about {product}, and why it matters for {audience}.',
          polished: 'An overview of {product} and what it means for {audience}.',
        },
        {
          base: "Everything you need to know about what's new, and why it matters to you.",
          polished: 'An overview of what is new, and what it means for you.',
        },
      ],
      headline: { base: 'Introducing {product}', relaxed: 'Say hello to {product}', urgent: '{Product} is live' },
      body: [
        p({
          base: "We're excited to introduce {product}, designed from the ground up for {audience}.",
          polished: 'We are pleased to introduce {product}, designed specifically for {audience}.',
          relaxed: "It's here! Say hello to {product}, made from scratch for {audience}.",
          urgent: '{Product} is live today, built for {audience}, and you can start using it right now.',
        }),
        p({
          base: "Here's what it means for you:",
          polished: 'What this means for you:',
          relaxed: "Here's why you'll like it:",
        }),
        bullets(
          {
            base: 'Less time on routine work, so you can focus on what matters.',
            polished: 'Less time spent on routine work, leaving more for what matters.',
            relaxed: 'Less busywork, more of the good stuff.',
          },
          {
            base: 'A simpler, clearer way to get things done.',
            polished: 'A simpler and clearer way of working.',
            relaxed: 'Simpler. Clearer. Just easier.',
          },
          {
            base: 'The same friendly support you already know, whenever you need it.',
            polished: 'The same dependable support, whenever you need it.',
            relaxed: 'Same friendly humans on hand if you get stuck.',
          },
        ),
        p({
          base: "It's available now, and getting started takes just a few minutes.",
          polished: 'It is available now, and getting started takes only a few minutes.',
          relaxed: "It's live now and takes minutes to try.",
          urgent: "It's live now. Try it today while it's fresh.",
        }),
      ],
      cta: { base: "See what's new", polished: 'Learn more', relaxed: 'Take it for a spin', urgent: 'Try it now' },
    },
    {
      id: 'teaser',
      angle: 'Curiosity: a teaser that reveals the news inside',
      prefer: { enthusiastic: 3, casual: 2 },
      subjects: [
        {
          base: "Something new is here (and it's for you)",
          polished: 'Something new from {brand}',
          relaxed: "We've been keeping a secret...",
          enthusiastic: "We've been dying to tell you this!",
          urgent: "It's here. Be one of the first to try it",
        },
        { base: "Something new is here (and it's for you)", polished: 'Something new from us' },
      ],
      preheaders: [
        {
          base: "We've been working on this for a while, and we think {audience} are going to love it.",
          polished: 'Months in the making, and designed with {audience} in mind.',
        },
        {
          base: "We've been working on this for a while, and we think you're going to love it.",
          polished: 'Months in the making, and designed with our customers in mind.',
        },
      ],
      body: [
        p({
          base: "For the past few months, we've been quietly working on something we couldn't wait to tell you about.",
          polished:
            'For several months, our team has been developing something we are delighted to share with you today.',
          relaxed:
            "We've been working on something on the quiet for months, and it's been really hard not to tell you.",
          enthusiastic: "For months we've been working on something in secret, and keeping quiet has been SO hard.",
          urgent: "We've been working on something for months, and as of today, it's ready.",
        }),
        p({
          base: 'Today it is ready: {product}. We built it after listening to {audience} tell us what slowed them down, and we think it changes things for the better.',
          polished:
            'Today we are launching {product}. It was shaped by what {audience} told us slows them down, and we believe it makes a real difference.',
          relaxed:
            "Meet {product}. We built it after {audience} told us what slowed them down, and we think it's a game-changer.",
        }),
        p({
          base: "We'd love you to be among the first to try it.",
          polished: 'We would be delighted for you to be among the first to try it.',
          relaxed: 'Want to be one of the first to try it?',
          urgent: 'Early users get in first. Be one of them.',
        }),
      ],
      cta: { base: 'Be one of the first', polished: 'Discover it', relaxed: 'Show me', urgent: 'Try it first' },
    },
    {
      id: 'behind-the-scenes',
      angle: 'Story: why we built it, from the founder',
      prefer: { empathetic: 2, friendly: 2, casual: 1 },
      subjects: [
        {
          base: 'Why we built {product}',
          polished: 'The story behind {product}',
          relaxed: 'The story behind our newest thing',
          urgent: 'Why we built this (and why now)',
        },
        { base: 'Why we built this', polished: 'The story behind our latest launch' },
      ],
      preheaders: [
        {
          base: 'A short behind-the-scenes story, from the first idea to launch day.',
          polished: 'The story of how it came about, from the first idea to launch day.',
        },
      ],
      body: [
        p({
          base: 'Everything new we launch starts with a problem. This one started with a conversation with {audience}, who told us the same thing again and again: it should not be this hard.',
          urgent: 'It started with a problem {audience} kept telling us about: it should not be this hard.',
          polished:
            'Every new development at {brand} begins with a problem. This one began with conversations with {audience}, who told us repeatedly that it should not be this difficult.',
          relaxed:
            'Everything we launch starts with a problem. This one started with {audience} telling us, over and over: why is this so hard?',
        }),
        p({
          base: 'So we set out to fix it. After months of testing, listening and refining, {product} is ready.',
          urgent: 'So we fixed it. {Product} is ready, and it is live today.',
          polished: 'We set out to address it. After months of testing, listening and refinement, {product} is ready.',
          relaxed: 'So we fixed it. Months of testing and tweaking later, {product} is ready.',
        }),
        p({
          base: "It's our answer to that conversation, and I'd love to know if it's the answer you were hoping for.",
          polished:
            'It is our answer to those conversations, and I would very much like to hear whether it meets your needs.',
          relaxed: "It's our answer to all those chats. Tell me if it's the one you were hoping for.",
          urgent: "It's live today. Try it and tell me if it's the answer you were hoping for.",
        }),
      ],
      cta: {
        base: 'See it for yourself',
        polished: 'See it for yourself',
        relaxed: 'Take a look',
        urgent: 'Try it today',
      },
      closer: false,
      signer: 'founder',
    },
    {
      id: 'early-feedback',
      angle: 'Social proof: what early users said when they tried it',
      prefer: { enthusiastic: 2, professional: 1 },
      subjects: [
        {
          base: 'Why early users are excited about {product}',
          polished: 'Early feedback on {product}',
          relaxed: 'People are loving this (see why)',
          urgent: 'Early users are already using it. Are you?',
        },
        { base: 'Why early users are excited', polished: 'Early feedback on our latest launch' },
      ],
      preheaders: [
        'See why the first people to try {product} are telling their colleagues about it.',
        'See why the first people to try it are already telling their colleagues.',
      ],
      body: [
        p({
          base: 'Before launching, we asked a group of {audience} to try {product} and tell us honestly what they thought.',
          urgent: 'Before launch, a group of {audience} put {product} to the test.',
          polished:
            'Prior to launch, we invited a group of {audience} to evaluate {product} and share their candid feedback.',
          relaxed: 'Before launch, we let a bunch of {audience} loose on {product} and asked for brutal honesty.',
        }),
        p({
          base: 'The verdict was clear: it saves time, it is easy to pick up, and it takes the stress out of a job nobody enjoys.',
          urgent:
            'Their verdict: it saves time, it is easy to pick up, and it takes the stress out of a job nobody enjoys. They did not want to give it back.',
          polished:
            'The response was clear: it saves time, it is easy to adopt, and it removes the stress from a demanding task.',
          relaxed: 'The verdict? Saves time, easy to pick up, and it makes a boring job a lot less painful.',
        }),
        p({
          base: "Now it's your turn. We'd love to hear what you think.",
          polished: 'We would now value your opinion.',
          relaxed: 'Your turn. Tell us what you think!',
          urgent: "Now it's your turn. Try it today.",
        }),
      ],
      cta: { base: 'Try it yourself', polished: 'Try it yourself', relaxed: 'Give it a go', urgent: 'Try it now' },
      note: 'The early-feedback variant summarises what testers said in general terms; quote a real tester if you can.',
    },
    {
      id: 'early-access',
      angle: 'Launch offer: early access with a deadline',
      prefer: { urgent: 3, enthusiastic: 1 },
      subjects: [
        {
          base: 'Launch offer: early access to {product}',
          polished: 'Early access to {product} is now open',
          relaxed: 'Early access is open (grab it!)',
          urgent: 'Launch offer ends {deadline}',
        },
        { base: 'Launch offer: early access is open', polished: 'Early access is now open' },
      ],
      preheaders: [
        {
          base: 'To celebrate the launch, early access is open for a short time. Here is how to get in.',
          polished: 'Early access is open to existing customers for a limited period. Details inside.',
          urgent: 'Early access closes {deadline}. Here is how to get in before it does.',
        },
      ],
      body: [
        p({
          base: "{Product} is officially live, and to celebrate, we're opening early access to our existing customers first.",
          polished: '{Product} is now available, and we are offering early access to our existing customers first.',
          relaxed: "{Product} is live! And because you're one of ours, you get first dibs.",
          urgent: '{Product} is live, and early access is open to existing customers for a short time only.',
        }),
        p({
          base: 'As one of the first in, you get {offer} and a direct line to the team shaping what comes next.',
          polished: 'Early access includes {offer} and a direct line to the team shaping its future.',
          relaxed: "Get in early and you'll get {offer}, plus a direct line to the team building it.",
        }),
        p({
          base: "Early access closes {deadline}, so don't wait too long.",
          polished: 'Please note that early access closes {deadline}.',
          relaxed: "It closes {deadline}, so don't snooze on it.",
          urgent: 'Early access closes {deadline}. After that, the launch offer is gone.',
        }),
      ],
      cta: { base: 'Get early access', polished: 'Request early access', relaxed: "I'm in", urgent: 'Get access now' },
      note: 'The early-access variant reads data.offer (what early users get) and data.deadline (e.g. "on Friday").',
    },
  ],
};

export const NEWSLETTER: GoalCopyPattern = {
  goal: 'newsletter',
  productFallback: '{brand}',
  ctaUrl: 'data.cta_url',
  replyFallback: {
    base: 'Want more like this? Reply and tell us which topic you would like us to dig into next.',
    polished: 'If there is a topic you would like us to cover, please reply and let us know.',
    relaxed: "Want more like this? Reply and tell us what you'd like next.",
  },
  notes: [],
  angles: [
    {
      id: 'roundup',
      angle: "Roundup: the month's highlights in three short sections",
      prefer: { professional: 2, formal: 2, friendly: 1 },
      subjects: [
        {
          base: 'This month at {brand}: the highlights',
          polished: 'Your monthly update from {brand}',
          relaxed: 'The good stuff from this month',
          urgent: "Don't miss this month's highlights",
        },
        { base: 'This month: the highlights', polished: 'Your monthly update' },
      ],
      preheaders: [
        {
          base: 'The ideas, news and tips {audience} found most useful this month, in a five-minute read.',
          polished: 'The most relevant news and insights for {audience} this month.',
        },
        {
          base: 'The ideas, news and tips our readers found most useful this month, in a five-minute read.',
          polished: 'The most relevant news and insights from this month, in brief.',
        },
      ],
      body: [
        p({
          base: "Here's your roundup of the most useful ideas, news and tips from the past month, picked for {audience}.",
          polished:
            "Welcome to this month's update: a selection of the most relevant news and insights for {audience}.",
          relaxed: "Here's the best of the month, hand-picked for {audience}. Grab a coffee.",
          urgent: 'The month moved fast. Here are the highlights {audience} should not miss.',
        }),
        section(
          {
            base: "What's new at {brand}",
            polished: 'News from {brand}',
            relaxed: "What we've been up to",
            urgent: "This month's must-read",
          },
          {
            base: "A quick look at what we've been working on this month, and what it means for you. The short version: fewer steps, clearer answers and more of what {audience} asked us for.",
            urgent:
              'The changes that matter most this month: fewer steps, clearer answers and more of what {audience} asked for. Worth two minutes today.',
            polished:
              'A brief summary of our work this month and what it means for you: fewer steps, clearer answers, and more of what {audience} have asked for.',
            relaxed:
              'The short version: fewer steps, clearer answers, and more of the stuff {audience} kept asking us for.',
          },
        ),
        section(
          {
            base: 'One idea worth trying',
            polished: 'An idea worth considering',
            relaxed: 'Steal this idea',
            urgent: 'Do this today',
          },
          {
            base: 'Block out thirty minutes this week for the task you keep putting off. Most of the time, it takes less time than the worrying did.',
            urgent:
              'Block out thirty minutes today for the task you keep putting off. It will take less time than the worrying did.',
            polished:
              'Set aside thirty minutes this week for the task you have been postponing. It very often takes less time than expected.',
            relaxed: "Give that task you keep dodging thirty minutes this week. It's usually quicker than the dread.",
          },
        ),
        section(
          { base: 'From our community', polished: 'From our community', relaxed: 'Over to you', urgent: 'Your turn' },
          {
            base: 'The best questions we got this month came from readers like you. Keep them coming: every reply lands with a real person on our team.',
            urgent: "Send us your questions now: the best ones get answered in next month's issue.",
            polished:
              "Several of this month's most useful questions came from our readers. We welcome yours: every reply is read by a member of our team.",
            relaxed:
              'Some of the best questions this month came from you lot. Keep them coming: every reply reaches a real human.',
          },
        ),
      ],
      cta: { base: 'Read the full issue', polished: 'Read the full update', relaxed: 'Dive in', urgent: 'Read it now' },
      afterCta: [
        p({
          base: "If there's a topic you'd like us to cover next, just hit reply. We read every message.",
          urgent: 'Got a topic for next month? Reply now and it could make the cut.',
          polished: 'If there is a topic you would like us to cover in a future issue, please let us know.',
          relaxed: 'Got a topic you want us to cover? Hit reply.',
        }),
      ],
      closer: false,
      note: "The roundup variant has three sample sections (news, an idea, the community): replace them with this issue's stories.",
    },
    {
      id: 'one-big-idea',
      angle: 'One big idea: a single story told well, instead of a list',
      prefer: { friendly: 2, empathetic: 2, casual: 1 },
      subjects: [
        {
          base: 'One idea that could change your week',
          polished: 'One idea worth your attention this week',
          relaxed: 'Try this one thing this week',
          urgent: 'Try this before the week is out',
        },
      ],
      preheaders: [
        {
          base: 'A single, practical idea for {audience}, explained in under three minutes.',
          polished: 'A single, practical idea for {audience}, in a three-minute read.',
        },
        'A single, practical idea, explained in under three minutes. No fluff, we promise.',
      ],
      body: [
        p({
          base: 'This issue is a little different. Instead of a long list, we want to share one idea we think is worth your time.',
          polished:
            'This issue takes a different approach. Rather than a long list, we would like to share a single idea worth your time.',
          relaxed: "This one's a bit different. No long list, just one idea we think you'll actually use.",
          urgent: 'One idea this week. Read it now and try it before Friday.',
        }),
        p({
          base: 'Most of us try to improve everything at once, and end up improving nothing. The {audience} we see making the most progress do the opposite: they pick one small habit, stick with it for a month, and let the results add up.',
          polished:
            'It is tempting to improve everything at once, and to end up improving very little. The {audience} who make the most progress do the opposite: they choose one small habit, maintain it for a month, and let the results accumulate.',
          relaxed:
            'Most of us try to fix everything at once, and fix nothing. The {audience} who get furthest do the opposite: one small habit, one month, and let it snowball.',
        }),
        p({
          base: "So here's our challenge for you this week: choose one thing you'd like to get better at, and give it ten minutes a day. Then tell us how it went.",
          polished:
            'Our suggestion for this week: choose one thing you would like to improve, and devote ten minutes a day to it. We would be interested to hear how it goes.',
          relaxed: 'Your challenge this week: pick one thing, give it ten minutes a day, and tell us how it went.',
          urgent: 'Pick your one thing today. Ten minutes a day, starting now.',
        }),
      ],
      cta: {
        base: 'Read the full story',
        polished: 'Read the full article',
        relaxed: 'Read more',
        urgent: 'Read it now',
      },
    },
    {
      id: 'three-tips',
      angle: 'How-to: three quick tips they can use today',
      prefer: { urgent: 2, casual: 2, enthusiastic: 2, professional: 1 },
      subjects: [
        {
          base: '3 quick tips you can use today',
          polished: 'Three practical tips for this month',
          relaxed: '3 tips, 2 minutes, zero fluff',
          urgent: '3 tips to put to work today',
        },
      ],
      preheaders: [
        {
          base: 'Short, practical and tested: three ideas that make life easier for {audience}.',
          polished: 'Three practical, proven ideas for {audience}.',
        },
        'Short, practical and tested: three ideas that make working life a little easier.',
      ],
      body: [
        p({
          base: 'This month we have three quick tips from our team. Each one takes a few minutes to put into practice.',
          polished: 'This month, our team shares three practical tips, each of which takes only minutes to apply.',
          relaxed: 'Three quick tips from the team this month. Each one takes minutes.',
          urgent: 'Three tips. Each takes minutes. Use them today.',
        }),
        steps(
          {
            base: 'Start with the outcome. Before any task, write down what "done" looks like.',
            polished: 'Begin with the outcome. Before starting a task, define what "done" looks like.',
          },
          {
            base: 'Batch the small stuff. Group similar jobs together and do them in one go.',
            polished: 'Group small tasks. Handle similar jobs together, in a single session.',
          },
          {
            base: 'Review on Fridays. Ten minutes looking back saves hours going forward.',
            polished: 'Review weekly. Ten minutes of reflection each Friday saves hours in the week ahead.',
          },
        ),
        p({
          base: 'Which one will you try first? Hit reply and let us know.',
          polished: 'We would be glad to hear which you find most useful.',
          relaxed: 'Which one are you trying first? Tell us!',
          urgent: 'Pick one and try it today.',
        }),
      ],
      cta: {
        base: 'Get more tips',
        polished: 'Read more tips',
        relaxed: 'More tips, please',
        urgent: 'Get more tips now',
      },
      closer: false,
      note: 'The three tips are generic productivity advice: swap in tips from your own field for the best results.',
    },
    {
      id: 'team-news',
      angle: 'Behind the scenes: news from the team',
      prefer: { enthusiastic: 1, friendly: 1 },
      subjects: [
        {
          base: 'News from the {brand} team',
          polished: 'News and updates from {brand}',
          relaxed: "What we've been up to lately",
          urgent: 'Big news from {brand}: read this first',
        },
        { base: 'News from the team', polished: 'News and updates from our team', urgent: 'Big news: read this first' },
      ],
      preheaders: [
        {
          base: "What's new at {brand}, what we're working on next, and how you can get involved.",
          polished: 'What is new at {brand}, what comes next, and how you can be involved.',
        },
        {
          base: "What's new with us, what we're working on next, and how you can get involved.",
          polished: 'What is new with us, what comes next, and how you can be involved.',
        },
      ],
      body: [
        p({
          base: "It's been a busy few weeks at {brand}, and we wanted to bring you up to date.",
          polished: 'The past few weeks have been busy at {brand}, and we would like to bring you up to date.',
          relaxed: "It's been a busy few weeks around here! Here's the catch-up.",
          urgent: "A lot happened at {brand} this month. Here's what you need to know.",
        }),
        p({
          base: "We've been listening to {audience}, improving {product}, and planning a few things we can't wait to share.",
          polished:
            'We have been gathering feedback from {audience}, improving {product}, and preparing several new developments.',
          relaxed:
            "We've been chatting with {audience}, tinkering with {product}, and cooking up a few things we can't wait to show you.",
        }),
        p({
          base: "Next month we'll share more about what's coming. In the meantime, we'd love to hear what you'd like to see from us.",
          polished: 'We will share more next month. In the meantime, we would welcome your suggestions.',
          relaxed: "More next month. Meanwhile, tell us what you'd love to see from us!",
          urgent: 'More news next month. Tell us now what you want to see, and it could make the list.',
        }),
      ],
      cta: {
        base: 'Read the latest news',
        polished: 'Read the latest news',
        relaxed: 'Catch up',
        urgent: 'Read it now',
      },
    },
    {
      id: 'reader-question',
      angle: 'Community: ask readers one question and feature the answers',
      prefer: { casual: 2, empathetic: 1 },
      subjects: [
        {
          base: "We'd love your take on this",
          polished: 'We would value your opinion',
          relaxed: 'Settle a debate for us?',
          urgent: 'Quick poll: one click, closes soon',
        },
      ],
      preheaders: [
        {
          base: "This month we're asking {audience} one question. The best answers feature next issue.",
          polished: 'This month, we are asking {audience} one question. Selected answers appear next issue.',
        },
        {
          base: "This month we're asking our readers one question. The best answers feature next issue.",
          polished: 'This month, we are asking our readers one question. Selected answers appear next issue.',
        },
      ],
      body: [
        p({
          base: 'This month, instead of telling you what we think, we want to hear from you.',
          polished: 'This month, rather than sharing our own view, we would like to hear yours.',
          relaxed: "This month we're flipping it around: you talk, we listen.",
          urgent: 'This month we need your answer, and the poll closes soon.',
        }),
        {
          kind: 'paragraph',
          text: {
            base: "Here's the question: what's one thing you wish you had known when you started?",
            urgent: "This month's question: what's one thing you wish you had known when you started?",
            polished: 'Our question: what is one thing you wish you had known when you started?',
          },
          emphasis: true,
        },
        p({
          base: "Reply with your answer. We'll share the most useful ones in next month's issue (anonymously, unless you'd like a shout-out).",
          urgent: "Reply before the poll closes. The best answers feature in next month's issue.",
          polished:
            "Please reply with your answer. We will share a selection in next month's issue, anonymously unless you would like to be credited.",
          relaxed:
            "Hit reply with your answer. The best ones make next month's issue (anonymous unless you want the fame).",
        }),
      ],
      cta: { base: 'Share your answer', polished: 'Share your answer', relaxed: 'Answer here', urgent: 'Answer now' },
      closer: false,
      replyFallback: false,
    },
  ],
};

export const PROMOTION: GoalCopyPattern = {
  goal: 'promotion',
  productFallback: 'our full range',
  ctaUrl: 'data.cta_url',
  replyFallback: {
    base: "Want to take advantage? Just reply to this email and we'll sort it out for you.",
    polished: 'To take advantage of this offer, simply reply to this email and we will arrange it for you.',
    relaxed: "Want in? Hit reply and we'll sort it.",
    urgent: "Reply to this email before the offer ends and we'll sort it out for you.",
  },
  notes: [
    'Promotions read data.offer (e.g. "20% off"), data.offer_code (shown in a box when set) and data.deadline (e.g. "on Sunday at midnight").',
  ],
  angles: [
    {
      id: 'value',
      angle: "Value-led: what they get, and why it's worth it",
      prefer: { professional: 2, formal: 2, friendly: 2 },
      subjects: [
        {
          base: 'Save on {product} this week',
          polished: 'A special offer on {product}',
          relaxed: 'Treat yourself: {product} for less',
          urgent: 'Ends {deadline}: save on {product}',
        },
        {
          base: 'A special offer, this week only',
          polished: 'A special offer for you',
          urgent: 'Ends {deadline}: our special offer',
        },
      ],
      preheaders: [
        {
          base: 'Get {offer} on {product}, and see why it is a favourite with {audience}.',
          polished: 'Enjoy {offer} on {product}, for a limited time.',
        },
        {
          base: 'Get {offer} for a limited time, and see why our customers love it.',
          polished: 'Enjoy {offer}, for a limited time.',
        },
      ],
      body: [
        p({
          base: 'Good news: for a limited time, you can get {offer} on {product}.',
          polished: 'We are pleased to offer you {offer} on {product}, for a limited time.',
          relaxed: 'Good news! For a little while, you can get {offer} on {product}.',
          urgent: 'For a short time only: {offer} on {product}.',
        }),
        p({
          base: "If you've been meaning to try it, this is the easiest moment to start. Here's what you get:",
          polished: 'If you have been considering it, there has never been a better moment. The offer includes:',
          relaxed: "Been meaning to try it? Now's the time. Here's what you get:",
          urgent: "If you've been waiting for the right moment, this is it. You get:",
        }),
        bullets(
          {
            base: 'The full {product} experience, with nothing held back.',
            polished: 'The complete {product} experience.',
          },
          {
            base: 'Friendly support from our team whenever you need it.',
            polished: 'Dedicated support from our team whenever you need it.',
          },
          {
            base: 'The quality you expect from {brand}, at a better price.',
            polished: 'The quality you expect from {brand}, at a reduced price.',
          },
        ),
        OFFER_CODE,
      ],
      cta: { base: 'Claim your offer', polished: 'View the offer', relaxed: 'Grab the deal', urgent: 'Claim it now' },
      afterCta: [
        p({
          base: 'The offer ends {deadline}.',
          polished: 'Please note that the offer ends {deadline}.',
          relaxed: 'Heads-up: it ends {deadline}.',
          urgent: 'Remember: it ends {deadline}.',
        }),
      ],
    },
    {
      id: 'last-chance',
      angle: 'Deadline: last chance before the offer ends',
      prefer: { urgent: 4, enthusiastic: 1 },
      subjects: [
        {
          base: 'Last chance: the offer ends {deadline}',
          polished: 'Final reminder: our offer closes {deadline}',
          relaxed: "Psst, the sale's nearly over",
          urgent: 'Final hours: offer ends {deadline}',
        },
        { base: 'Last chance: the offer ends soon', polished: 'Final reminder: our offer closes soon' },
      ],
      preheaders: [
        {
          base: "Once it's gone, it's gone. Your last chance to get {offer} on {product}.",
          polished: 'A final reminder: {offer} on {product} ends {deadline}.',
        },
        {
          base: "Once it's gone, it's gone. This is your last chance to get {offer}.",
          polished: 'A final reminder: {offer} ends {deadline}.',
        },
      ],
      headline: { base: 'Last chance', polished: 'Final reminder', relaxed: 'Nearly over!', urgent: 'Final hours' },
      body: [
        p({
          base: "Just a quick reminder: our offer ends {deadline}, and we'd hate for you to miss it.",
          polished: 'This is a brief reminder that our offer ends {deadline}.',
          relaxed: "Quick heads-up: the offer ends {deadline}, and we'd hate for you to miss out.",
          urgent: 'The clock is ticking: our offer ends {deadline}.',
        }),
        p({
          base: "It's your chance to get {offer} on {product}. After that, prices go back to normal.",
          polished:
            'It is your final opportunity to receive {offer} on {product}, after which standard pricing resumes.',
          relaxed: "That's {offer} on {product}. After that, it's back to full price.",
          urgent: "That's {offer} on {product}, and after that, it's gone.",
        }),
        OFFER_CODE,
        p({
          base: "If you've been on the fence, this is the moment to decide.",
          polished: 'If you have been considering it, now is the time to decide.',
          relaxed: "On the fence? Now's the moment.",
          urgent: "Don't wait. Decide now.",
        }),
      ],
      cta: {
        base: 'Get it before it ends',
        polished: 'View the offer',
        relaxed: 'Grab it now',
        urgent: 'Claim it now',
      },
    },
    {
      id: 'exclusive',
      angle: 'Curiosity: an exclusive, email-only offer',
      prefer: { enthusiastic: 3, casual: 2 },
      subjects: [
        {
          base: 'Something special, just for you',
          polished: 'An exclusive offer for our subscribers',
          relaxed: 'Shh... this deal is just for you',
          urgent: 'Your private offer is waiting (not for long)',
        },
      ],
      preheaders: [
        {
          base: "We don't do this often, and this one isn't on our website. Open to see what's inside.",
          polished: 'An offer reserved for our subscribers, not available on our website.',
        },
      ],
      body: [
        p({
          base: "We don't often run promotions, and when we do, our subscribers hear about it first.",
          polished: 'We rarely run promotions, and when we do, our subscribers are the first to know.',
          relaxed: 'We hardly ever do deals. When we do, you hear first.',
          urgent: 'This offer is for subscribers only, and it will not be around for long.',
        }),
        p({
          base: 'So here it is: {offer} on {product}, available only through this email.',
          polished: 'We are offering you {offer} on {product}, available exclusively through this email.',
          relaxed: "So here's the deal: {offer} on {product}. Only through this email.",
        }),
        OFFER_CODE,
        p({
          base: "Because it's exclusive, it won't be around for long. It ends {deadline}.",
          polished: 'As an exclusive offer, it is available for a limited time and ends {deadline}.',
          relaxed: "It's a secret, so it won't last. Ends {deadline}.",
          urgent: 'It ends {deadline}. After that, it is gone for good.',
        }),
      ],
      cta: {
        base: 'Unlock your offer',
        polished: 'View your offer',
        relaxed: 'Show me the deal',
        urgent: 'Unlock it now',
      },
    },
    {
      id: 'crowd-favourite',
      angle: 'Social proof: the favourite, now at a better price',
      prefer: { friendly: 1, casual: 1, enthusiastic: 1 },
      subjects: [
        {
          base: 'Our most popular pick, now for less',
          polished: 'Our most popular offering at a special price',
          relaxed: 'The crowd favourite just got cheaper',
          urgent: "Everyone's favourite is on offer (ends {deadline})",
        },
        { base: 'Our most popular pick, now for less', urgent: "Everyone's favourite, on offer for a few days" },
      ],
      preheaders: [
        {
          base: 'There is a reason {audience} keep choosing {product}. Now it is easier than ever to join them.',
          polished: 'Discover why {audience} choose {product}, now at a special price.',
        },
        {
          base: 'There is a reason our customers keep coming back. Now it is easier than ever to join them.',
          polished: 'Discover why our customers keep coming back, now at a special price.',
        },
      ],
      body: [
        p({
          base: "There's a reason {product} is a favourite with {audience}: it does what it promises, without fuss.",
          polished: '{Product} is a favourite with {audience} for a simple reason: it delivers what it promises.',
          relaxed: '{Product} is a hit with {audience} for one simple reason: it just works.',
        }),
        p({
          base: 'Right now, you can find out for yourself with {offer}.',
          polished: 'For a limited time, you can experience it yourself with {offer}.',
          relaxed: 'And right now, you can try it for yourself with {offer}.',
          urgent: 'Try it yourself with {offer}, but only until the offer ends {deadline}.',
        }),
        OFFER_CODE,
        p({
          base: 'Join the people who have already made the switch. The offer ends {deadline}.',
          polished: 'Join those who have already made the change. The offer ends {deadline}.',
          relaxed: 'Join the club. Offer ends {deadline}.',
          urgent: 'The offer ends {deadline}. Join them today.',
        }),
      ],
      cta: { base: 'Join them today', polished: 'View the offer', relaxed: "I'm in", urgent: 'Get it now' },
      note: 'The crowd-favourite variant claims popularity; back it with a real figure or review if you have one.',
    },
    {
      id: 'loyalty-thanks',
      angle: 'Personal note: a thank-you offer for loyal customers',
      prefer: { empathetic: 3, friendly: 1, formal: 1 },
      subjects: [
        {
          base: 'A thank-you offer, just for you',
          polished: 'A special thank-you for our valued customers',
          relaxed: "This one's on us (well, almost)",
          urgent: 'A thank-you offer, for a few days only',
        },
      ],
      preheaders: [
        {
          base: "You've supported us, so we wanted to give something back. Here's an offer just for you.",
          polished: 'In appreciation of your loyalty, an offer reserved for you.',
        },
      ],
      body: [
        p({
          base: 'Our customers are the reason {brand} exists, so every now and then we like to say thank you in a practical way.',
          urgent:
            'Our customers are the reason {brand} exists, so for a few days only, we are saying thank you in a practical way.',
          polished:
            'Our customers are the reason {brand} exists, and from time to time we like to express our gratitude in a practical way.',
          relaxed:
            "You're the reason {brand} exists, so every now and then we like to say thanks with something useful.",
          empathetic:
            'We know you have plenty of choices, and you chose {brand}. That means a lot to us, so we wanted to give something back.',
        }),
        p({
          base: 'This time, that means {offer} on {product}. No complicated conditions, just our way of saying thanks.',
          urgent: 'That means {offer} on {product}, with no complicated conditions. Just use it before it ends.',
          polished: 'On this occasion, we are pleased to offer you {offer} on {product}, with our thanks.',
          relaxed: "This time it's {offer} on {product}. No hoops to jump through.",
        }),
        OFFER_CODE,
        p({
          base: 'It ends {deadline}, so enjoy it while it lasts!',
          polished: 'The offer ends {deadline}. We hope you enjoy it.',
          relaxed: 'It ends {deadline}. Enjoy!',
          urgent: 'It ends {deadline}, so use it while you can.',
        }),
      ],
      cta: {
        base: 'Claim your thank-you offer',
        polished: 'Redeem your offer',
        relaxed: 'Claim it',
        urgent: 'Claim it now',
      },
    },
  ],
};

export const EVENT_INVITATION: GoalCopyPattern = {
  goal: 'event_invitation',
  productFallback: '{brand}',
  ctaUrl: 'data.cta_url',
  replyFallback: {
    base: "To save your place, just reply to this email and we'll add you to the list.",
    polished: 'To reserve your place, please reply to this email and we will confirm your registration.',
    relaxed: "Want in? Hit reply and we'll put your name down.",
    urgent: "Reply to this email now and we'll hold a place for you.",
  },
  notes: [
    'Invitations read data.event_name, data.event_date, data.event_time and data.event_location (each row is left out when missing); data.cta_url is the registration link.',
  ],
  angles: [
    {
      id: 'what-you-get',
      angle: "Benefit-led: what they'll take away from the event",
      prefer: { professional: 2, formal: 2, friendly: 1 },
      subjects: [
        {
          base: "You're invited: {event}",
          polished: 'Invitation: {event}',
          relaxed: "Come along? You're invited",
          urgent: 'Seats are filling: {event}',
        },
        { base: "You're invited", polished: 'An invitation for you', urgent: 'Seats are filling up' },
      ],
      preheaders: [
        {
          base: 'An invitation for {audience}: practical ideas, good company and answers to your questions.',
          polished: 'An invitation for {audience}: practical insight, good company and your questions answered.',
        },
        {
          base: 'Practical ideas, good company and answers to your questions. Save your place today.',
          polished: 'Practical insight, good company and your questions answered. Reserve your place.',
        },
      ],
      headline: {
        base: "You're invited",
        polished: 'You are invited',
        relaxed: 'Come join us!',
        urgent: 'Places are limited',
      },
      body: [
        p({
          base: "We'd love you to join us at {event}.",
          polished: 'We would be delighted if you could join us at {event}.',
          relaxed: "We'd love you to come to {event}!",
          urgent: 'Places for {event} are limited, and we want to make sure you get one.',
        }),
        EVENT_DETAILS,
        p({
          base: "It's designed for {audience}, and you'll leave with:",
          polished: 'It is designed for {audience}, and you will leave with:',
          relaxed: "It's made for {audience}, and you'll walk away with:",
        }),
        bullets(
          {
            base: 'Practical ideas you can put to work the very next day.',
            polished: 'Practical ideas you can apply immediately.',
            relaxed: 'Ideas you can actually use the next day.',
          },
          {
            base: 'Answers to your questions from people who do this every day.',
            polished: 'Answers to your questions from experienced practitioners.',
            relaxed: 'Straight answers from people who do this for a living.',
          },
          {
            base: 'New connections with people facing the same challenges.',
            polished: 'Connections with peers facing similar challenges.',
            relaxed: 'New friends who get what you deal with every day.',
          },
        ),
      ],
      cta: { base: 'Save my place', polished: 'Reserve your place', relaxed: 'Count me in', urgent: 'Register now' },
      afterCta: [
        p({
          base: 'Places are limited, so save yours early.',
          polished: 'Places are limited, so we recommend registering early.',
          relaxed: "Spots are limited, so don't leave it too late.",
          urgent: 'Places are limited and going fast.',
        }),
      ],
    },
    {
      id: 'registration-deadline',
      angle: 'Urgency: limited places, register before the deadline',
      prefer: { urgent: 4, enthusiastic: 1 },
      subjects: [
        {
          base: 'Places are filling up for {event}',
          polished: 'Registration for {event} closes {deadline}',
          relaxed: "Don't miss out: {event}",
          urgent: 'Last call: registration closes {deadline}',
        },
        {
          base: 'Places are filling up fast',
          polished: 'Registration closes {deadline}',
          relaxed: "Don't miss out!",
          urgent: 'Last call: registration closes soon',
        },
      ],
      preheaders: [
        {
          base: "Registration closes {deadline} and places are limited. Here's everything you need to sign up.",
          polished: 'Registration closes {deadline}. Details and registration inside.',
        },
      ],
      headline: {
        base: 'Places are filling up',
        polished: 'Registration closes soon',
        relaxed: "Don't miss out!",
        urgent: 'Last call',
      },
      body: [
        p({
          base: 'Registration for {event} closes {deadline}, and places are going fast.',
          polished: 'Registration for {event} closes {deadline}, and a limited number of places remain.',
          relaxed: 'Heads-up: registration for {event} closes {deadline}, and spots are going fast.',
          urgent: 'Registration for {event} closes {deadline}. Places are nearly gone.',
        }),
        EVENT_DETAILS,
        p({
          base: "If you've been meaning to sign up, now's the time. It takes less than a minute.",
          polished: 'If you intend to attend, we recommend registering now. It takes less than a minute.',
          relaxed: 'Been meaning to sign up? Do it now. Takes a minute.',
          urgent: 'Register now. It takes less than a minute, and once places are gone, they are gone.',
        }),
      ],
      cta: { base: 'Register now', polished: 'Register now', relaxed: 'Grab my spot', urgent: 'Register now' },
    },
    {
      id: 'personal-invite',
      angle: 'Personal invitation from the host',
      prefer: { empathetic: 2, friendly: 2, casual: 1 },
      subjects: [
        {
          base: "I'd love to see you at {event}",
          polished: 'A personal invitation to {event}',
          relaxed: 'Come hang out with us?',
          urgent: 'Please join us: {event}',
        },
        { base: "I'd love to see you there", polished: 'A personal invitation', urgent: 'Please join us' },
      ],
      preheaders: [
        {
          base: 'A personal note, and why I think this one is worth your time.',
          polished: 'A personal invitation, and why I believe it will be worth your time.',
          relaxed: 'A quick note from me, and why this one is worth your evening.',
        },
      ],
      body: [
        p({
          base: "I'm writing to personally invite you to {event}.",
          polished: 'I am writing to invite you personally to {event}.',
          relaxed: 'I wanted to invite you to {event} myself.',
          urgent: "I'm inviting you personally to {event}, and places are limited.",
        }),
        p({
          base: "We're bringing together {audience} for an honest, practical conversation about what's working right now, and I think you'd get a lot out of it.",
          polished:
            'We are bringing together {audience} for a practical discussion of what is working today, and I believe you would find it valuable.',
          relaxed:
            "We're getting a bunch of {audience} in a room to talk honestly about what's working. I think you'd love it.",
        }),
        EVENT_DETAILS,
        p({
          base: "I'd love to see you there. And if you have any questions first, just ask.",
          polished: 'I very much hope you can attend, and I would be glad to answer any questions beforehand.',
          relaxed: 'Hope you can make it! Ping me with any questions.',
          urgent: 'Save your place today. Reply with any questions and I will answer personally.',
        }),
      ],
      cta: {
        base: 'Save my place',
        polished: 'Accept the invitation',
        relaxed: "I'll be there",
        urgent: 'Save my place now',
      },
      closer: false,
      signer: 'person',
    },
    {
      id: 'agenda-peek',
      angle: 'Curiosity: a sneak peek at the agenda',
      prefer: { enthusiastic: 3, casual: 2 },
      subjects: [
        {
          base: "A sneak peek at what's coming",
          polished: 'The agenda for {event}',
          relaxed: "Here's what we've got planned...",
          urgent: 'See the agenda, then save your seat',
        },
        { base: "A sneak peek at what's coming", polished: 'The agenda for our next event' },
      ],
      preheaders: [
        {
          base: 'The sessions, the people and the ideas {audience} keep asking us about.',
          polished: 'The programme, the speakers and the topics {audience} have asked for.',
        },
        'The sessions, the people and the ideas our community keeps asking us about.',
      ],
      body: [
        p({
          base: "We've been putting the finishing touches on {event}, and we couldn't resist giving you a sneak peek.",
          polished: 'As we finalise the programme for {event}, we would like to share a preview with you.',
          relaxed: "We're putting the finishing touches on {event} and honestly couldn't wait to show you.",
          urgent: 'The agenda for {event} is set, and places are going. Here is what you would miss.',
        }),
        p({
          base: "Here's a taste of what's planned:",
          urgent: "Here's what you would miss:",
          polished: 'The programme includes:',
          relaxed: "Here's a taste:",
        }),
        bullets(
          {
            base: 'A practical session on what is working right now for {audience}.',
            urgent: 'What is working right now for {audience}, in one practical session.',
            polished: 'A practical session on current best practice for {audience}.',
          },
          {
            base: 'Real examples and lessons, shared openly.',
            urgent: 'Real examples and lessons you can use the next day.',
            polished: 'Case studies and lessons learned, shared openly.',
          },
          {
            base: 'Time for your questions, plus a chance to meet others.',
            urgent: 'Your questions answered, and people worth meeting.',
            polished: 'Time for questions, and an opportunity to meet your peers.',
          },
        ),
        EVENT_DETAILS,
      ],
      cta: {
        base: 'See the full agenda',
        polished: 'View the programme',
        relaxed: 'Show me everything',
        urgent: 'Save my seat',
      },
    },
    {
      id: 'who-is-coming',
      angle: 'Social proof: who else is coming, and why',
      prefer: { casual: 1, enthusiastic: 1, professional: 1 },
      subjects: [
        {
          base: 'Join the community at {event}',
          polished: 'Join your peers at {event}',
          relaxed: "Everyone's going. Are you?",
          urgent: 'Others have booked. Have you?',
        },
        { base: 'Join the community at our next event', polished: 'Join your peers at our next event' },
      ],
      preheaders: [
        {
          base: 'Plenty of {audience} have already signed up. Here is why it is worth joining them.',
          polished: 'Many {audience} have already registered. Here is why you should join them.',
        },
        'Plenty of people like you have already signed up. Here is why it is worth joining them.',
      ],
      body: [
        p({
          base: "Lots of {audience} have already signed up for {event}, and we'd love you to be part of it too.",
          polished:
            'Many {audience} have already registered for {event}, and we would be delighted if you joined them.',
          relaxed: "Loads of {audience} are already coming to {event}, and it won't be the same without you.",
          urgent: 'Places for {event} are being snapped up by {audience}. Make sure you have yours.',
        }),
        p({
          base: 'Past guests tell us the best part is the people: a room full of others facing the same challenges, sharing what works.',
          polished:
            'Past attendees consistently tell us that the greatest value lies in the people: peers facing the same challenges, sharing what works.',
          relaxed:
            'Past guests say the best bit is the people: a room of folks with the same challenges, swapping what works.',
        }),
        EVENT_DETAILS,
        p({
          base: 'Save your place today and join the conversation.',
          polished: 'We invite you to reserve your place today.',
          relaxed: "Grab a spot and join in. It'll be fun.",
          urgent: 'Save your place now, before they are gone.',
        }),
      ],
      cta: { base: 'Join them', polished: 'Reserve your place', relaxed: "I'm coming", urgent: 'Register now' },
      note: 'The who-is-coming variant speaks of other guests in general terms; name real speakers or numbers if you can.',
    },
  ],
};
