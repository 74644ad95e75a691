import type { Logger } from '@nestjs/common';

/**
 * A job each replica runs every `everyMs` (decay, pruning, sweeping, schedules): a run never overlaps the previous
 * one (a slow run is not stacked behind itself), the timer does not keep the process alive, and `stop()` lets the
 * run in progress finish before shutdown goes on. A failed run is logged and the next one comes as usual.
 */
export class PeriodicTask {
  private timer?: NodeJS.Timeout;
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(
    private readonly what: string,
    private readonly everyMs: number,
    private readonly run: () => Promise<unknown>,
    private readonly logger: Pick<Logger, 'warn'>,
  ) {}

  /** Starts ticking (and runs once at once when `now`). */
  start({ now = false }: { now?: boolean } = {}): void {
    this.stopped = false;
    this.timer = setInterval(() => this.tick(), this.everyMs);
    this.timer.unref();
    if (now) this.tick();
  }

  /** Whether a stop was asked (a long run checks it between batches). */
  get stopping(): boolean {
    return this.stopped;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
  }

  private tick(): void {
    if (this.running || this.stopped) return;
    this.running = this.run()
      .then(() => undefined)
      .catch((err: Error) => this.logger.warn(`${this.what} failed: ${err.message}`))
      .finally(() => (this.running = null));
  }
}
