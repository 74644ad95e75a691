import { Cron } from 'croner';
import { nodeType, type WorkflowGraph } from '@mab/workflow-definition';

/**
 * The next slot of a schedule trigger strictly after `after` (cron in its time zone, DST handled by croner), or
 * null when the graph's trigger is not a schedule (or never fires again).
 */
export function nextScheduleSlot(graph: WorkflowGraph, after: Date): Date | null {
  const trigger = graph.nodes.find((n) => nodeType(n.type)?.category === 'trigger');
  if (trigger?.type !== 'schedule' || typeof trigger.config.cron !== 'string') return null;
  const timezone = typeof trigger.config.timezone === 'string' ? trigger.config.timezone : 'UTC';
  const cron = new Cron(trigger.config.cron, { paused: true, timezone });
  const next = cron.nextRun(after);
  cron.stop();
  return next;
}
