import { Cron } from 'croner';
import { StepFailure, done, type NodeOutcome, type NodeRun } from './node-outcome';

const WEEKDAYS: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };

/** When a wait ends: after a duration, at a moment, or at the next time of day (in a time zone, on given days). */
export function wakeTime(config: Record<string, unknown>, now: Date): Date {
  const mode = config.mode ?? 'duration';
  if (mode === 'until') {
    const at = typeof config.until === 'string' ? Date.parse(config.until) : NaN;
    if (Number.isNaN(at)) throw new StepFailure(`until ${String(config.until)} is not a date-time`, false);
    return new Date(at);
  }
  if (mode === 'time_of_day') {
    const [hours, minutes] = String(config.time).split(':').map(Number);
    const days =
      Array.isArray(config.weekdays) && config.weekdays.length
        ? (config.weekdays as string[]).map((d) => WEEKDAYS[d]).join(',')
        : '*';
    const cron = new Cron(`${minutes} ${hours} * * ${days}`, {
      paused: true,
      timezone: typeof config.timezone === 'string' ? config.timezone : 'UTC',
    });
    const next = cron.nextRun(now);
    cron.stop();
    if (!next) throw new StepFailure('the time of day never comes', false);
    return next;
  }
  const minutes = Number(config.duration_minutes ?? 0);
  const seconds = Number(config.duration_seconds ?? 0);
  if (!Number.isFinite(minutes) || !Number.isFinite(seconds) || minutes < 0 || seconds < 0)
    throw new StepFailure('the duration must be a positive number', false);
  return new Date(now.getTime() + minutes * 60_000 + seconds * 1_000);
}

/** A wait: a timer row the first time (unless it is already due), done when the timer brings it back. */
export function runDelayNode(run: NodeRun, now = new Date()): NodeOutcome {
  if (run.resumed) return done({ waited_until: run.state?.until ?? now.toISOString() });
  const until = wakeTime(run.config, now);
  if (run.simulate || until.getTime() <= now.getTime())
    return done({ waited_until: until.toISOString(), simulated: run.simulate });
  return { kind: 'wait', until, state: { until: until.toISOString() } };
}
