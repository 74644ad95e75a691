import { IsISO8601, IsNotEmpty, IsObject, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

/**
 * `<service>.<entity>.<event>.v<N>`: facts in the past tense, versioned. The event words may hold underscores
 * (`crm.contact.score_threshold_reached.v1`, the name the product specification gives).
 */
export const EVENT_NAME_PATTERN = /^[a-z][a-z0-9-]*\.[a-z][a-z0-9-]*(\.[a-z][a-z0-9_-]*)+\.v[1-9][0-9]*$/;
/** `<service>.<entity>.<verb>`: commands the gateway sends a service over request/reply. */
export const COMMAND_NAME_PATTERN = /^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*){2,}$/;

/**
 * What travels on the wire for every event and command. The body of the AMQP message is this JSON; `id` is also the
 * AMQP message id (the inbox key), `name` the AMQP type and routing key. Identity (`workspace_id`, `user_id`, `actor_role`) is set by
 * the gateway after authentication; services never take a workspace id from a payload.
 */
export class MessageEnvelope<TPayload = unknown> {
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  id: string;

  @IsString()
  @Matches(/^[a-z][a-z0-9.-]*$/)
  @MaxLength(200)
  name: string;

  @IsISO8601()
  occurred_at: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  correlation_id: string;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  causation_id?: string | null;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  workspace_id?: string | null;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  user_id?: string | null;

  /** The caller's role in the workspace (owner, admin, member, viewer), as the gateway authenticated it. */
  @IsOptional()
  @IsString()
  @MaxLength(20)
  actor_role?: string | null;

  @IsString()
  @IsNotEmpty()
  source: string;

  @IsObject()
  payload: TPayload;
}

/** The body of a reply to a command: a result, or an error the gateway turns into an HTTP error. */
export type CommandReply<T = unknown> =
  | { ok: true; data: T }
  | { ok: false; error: { status_code: number; code: string; message: string; details?: unknown[] } };
