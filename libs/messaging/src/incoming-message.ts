import type { ConsumeMessage, Options } from 'amqplib';
import { MessageEnvelope, isRole, validateContract } from '@mab/contracts';
import type { RequestContext } from '@mab/observability';

/** How handling a message ended, for metrics. */
export type MessageOutcome = 'ok' | 'duplicate' | 'retried' | 'dead_lettered' | 'rejected' | 'unhandled' | 'error';

/** Why a message goes to the dead-letter queue without (more) retries: retrying cannot fix it. */
export class DeadLetter extends Error {
  constructor(
    readonly reason: string,
    message: string,
  ) {
    super(message);
  }
}

/** One message in hand, with the operations its dispatcher may perform on the channel it came from. */
export interface Delivery {
  readonly msg: ConsumeMessage;
  /** Acks the message; a no-op when its channel has died meanwhile (the broker redelivers it then). */
  ack(): void;
  /** Publishes to a queue and waits for the broker's confirm. */
  sendToQueue(queue: string, content: Buffer, options: Options.Publish & { timeout?: number }): Promise<unknown>;
}

/** Parses and validates the envelope of a message; a DeadLetter when it cannot be understood. */
export async function parseEnvelope(msg: ConsumeMessage): Promise<MessageEnvelope> {
  let body: unknown;
  try {
    body = JSON.parse(msg.content.toString('utf8'));
  } catch {
    throw new DeadLetter('malformed_json', 'message body is not valid JSON');
  }
  const result = await validateContract(MessageEnvelope, body);
  if (!result.ok) throw new DeadLetter('invalid_envelope', `envelope is invalid: ${JSON.stringify(result.problems)}`);
  // Keep the payload as sent (validateContract strips unknown keys at the envelope level only).
  return { ...result.value, payload: (body as MessageEnvelope).payload };
}

/** The log/propagation context of work done for a message: its correlation id, and it causes what follows. */
export function contextOfEnvelope(envelope: MessageEnvelope): Required<RequestContext> {
  return {
    correlationId: envelope.correlation_id,
    causationId: envelope.id,
    workspaceId: envelope.workspace_id ?? null,
    userId: envelope.user_id ?? null,
    role: isRole(envelope.actor_role) ? envelope.actor_role : null,
  };
}
