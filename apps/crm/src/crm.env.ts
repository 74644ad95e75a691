import { ServiceEnv } from '@mab/config';
import { DEV_INVITATION_TOKEN_SECRET } from '@mab/contracts';
import { IsInt, IsOptional, IsString, Matches, Max, Min, MinLength } from 'class-validator';

/** A development-only secret for email link tokens; production refuses to start with it. */
export const DEV_EMAIL_TOKEN_SECRET = 'development-only-email-token-secret';

/** Environment of the crm service (contacts, segments, scoring, campaigns, email). */
export class CrmEnv extends ServiceEnv {
  override PORT = 3003;

  /**
   * The country phone numbers without a `+` prefix are read in (ISO 3166 alpha-2, e.g. US, GB, DE), to store them
   * in E.164. Empty: only numbers written with their country code are normalised.
   */
  @IsOptional()
  @Matches(/^([A-Z]{2})?$/, { message: 'CRM_DEFAULT_PHONE_COUNTRY must be a two-letter country code' })
  CRM_DEFAULT_PHONE_COUNTRY: string = '';

  /**
   * How often each replica looks for inactive contacts to decay (every workspace with decay enabled). Replicas may
   * all run it: a per-workspace lock and one log row per contact and period make the extra runs no-ops. 0 turns the
   * job off on this replica.
   */
  @IsInt()
  @Min(0)
  @Max(86_400_000)
  SCORE_DECAY_INTERVAL_MS: number = 60_000;

  /**
   * How long an anonymous visitor's page views wait for the visitor to submit a form (and join their contact's
   * timeline), in days. Older ones are pruned: the CRM keeps people, analytics keeps traffic. 0 keeps them forever.
   */
  @IsInt()
  @Min(0)
  @Max(3650)
  CRM_ANONYMOUS_HISTORY_DAYS: number = 30;

  /** SendGrid API key: set, email goes through SendGrid; empty, the local sink keeps every message (development). */
  @IsString()
  SENDGRID_API_KEY: string = '';

  /** SendGrid's API base URL (tests and staging point it at a stand-in). */
  @Matches(/^https?:\/\/[^\s]+$/, { message: 'SENDGRID_API_BASE_URL must be an http(s) URL' })
  SENDGRID_API_BASE_URL: string = 'https://api.sendgrid.com';

  /** The From address when a workspace has not set its own (a verified sender of the platform). */
  @IsString()
  EMAIL_DEFAULT_FROM: string = 'no-reply@localhost.localdomain';

  /** Where the gateway answers publicly: unsubscribe, open and click links in emails are built from it. */
  @Matches(/^https?:\/\/[^/\s]+$/, { message: 'PUBLIC_BASE_URL must be an http(s) origin without a path' })
  PUBLIC_BASE_URL: string = 'http://localhost:3000';

  /** Signs unsubscribe, open and click tokens (HMAC-SHA256). Set a long random value in production. */
  @IsString()
  @MinLength(16)
  EMAIL_TOKEN_SECRET: string = DEV_EMAIL_TOKEN_SECRET;

  /** How often the dispatcher looks for queued sends (it is also woken by every new send). */
  @IsInt()
  @Min(50)
  @Max(60_000)
  EMAIL_DISPATCH_INTERVAL_MS: number = 1_000;

  /**
   * The Event Webhook's verification key from SendGrid (Mail Settings → Event Webhook → Signed Event Webhook): base64
   * DER as the dashboard shows it, or PEM. Empty: the webhook is off and its endpoint answers 404. A key that is set
   * but unusable stops the service at boot.
   */
  @IsString()
  SENDGRID_WEBHOOK_PUBLIC_KEY: string = '';

  /** How old (or how far ahead) a signed webhook post may be, in seconds: older ones are refused as replays. */
  @IsInt()
  @Min(10)
  @Max(86_400)
  SENDGRID_WEBHOOK_MAX_AGE_SECONDS: number = 300;

  /**
   * Opens the invitation token the gateway seals into `gateway.invitation.created.v1`; the same value as the
   * gateway's. Set a long random value in production.
   */
  @IsString()
  @MinLength(16)
  INVITATION_TOKEN_SECRET: string = DEV_INVITATION_TOKEN_SECRET;

  /** Where the dashboard (the frontend) answers: invitation emails link to its `/invitations/accept` page. */
  @Matches(/^https?:\/\/[^\s?#]+$/, { message: 'DASHBOARD_URL must be an http(s) URL without a query' })
  DASHBOARD_URL: string = 'http://localhost:5173';
}

/** Production must not sign links or seal tokens with the development defaults anyone can read in this file. */
export function assertCrmProductionSafe(env: CrmEnv): void {
  if (env.NODE_ENV !== 'production') return;
  if (env.EMAIL_TOKEN_SECRET === DEV_EMAIL_TOKEN_SECRET)
    throw new Error('[crm] EMAIL_TOKEN_SECRET is the development default; set a secret of your own in production');
  if (env.INVITATION_TOKEN_SECRET === DEV_INVITATION_TOKEN_SECRET)
    throw new Error('[crm] INVITATION_TOKEN_SECRET is the development default; set the same secret as the gateway');
}
