import type { ConsumeMessage } from 'amqplib';
import type { Delivery } from './incoming-message';
import { HEADERS } from './messaging.options';
import type { ServiceTopologyNames } from './topology';

const MAX_ERROR_HEADER = 2000;
/**
 * While the broker is away a copy cannot be confirmed: give up after a while and leave the original unacked (the
 * broker redelivers it), rather than hold a shutdown forever.
 */
export const SEND_TIMEOUT_MS = 10_000;

function copyProperties(msg: ConsumeMessage) {
  const p = msg.properties;
  return {
    timeout: SEND_TIMEOUT_MS,
    persistent: true,
    messageId: p.messageId,
    correlationId: p.correlationId,
    type: p.type,
    contentType: p.contentType,
    timestamp: p.timestamp,
    appId: p.appId,
  };
}

/**
 * Sends a failed event to the retry queue of its next delay (a TTL queue that dead-letters back into the service's
 * queue), with the attempt count raised, then acks the original: only once the broker confirmed the copy, so a
 * crash in between redelivers rather than loses.
 */
export async function sendToRetry(
  delivery: Delivery,
  names: ServiceTopologyNames,
  retryDelaysMs: number[],
  attempt: number,
  error: string,
): Promise<void> {
  const { msg } = delivery;
  const delay = retryDelaysMs[Math.min(attempt - 1, retryDelaysMs.length - 1)];
  await delivery.sendToQueue(names.retryQueue(delay), msg.content, {
    ...copyProperties(msg),
    headers: {
      ...msg.properties.headers,
      [HEADERS.attempt]: attempt + 1,
      [HEADERS.lastError]: error.slice(0, MAX_ERROR_HEADER),
      [HEADERS.originalRoutingKey]: msg.properties.headers?.[HEADERS.originalRoutingKey] ?? msg.fields.routingKey,
    },
  });
  delivery.ack();
}

export interface DeadLetterReason {
  reason: string;
  error: string;
  attempts: number;
  /** The queue a replay sends it back to. */
  sourceQueue: string;
}

/** Moves a message to the service's dead-letter queue with why, then acks the original (after the confirm). */
export async function sendToDeadLetters(
  delivery: Delivery,
  names: ServiceTopologyNames,
  why: DeadLetterReason,
): Promise<void> {
  const { msg } = delivery;
  await delivery.sendToQueue(names.deadLetterQueue, msg.content, {
    ...copyProperties(msg),
    headers: {
      ...msg.properties.headers,
      [HEADERS.deathReason]: why.reason,
      [HEADERS.error]: why.error.slice(0, MAX_ERROR_HEADER),
      [HEADERS.attempts]: why.attempts,
      [HEADERS.originalRoutingKey]: msg.properties.headers?.[HEADERS.originalRoutingKey] ?? msg.fields.routingKey,
      [HEADERS.originalExchange]: msg.fields.exchange,
      [HEADERS.sourceQueue]: why.sourceQueue,
      [HEADERS.failedAt]: new Date().toISOString(),
    },
  });
  delivery.ack();
}
