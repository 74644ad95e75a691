import { Injectable } from '@nestjs/common';
import {
  GET_CONTACT,
  GET_CONTACT_SCORE,
  LIST_ACTIVITIES,
  LIST_CONTACTS,
  type ActivityView,
  type ContactInsightsView,
  type ContactView,
  type WorkspaceInsightsView,
} from '@mab/contracts';
import { ServiceClient } from '@mab/messaging';
import { contactInsights } from './contact-insights';

/** Activities per page read from the crm, and the most pages read for one contact (2,000 activities). */
const PAGE = 200;
const MAX_PAGES = 10;
/** The insights look back 60 days (two 30-day windows). */
const LOOK_BACK_MS = 60 * 86_400_000;
const DEFAULT_LIMIT = 10;
/** Contacts read at once for the workspace view (each costs two crm reads). */
const PARALLEL = 8;

type Who = { workspaceId: string; userId: string | null };

/** Contact insights from the crm's records (the contact, its timeline, its score history), computed here. */
@Injectable()
export class ContactInsightsUseCase {
  constructor(private readonly services: ServiceClient) {}

  async forContact(contactId: string, who: Who): Promise<ContactInsightsView> {
    const contact = await this.services.request(GET_CONTACT, { contact_id: contactId }, who);
    return this.insightsOf(contact, who);
  }

  /**
   * The workspace's contacts most at risk (valuable ones going quiet) and hottest (high score, active), from its
   * highest-scored contacts: a contact nobody scored is neither.
   */
  async forWorkspace(limit = DEFAULT_LIMIT, who: Who): Promise<WorkspaceInsightsView> {
    const candidates = await this.services.request(
      LIST_CONTACTS,
      { sort: '-lead_score', limit: Math.min(200, limit * 4), score_min: 1 },
      who,
    );
    const insights: ContactInsightsView[] = [];
    for (let i = 0; i < candidates.items.length; i += PARALLEL) {
      const batch = candidates.items.slice(i, i + PARALLEL);
      insights.push(...(await Promise.all(batch.map((c) => this.insightsOf(c, who)))));
    }
    const atRisk = insights
      .filter((i) => i.churn_risk.level !== 'low')
      .sort((a, b) => b.churn_risk.score * b.lead_score - a.churn_risk.score * a.lead_score)
      .slice(0, limit);
    const hottest = insights
      .filter((i) => i.churn_risk.level === 'low')
      .sort((a, b) => b.lead_score - a.lead_score || b.engagement.last_30_days - a.engagement.last_30_days)
      .slice(0, limit);
    return { at_risk: atRisk, hottest };
  }

  private async insightsOf(contact: ContactView, who: Who): Promise<ContactInsightsView> {
    const [activities, score] = await Promise.all([
      this.recentActivities(contact.id, who),
      this.services.request(GET_CONTACT_SCORE, { contact_id: contact.id, limit: PAGE }, who),
    ]);
    return contactInsights(contact, activities, score.changes.items);
  }

  /** The contact's timeline back to 60 days ago (newest first, page by page), and one older activity if any. */
  private async recentActivities(contactId: string, who: Who): Promise<ActivityView[]> {
    const since = Date.now() - LOOK_BACK_MS;
    const out: ActivityView[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < MAX_PAGES; page++) {
      const batch = await this.services.request(
        LIST_ACTIVITIES,
        { contact_id: contactId, limit: PAGE, ...(cursor ? { cursor } : {}) },
        who,
      );
      out.push(...batch.items);
      const oldest = batch.items.at(-1);
      if (!batch.next_cursor || !oldest || Date.parse(oldest.occurred_at) < since) break;
      cursor = batch.next_cursor;
    }
    return out;
  }
}
