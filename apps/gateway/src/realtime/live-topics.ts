import type { MessageEnvelope } from '@mab/contracts';

/**
 * What a live client can narrow its feed to: `<kind>:<id>`, matched against the `<kind>_id` field of an event's
 * payload. `execution:<id>` follows one run (started, each step, completed or failed), `workflow:<id>` every run of a
 * workflow, `site:<id>` a site's changes and its visitors' events, `component:<id>` and `contact:<id>` likewise.
 */
export const LIVE_TOPIC_KINDS = ['execution', 'workflow', 'site', 'component', 'contact'] as const;
export type LiveTopicKind = (typeof LIVE_TOPIC_KINDS)[number];

/** Topics one connection may hold: a dashboard follows a handful; thousands would be a feed in disguise. */
export const LIVE_TOPICS_MAX = 100;

const TOPIC = new RegExp(
  `^(${LIVE_TOPIC_KINDS.join('|')}):([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$`,
);

/** The topic in its canonical form (lower-case id), or null when it is not one. */
export function parseTopic(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 80) return null;
  const match = TOPIC.exec(value.toLowerCase());
  return match ? `${match[1]}:${match[2]}` : null;
}

/** The topics an event belongs to, read off its payload's ids. */
export function topicsOf(envelope: MessageEnvelope): string[] {
  const payload = envelope.payload as Record<string, unknown> | null;
  if (!payload || typeof payload !== 'object') return [];
  const topics: string[] = [];
  for (const kind of LIVE_TOPIC_KINDS) {
    const id = payload[`${kind}_id`];
    if (typeof id === 'string') topics.push(`${kind}:${id.toLowerCase()}`);
  }
  return topics;
}
