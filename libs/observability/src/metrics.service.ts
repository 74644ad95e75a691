import { Injectable } from '@nestjs/common';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * One Prometheus registry per service process. Libraries register their metrics here (messages, outbox, dead
 * letters) and /metrics exposes them. A fresh registry per app instance keeps tests that boot several apps apart.
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();

  readonly httpRequests: Counter<'method' | 'route' | 'status'>;
  readonly httpDuration: Histogram<'method' | 'route' | 'status'>;
  readonly messagesHandled: Counter<'kind' | 'name' | 'outcome'>;
  readonly messageDuration: Histogram<'kind' | 'name' | 'outcome'>;
  readonly messagesPublished: Counter<'name'>;

  constructor(service: string, instanceId: string) {
    this.registry.setDefaultLabels({ service, instance: instanceId });
    collectDefaultMetrics({ register: this.registry });
    this.httpRequests = new Counter({
      name: 'http_requests_total',
      help: 'HTTP requests handled',
      labelNames: ['method', 'route', 'status'],
      registers: [this.registry],
    });
    this.httpDuration = new Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP request duration',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [this.registry],
    });
    this.messagesHandled = new Counter({
      name: 'messages_handled_total',
      help: 'Messages consumed, by outcome (ok, duplicate, retried, dead_lettered, rejected)',
      labelNames: ['kind', 'name', 'outcome'],
      registers: [this.registry],
    });
    this.messageDuration = new Histogram({
      name: 'message_handle_duration_seconds',
      help: 'Time spent handling one message',
      labelNames: ['kind', 'name', 'outcome'],
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers: [this.registry],
    });
    this.messagesPublished = new Counter({
      name: 'outbox_messages_published_total',
      help: 'Outbox rows published to the broker with a confirm',
      labelNames: ['name'],
      registers: [this.registry],
    });
  }

  /** Registers a gauge whose value is read when Prometheus scrapes (outbox backlog, dead letters). */
  gauge(name: string, help: string, collect: () => Promise<number>): void {
    if (this.registry.getSingleMetric(name)) return;
    new Gauge({
      name,
      help,
      registers: [this.registry],
      async collect() {
        try {
          this.set(await collect());
        } catch {
          // A failed read leaves the last value; readiness reports the dependency, not the scrape.
        }
      },
    });
  }
}
