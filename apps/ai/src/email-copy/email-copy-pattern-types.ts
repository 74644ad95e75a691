/**
 * The shapes the curated email copy is written in (email-copy-patterns*.ts) and the few constructors that keep it
 * readable. The copy is data, not code: built-in-email-copy.ts turns one angle into a subject, a preheader, an HTML
 * body in the crm's house style and a plain-text body written from the same blocks.
 *
 * Inside copy strings, `{name}` tokens stand for values known only per request or per send: `{brand}` (the company
 * name or `{{ workspace.name }}`), `{product}` / `{Product}`, `{audience}`, and goal-specific merge data such as
 * `{event}`, `{deadline}`, `{offer}`, `{date}`, `{form}`. They are substituted after the copy has been escaped, so
 * the Liquid they expand to is never mangled and user data is escaped exactly once.
 */
import type { EmailGoal, EmailTone } from './built-in-email-copy';

/**
 * Tones that share most of their wording: writing every line seven times would mostly produce near-duplicates, so a
 * line is written per register and overridden per tone where the tone really reads differently.
 */
export type EmailRegister = 'warm' | 'polished' | 'relaxed' | 'urgent';

/** A line of copy: one string for every tone, or a base with overrides by tone or register (tone wins). */
export type TonedText = string | ({ base: string } & Partial<Record<EmailTone | EmailRegister, string>>);

export type CopyBlock =
  | { kind: 'paragraph'; text: TonedText; emphasis?: boolean }
  | { kind: 'bullets'; items: TonedText[] }
  | { kind: 'steps'; items: TonedText[] }
  /** The booking or event details table; each row appears only when its merge value is set. */
  | { kind: 'details'; details: 'booking' | 'event' }
  /** A boxed discount code, shown only when `data.offer_code` is set. */
  | { kind: 'offer_code' }
  /** A short section with its own heading (a newsletter's stories). */
  | { kind: 'section'; title: TonedText; text: TonedText };

/** Who signs: the team, a named sender (`data.sender_name`, else the team), or the founder. */
export type EmailSigner = 'team' | 'person' | 'founder';

export interface EmailAnglePattern {
  /** Stable id, unique within a goal (used by tests and for telemetry). */
  id: string;
  /** What the variant tests, shown to the person choosing between variants (at most 60 characters). */
  angle: string;
  /** How well the angle suits a tone or register; higher comes first, unlisted is 0. */
  prefer?: Partial<Record<EmailTone | EmailRegister, number>>;
  /** Candidates in order of preference; the first that fits in 78 characters is used. */
  subjects: TonedText[];
  /** Candidates in order of preference; the first whose readable length is 40-110 characters is used. */
  preheaders: TonedText[];
  headline?: TonedText;
  /** Between the greeting and the call to action. */
  body: CopyBlock[];
  /** The button label. */
  cta: TonedText;
  /** Between the call to action and the sign-off. */
  afterCta?: CopyBlock[];
  /** false when the body already invites a reply, so the tone's closing line would repeat it. */
  closer?: false;
  /**
   * Replaces the goal's reply fallback for this angle; false when the body already asks for a reply, so that without a
   * link the email simply ends with that request.
   */
  replyFallback?: TonedText | false;
  signer?: EmailSigner;
  /** Advice for the sender when this variant is chosen (e.g. "swap in a real quote"). */
  note?: string;
}

export interface GoalCopyPattern {
  goal: EmailGoal;
  /** What `{product}` reads as when the request names no product; may use `{brand}`. */
  productFallback: string;
  /** The merge value the button links to. */
  ctaUrl: 'data.cta_url' | 'data.manage_url';
  /** Shown instead of the button when the link is missing or not http(s): the email then asks for a reply. */
  replyFallback: TonedText;
  /** Advice for the sender that holds for every variant of the goal (the merge data it reads, mostly). */
  notes: string[];
  angles: EmailAnglePattern[];
}

export function p(text: TonedText): CopyBlock {
  return { kind: 'paragraph', text };
}

/** A paragraph set in bold: the one question or line the email is built around. */
export function strong(text: TonedText): CopyBlock {
  return { kind: 'paragraph', text, emphasis: true };
}

export function bullets(...items: TonedText[]): CopyBlock {
  return { kind: 'bullets', items };
}

export function steps(...items: TonedText[]): CopyBlock {
  return { kind: 'steps', items };
}

export const BOOKING_DETAILS: CopyBlock = { kind: 'details', details: 'booking' };
export const EVENT_DETAILS: CopyBlock = { kind: 'details', details: 'event' };
export const OFFER_CODE: CopyBlock = { kind: 'offer_code' };

export function section(title: TonedText, text: TonedText): CopyBlock {
  return { kind: 'section', title, text };
}
