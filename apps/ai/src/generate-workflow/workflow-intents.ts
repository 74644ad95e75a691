import type { ConditionOperator, ConditionValue } from '@mab/workflow-definition';
import type { WeekdayKey } from './phrase-patterns';

/**
 * What a prompt asks for, read phrase by phrase, before it becomes nodes: the reading (phrases → intents) and the
 * building (intents → graph) stay apart, so the grammar can grow without touching the graph's wiring.
 */
export type TriggerIntent =
  | { type: 'form_submission'; form: string | null }
  | { type: 'page_interaction'; interaction: 'view' | 'click' | 'any'; target: string }
  | { type: 'schedule'; cron: string; timezone: string; when: string }
  | { type: 'webhook' }
  | {
      type: 'custom_event';
      event: string;
      about: string;
      conditions?: { field: string; operator: ConditionOperator; value?: ConditionValue }[];
    }
  | { type: 'manual' };

export type Recipient = { kind: 'visitor' } | { kind: 'team'; who: string } | { kind: 'address'; address: string };

export type DelayIntent =
  | { mode: 'duration'; minutes: number; seconds?: number; label: string }
  | { mode: 'time_of_day'; time: string; weekdays?: WeekdayKey[]; timezone?: string; label: string }
  | { mode: 'until'; until: string; label: string };

export type ActionIntent =
  | { type: 'send_email'; recipient: Recipient; template: string | null; word: string | null }
  | { type: 'add_to_crm'; tags: string[]; list: string | null }
  | { type: 'add_tag' | 'remove_tag'; tags: string[] }
  | { type: 'update_lead_score'; points: number }
  | { type: 'record_activity'; activity: 'note' | 'custom'; note: string | null }
  | { type: 'http_request'; method: string; url: string; withBody: boolean }
  | { type: 'notify'; channel: 'slack' | 'discord'; who: string | null; url: string | null }
  | { type: 'delay'; delay: DelayIntent }
  | { type: 'stop'; failure: boolean };

export interface ConditionIntent {
  /** The form field (or the payload key) it reads, without the path to it. */
  field: string;
  /** How a person names that field ("party size"). */
  label: string;
  operator: ConditionOperator;
  value?: ConditionValue;
}

export interface ConditionGroup {
  conditions: ConditionIntent[];
  match: 'all' | 'any';
}

/** One recognised piece of a clause. */
export type Phrase =
  | { kind: 'trigger'; trigger: TriggerIntent }
  | { kind: 'if'; group: ConditionGroup; elseIf: boolean }
  | { kind: 'also_if'; group: ConditionGroup }
  | { kind: 'otherwise' }
  | { kind: 'rejoin' }
  | { kind: 'nothing' }
  | { kind: 'more_tags'; tags: string[] }
  | { kind: 'action'; action: ActionIntent; trailing?: boolean }
  /** Recognised, but it cannot become a step ("add 5000 points": at most 1000). */
  | { kind: 'invalid'; reason: string };
