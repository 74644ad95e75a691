import type { ServiceName } from '@mab/contracts';

export interface MessagingOptions {
  service: ServiceName;
  instanceId: string;
  url: string;
  /** Prefix of every exchange and queue name (`mab` → `mab.events`, `mab.crm.events`). */
  prefix: string;
  prefetch: number;
  /** Delay of each retry level in ms; attempt N (N ≥ 2) waits retryDelaysMs[N-2] (the last one repeats). */
  retryDelaysMs: number[];
  /** Deliveries (the first included) before a failing message goes to the dead-letter queue. */
  maxAttempts: number;
  requestTimeoutMs: number;
  outbox: {
    /** False for processes that must never relay (the dead-letter CLI). */
    enabled: boolean;
    pollMs: number;
    batchSize: number;
  };
}

export const MESSAGING_OPTIONS = Symbol('MESSAGING_OPTIONS');

export const HEADERS = {
  attempt: 'x-attempt',
  correlationId: 'x-correlation-id',
  lastError: 'x-last-error',
  deathReason: 'x-death-reason',
  error: 'x-error',
  attempts: 'x-attempts',
  originalRoutingKey: 'x-original-routing-key',
  originalExchange: 'x-original-exchange',
  sourceQueue: 'x-source-queue',
  failedAt: 'x-failed-at',
  replayedAt: 'x-replayed-at',
} as const;
