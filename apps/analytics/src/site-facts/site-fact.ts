import type { SiteEventReceivedV1 } from '@mab/contracts';

/** Columns and rows of the heat-map grid laid over a component. */
export const HEATMAP_SIZE = 10;

/** One published-site event as analytics keeps it. */
export interface SiteFact {
  workspaceId: string;
  eventId: string;
  siteId: string;
  type: string;
  componentId: string | null;
  /** The page's visitor id, else the salted IP hash (a visitor without storage still counts once). */
  visitorId: string;
  page: string | null;
  referrerHost: string | null;
  utmSource: string | null;
  utmCampaign: string | null;
  device: string | null;
  /** Where an interaction fell on its component, as fractions of its width and height (0..1). */
  x: number | null;
  y: number | null;
  /** The visitor's time (the gateway clamps it to the day before the receipt), which buckets the event. */
  occurredAt: Date;
  receivedAt: Date;
}

const fraction = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1 ? value : null;

function hostOf(referrer: string | null | undefined): string | null {
  if (!referrer) return null;
  try {
    const host = new URL(referrer).hostname.toLowerCase();
    return host ? host.slice(0, 255) : null;
  } catch {
    return null;
  }
}

export function siteFactOf(event: SiteEventReceivedV1, workspaceId: string): SiteFact {
  const received = new Date(event.received_at);
  const occurred = event.occurred_at ? new Date(event.occurred_at) : received;
  return {
    workspaceId,
    eventId: event.event_id,
    siteId: event.site_id,
    type: event.type,
    componentId: event.component_id ?? null,
    visitorId: (event.visitor_id?.trim() || `ip:${event.ip_hash}`).slice(0, 200),
    page: event.page ?? null,
    referrerHost: hostOf(event.referrer),
    utmSource: event.utm?.source?.trim().toLowerCase().slice(0, 200) || null,
    utmCampaign: event.utm?.campaign?.trim().toLowerCase().slice(0, 200) || null,
    device: event.device ?? null,
    x: event.type === 'component_interaction' ? fraction(event.data?.x) : null,
    y: event.type === 'component_interaction' ? fraction(event.data?.y) : null,
    occurredAt: Number.isNaN(occurred.getTime()) ? received : occurred,
    receivedAt: received,
  };
}

/** The counter an event type moves in the rollups (custom events count a visitor, no counter). */
export const COUNTER_OF: Record<string, 'page_views' | 'component_views' | 'interactions' | 'submissions' | null> = {
  page_view: 'page_views',
  component_view: 'component_views',
  component_interaction: 'interactions',
  form_submission: 'submissions',
  custom: null,
};
