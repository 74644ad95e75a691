/**
 * The curated copy of the built-in email copy generator: how each tone greets, closes and signs, and, per goal, the
 * angles a copywriter would try (in the goal-family files). built-in-email-copy.ts assembles them; nothing here
 * knows about HTML or Liquid beyond the `{token}`s described in email-copy-pattern-types.ts.
 */
import type { EmailGoal, EmailTone } from './built-in-email-copy';
import type { EmailAnglePattern, EmailRegister, GoalCopyPattern, TonedText } from './email-copy-pattern-types';
import { ANNOUNCEMENT, EVENT_INVITATION, NEWSLETTER, PROMOTION } from './email-copy-patterns-campaign';
import { FOLLOW_UP, ONBOARDING, RE_ENGAGEMENT, THANK_YOU, WELCOME } from './email-copy-patterns-relationship';
import { ABANDONED_FORM, BOOKING_CONFIRMATION, FEEDBACK_REQUEST } from './email-copy-patterns-service';

export const TONE_REGISTER: Readonly<Record<EmailTone, EmailRegister>> = {
  friendly: 'warm',
  empathetic: 'warm',
  professional: 'polished',
  formal: 'polished',
  casual: 'relaxed',
  enthusiastic: 'relaxed',
  urgent: 'urgent',
};

export interface ToneVoice {
  /** The first line. Formal addresses the full name ("Dear Sir or Madam" without one); "Dear there" is not a greeting. */
  greeting: string;
  /** The line before the sign-off that invites a reply; left out where the body already asks for one. */
  closer: TonedText;
  /** The word(s) above the signature. */
  valediction: string;
}

export const TONE_VOICES: Readonly<Record<EmailTone, ToneVoice>> = {
  friendly: {
    greeting: 'Hi {first_name},',
    closer: 'Any questions at all? Just reply to this email. A real person reads every message.',
    valediction: 'Warm regards,',
  },
  professional: {
    greeting: 'Hello {first_name},',
    closer: 'If you have any questions, reply to this email and a member of our team will get back to you promptly.',
    valediction: 'Best regards,',
  },
  casual: {
    greeting: 'Hey {first_name},',
    closer: 'Questions? Hit reply. We actually read these.',
    valediction: 'Cheers,',
  },
  enthusiastic: {
    greeting: 'Hi {first_name}!',
    closer: "Got a question, an idea or just want to say hi? Hit reply. We'd love to hear from you!",
    valediction: 'Talk soon,',
  },
  formal: {
    greeting: 'Dear {full_name},',
    closer:
      'Should you have any questions, please reply to this message and a member of our team will be pleased to assist you.',
    valediction: 'Kind regards,',
  },
  empathetic: {
    greeting: 'Hi {first_name},',
    closer: "If anything is on your mind, however small, just reply. We're here, and we're happy to help.",
    valediction: 'Take care,',
  },
  urgent: {
    greeting: '{first_name_or_hi},',
    closer: "Questions? Reply now and we'll get straight back to you.",
    valediction: 'Thanks,',
  },
};

export const GOAL_PATTERNS: Readonly<Record<EmailGoal, GoalCopyPattern>> = {
  welcome: WELCOME,
  follow_up: FOLLOW_UP,
  re_engagement: RE_ENGAGEMENT,
  announcement: ANNOUNCEMENT,
  booking_confirmation: BOOKING_CONFIRMATION,
  newsletter: NEWSLETTER,
  promotion: PROMOTION,
  event_invitation: EVENT_INVITATION,
  thank_you: THANK_YOU,
  feedback_request: FEEDBACK_REQUEST,
  onboarding: ONBOARDING,
  abandoned_form: ABANDONED_FORM,
};

/**
 * A goal's angles in the order that suits the tone best (urgent tries the deadline first, empathetic the personal
 * note); ties keep the curated order, so a request for N variants gets the N best suited.
 */
export function anglesForTone(pattern: GoalCopyPattern, tone: EmailTone): EmailAnglePattern[] {
  const score = (angle: EmailAnglePattern): number => angle.prefer?.[tone] ?? angle.prefer?.[TONE_REGISTER[tone]] ?? 0;
  return pattern.angles
    .map((angle, index) => ({ angle, index, score: score(angle) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map(({ angle }) => angle);
}

/**
 * Words that point free text at a goal. A keyword matches a whole word, or the start of one when it ends in `*`
 * ("confirm*" matches "confirmation"; "book" is spelt out so that "bookkeeping" does not match). A phrase matches
 * consecutive words and weighs one per word, so "booking confirmation" outweighs the "event" of "event booking
 * confirmation". Text is lower-cased and every non-alphanumeric character becomes a space first ("haven't" is
 * "haven t").
 */
export const GOAL_KEYWORDS: Readonly<Record<EmailGoal, readonly string[]>> = {
  welcome: [
    'welcom*',
    'greet*',
    'introduc*',
    'new subscriber*',
    'new customer*',
    'new member*',
    'new signup*',
    'new lead*',
    'just signed up',
    'first email',
    'hello',
  ],
  follow_up: [
    'follow*',
    'check in',
    'checking in',
    'nurtur*',
    'after meeting',
    'after the meeting',
    'after demo',
    'after the demo',
    'after call',
    'after the call',
    'proposal*',
    'quote*',
    'next step*',
    'no reply',
    'no response',
    'chas*',
    'prospect*',
  ],
  re_engagement: [
    'win back',
    'winback',
    're engag*',
    'reengag*',
    'reactivat*',
    're activat*',
    'lapsed',
    'inactive',
    'dormant',
    'churn*',
    'miss you',
    'we miss',
    'come back',
    'bring back',
    'lost customer*',
    'haven t heard',
    'have not heard',
    'sunset',
    'cold',
  ],
  announcement: [
    'announc*',
    'launch*',
    'new feature*',
    'new product*',
    'new service*',
    'releas*',
    'introducing',
    'now available',
    'product update',
    'rebrand',
    'unveil*',
    'reveal*',
    'news',
  ],
  booking_confirmation: [
    'book',
    'books',
    'booked',
    'booking*',
    'reserv*',
    'appointment*',
    'confirm*',
    'schedul*',
    'consultation*',
    'slot*',
  ],
  newsletter: [
    'newsletter*',
    'digest*',
    'roundup*',
    'round up',
    'monthly update',
    'weekly update',
    'monthly',
    'weekly',
    'blog',
    'article*',
    'bulletin*',
    'content',
  ],
  promotion: [
    'promo*',
    'sale*',
    'discount*',
    'offer*',
    'coupon*',
    'deal*',
    'black friday',
    'cyber monday',
    'off',
    'limited time',
    'upsell*',
    'cross sell',
    'upgrad*',
    'flash',
    'clearance',
    'voucher*',
    'pricing',
    'buy',
  ],
  event_invitation: [
    'event*',
    'webinar*',
    'invit*',
    'conference*',
    'workshop*',
    'meetup*',
    'meet up',
    'rsvp',
    'open house',
    'launch party',
    'livestream',
    'live stream',
    'summit*',
    'masterclass*',
    'seminar*',
    'regist*',
    'party',
  ],
  thank_you: ['thank*', 'thx', 'gratitude', 'grateful*', 'appreciat*', 'after purchase', 'post purchase', 'kudos'],
  feedback_request: [
    'feedback*',
    'survey*',
    'review*',
    'rating*',
    'rate',
    'nps',
    'testimonial*',
    'opinion*',
    'how did we do',
    'poll*',
    'questionnaire*',
  ],
  onboarding: [
    'onboard*',
    'getting started',
    'get started',
    'setup',
    'set up',
    'tutorial*',
    'guide*',
    'tips',
    'activat*',
    'first steps',
    'how to use',
    'walkthrough*',
    'training',
  ],
  abandoned_form: [
    'abandon*',
    'incomplete',
    'unfinished',
    'not finish',
    'didn t finish',
    'did not finish',
    'didn t complete',
    'did not complete',
    'left the form',
    'drop off',
    'dropped off',
    'cart*',
    'basket*',
    'half finished',
    'resum*',
    'complete your',
  ],
};

/** Words that point free text at a tone, with the same matching as GOAL_KEYWORDS. */
export const TONE_KEYWORDS: Readonly<Record<EmailTone, readonly string[]>> = {
  friendly: ['friend*', 'warm', 'approachable', 'personable', 'nice', 'welcoming', 'cheerful', 'human'],
  professional: [
    'professional*',
    'business',
    'corporate',
    'polished',
    'expert*',
    'authoritativ*',
    'confiden*',
    'b2b',
    'clear',
    'concise',
    'direct',
    'neutral',
  ],
  casual: [
    'casual*',
    'relaxed',
    'informal',
    'chatty',
    'laid back',
    'laidback',
    'conversational',
    'playful*',
    'fun',
    'witty',
    'humor',
    'humour',
    'cheeky',
    'chill',
  ],
  enthusiastic: [
    'enthusias*',
    'excit*',
    'energetic*',
    'upbeat',
    'hype*',
    'bold',
    'passion*',
    'thrilled',
    'joyful',
    'lively',
    'optimistic',
    'inspir*',
  ],
  formal: ['formal*', 'respect*', 'serious', 'official', 'polite*', 'courteous*', 'dignified', 'traditional', 'legal'],
  empathetic: [
    'empath*',
    'caring',
    'compassion*',
    'support*',
    'understanding',
    'gentl*',
    'kind',
    'reassur*',
    'sensitive',
    'sympath*',
    'soft',
    'calm',
  ],
  urgent: [
    'urgen*',
    'fomo',
    'time sensitive',
    'limited time',
    'asap',
    'deadline',
    'scarcity',
    'pushy',
    'now',
    'hurr*',
    'last chance',
    'action',
    'immediate*',
  ],
};
