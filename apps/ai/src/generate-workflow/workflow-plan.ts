import type { ComponentContext } from '../context/component-context';
import { NOTHING, readAction } from './action-phrases';
import { readConditionGroup } from './condition-phrases';
import { readDelay } from './delay-phrases';
import { isInvalid, phrase, type Reading } from './phrase-patterns';
import { CLAUSE_WORDS_MAX, type Clause } from './prompt-clauses';
import { eventContact, readTrigger } from './trigger-phrases';
import type { ActionIntent, ConditionGroup, Phrase, TriggerIntent } from './workflow-intents';

/**
 * From clauses to a plan: the trigger and a tree of steps (actions, and if-blocks with a true and a false list).
 * Each clause is cut into phrases by trying every way of splitting its words, shortest first phrase first, and
 * keeping the first split whose every piece is a phrase ("if the party is bigger than 8 notify the manager on
 * Slack" → an if and a step). The phrases then drive a small state machine: an "if" opens a block that lasts to the
 * end of its sentence (or "either way"), "otherwise" switches to its false list, "otherwise if" nests.
 */
export type PlanStep =
  | { kind: 'action'; action: ActionIntent; clause: string }
  | { kind: 'branch'; group: ConditionGroup; then: PlanStep[]; otherwise: PlanStep[]; clause: string };
export type Branch = Extract<PlanStep, { kind: 'branch' }>;

export interface Plan {
  trigger: TriggerIntent | null;
  steps: PlanStep[];
  understood: string[];
  notUnderstood: { text: string; reason?: string }[];
}

const IF = phrase(String.raw`(?:if|only if|but only if|in case|provided(?: that)?|as long as) (?<condition>.+)`);
const ELSE_IF = phrase(String.raw`(?:otherwise|else|or else|if not)(?: then)? if (?<condition>.+)`);
const OTHERWISE = phrase(
  String.raw`otherwise|else|or else|or otherwise|if not|if not then|if it isn't|if it is not|if they don't|if they didn't|in the other case|in other cases|for everyone else|for the rest|for all others`,
);
const REJOIN = phrase(
  String.raw`either way|in any case|in all cases|in both cases|in every case|regardless(?: of that)?|whatever happens|no matter what|for everyone|then for everyone`,
);
/** The longest phrase tried: enough for any phrase of the grammar, and it keeps a long clause cheap to read. */
const PHRASE_WORDS_MAX = 24;
const BARE_TAGS = phrase(String.raw`(?:as )?(?<tag>"[^"]+"|[\w-]+(?: [\w-]+)?)`);
/** A step said too briefly ("…and notify") is not a tag. */
const STEP_VERBS =
  /^(?:notify|email|e-mail|mail|send|add|tag|remove|untag|call|post|put|patch|get|wait|stop|log|record|save|alert|tell|ping|forward|fetch|increase|lower|raise|give)\b/i;

interface ReadContext {
  component: ComponentContext | null | undefined;
  /** "…and the plan is Pro": a bare comparison adds to the if that has no step yet. */
  canAddCondition: boolean;
  /** "…tag them as vip and premium": a bare word adds to the tags just given. */
  canAddTags: boolean;
}

const fromReading = <T>(reading: Reading<T>, make: (value: T) => Phrase): Phrase | null =>
  reading === null ? null : isInvalid(reading) ? { kind: 'invalid', reason: reading.invalid } : make(reading);

/** What one run of words is, or null when it is no phrase. */
function readPhrase(text: string, ctx: ReadContext, first: boolean): Phrase | null {
  const trigger = fromReading(readTrigger(text), (t) => ({ kind: 'trigger', trigger: t }));
  if (trigger) return trigger;
  const elseIf = ELSE_IF.exec(text)?.groups?.condition;
  if (elseIf)
    return fromReading(readConditionGroup(elseIf, ctx.component), (group) => ({ kind: 'if', group, elseIf: true }));
  const condition = IF.exec(text)?.groups?.condition;
  if (condition) {
    const read = fromReading(
      readConditionGroup(condition, ctx.component),
      (group) => ({ kind: 'if', group, elseIf: false }) as Phrase,
    );
    if (read) return read;
  }
  if (OTHERWISE.test(text)) return { kind: 'otherwise' };
  if (REJOIN.test(text)) return { kind: 'rejoin' };
  if (NOTHING.test(text)) return { kind: 'nothing' };
  const delay = fromReading(readDelay(text), (d) => ({
    kind: 'action',
    action: { type: 'delay', delay: d.delay },
    trailing: d.trailing,
  }));
  if (delay) return delay;
  const action = fromReading(readAction(text), (a) => ({ kind: 'action', action: a }));
  if (action) return action;
  if (first && ctx.canAddCondition) {
    const more = fromReading(
      readConditionGroup(text, ctx.component),
      (group) => ({ kind: 'also_if', group }) as Phrase,
    );
    if (more) return more;
  }
  const tag = first && ctx.canAddTags ? BARE_TAGS.exec(text)?.groups?.tag : undefined;
  if (tag && !STEP_VERBS.test(tag))
    return { kind: 'more_tags', tags: [/^"/.test(tag) ? tag.slice(1, -1) : tag.toLowerCase().replace(/\s+/g, '-')] };
  return null;
}

/**
 * The phrases of a clause (the first complete split, shortest first phrase first), or null. A split holds one
 * trigger at most ("when I run it by hand" is one trigger, not "when I run it" and "by hand").
 */
export function segment(words: string[], ctx: ReadContext): Phrase[] | null {
  const n = words.length;
  const read = new Map<string, Phrase | null>();
  const at = (s: number, e: number): Phrase | null => {
    const key = `${s}:${e}`;
    if (!read.has(key)) read.set(key, readPhrase(words.slice(s, e).join(' '), ctx, s === 0));
    return read.get(key)!;
  };
  const from = new Map<string, Phrase[] | null>();
  const rest = (s: number, triggered: boolean): Phrase[] | null => {
    if (s === n) return [];
    const key = `${s}:${triggered}`;
    if (from.has(key)) return from.get(key)!;
    let found: Phrase[] | null = null;
    for (let e = s + 1; e <= Math.min(n, s + PHRASE_WORDS_MAX) && !found; e++) {
      const p = at(s, e);
      if (!p || (triggered && p.kind === 'trigger')) continue;
      const tail = rest(e, triggered || p.kind === 'trigger');
      if (tail) found = [p, ...tail];
    }
    from.set(key, found);
    return found;
  };
  const phrases = rest(0, false);
  return phrases && putWaitsFirst(phrases);
}

/** "send a follow-up email after 2 days": the wait said after a step runs before it. */
function putWaitsFirst(phrases: Phrase[]): Phrase[] {
  const out = [...phrases];
  for (let i = 1; i < out.length; i++) {
    const [before, wait] = [out[i - 1], out[i]];
    if (wait.kind === 'action' && wait.trailing && before.kind === 'action' && before.action.type !== 'delay')
      [out[i - 1], out[i]] = [wait, before];
  }
  return out;
}

/** The state machine that places phrases in the plan. */
class PlanBuilder {
  trigger: TriggerIntent | null = null;
  readonly root: PlanStep[] = [];
  private block: Branch | null = null;
  private target: PlanStep[] = this.root;
  private inOtherwise = false;
  private readonly stopped = new Set<PlanStep[]>();
  private lastTags: string[] | null = null;

  context(clause: Clause, component: ComponentContext | null | undefined): ReadContext {
    const block = this.block;
    return {
      component,
      canAddCondition:
        !clause.sentenceStart && !!block && !this.inOtherwise && this.target === block.then && !block.then.length,
      canAddTags: this.lastTags !== null,
    };
  }

  /** A sentence ends an if-block, unless it goes on with "otherwise". */
  startSentence(phrases: Phrase[]): void {
    const first = phrases[0];
    const continues = first?.kind === 'otherwise' || (first?.kind === 'if' && first.elseIf);
    if (!continues) this.closeBlock();
  }

  /** Places the phrases of one clause; answers why it cannot, or null. */
  apply(phrases: Phrase[], clause: string): string | null {
    for (const p of phrases) {
      const problem = this.place(p, clause);
      if (problem) return problem;
    }
    return null;
  }

  private place(p: Phrase, clause: string): string | null {
    if (p.kind !== 'more_tags' && !(p.kind === 'action' && ['add_tag', 'remove_tag'].includes(p.action.type)))
      this.lastTags = null;
    switch (p.kind) {
      case 'invalid':
        return p.reason;
      case 'trigger':
        if (this.trigger) return 'a workflow starts one way only, and it already has a trigger';
        this.trigger = p.trigger;
        return null;
      case 'if':
        return p.elseIf ? this.elseIf(p.group, clause) : this.openIf(p.group, clause);
      case 'also_if':
        return this.addConditions(p.group);
      case 'otherwise':
        if (!this.block) return '"otherwise" needs an "if" before it in the same sentence';
        if (this.inOtherwise) return 'this if already has an "otherwise"';
        this.target = this.block.otherwise;
        this.inOtherwise = true;
        return null;
      case 'rejoin':
        this.closeBlock();
        return null;
      case 'nothing':
        return null;
      case 'more_tags':
        this.lastTags?.push(...p.tags);
        return null;
      case 'action': {
        if (this.stopped.has(this.target)) return 'nothing can follow "stop"';
        this.target.push({ kind: 'action', action: p.action, clause });
        if (p.action.type === 'stop') this.stopped.add(this.target);
        if (p.action.type === 'add_tag' || p.action.type === 'remove_tag') this.lastTags = p.action.tags;
        return null;
      }
    }
  }

  private openIf(group: ConditionGroup, clause: string): string | null {
    const block = this.block;
    // "otherwise, if …": the false list of the open block holds the new if.
    if (block && this.inOtherwise && !block.otherwise.length) return this.elseIf(group, clause);
    // "if A, if B, …" (or "if A and if B"): both must hold.
    if (block && !this.inOtherwise && !block.then.length) return this.addConditions(group);
    this.closeBlock();
    if (this.stopped.has(this.root)) return 'nothing can follow "stop"';
    const branch: Branch = { kind: 'branch', group, then: [], otherwise: [], clause };
    this.root.push(branch);
    this.block = branch;
    this.target = branch.then;
    return null;
  }

  private elseIf(group: ConditionGroup, clause: string): string | null {
    const block = this.block;
    if (!block) return '"otherwise if" needs an "if" before it in the same sentence';
    if (this.inOtherwise && block.otherwise.length) return 'this if already has an "otherwise"';
    const branch: Branch = { kind: 'branch', group, then: [], otherwise: [], clause };
    block.otherwise.push(branch);
    this.block = branch;
    this.target = branch.then;
    this.inOtherwise = false;
    return null;
  }

  private addConditions(group: ConditionGroup): string | null {
    const block = this.block!;
    if (block.group.match === 'any' || group.match === 'any')
      return 'mixing "and" and "or" in one condition is not understood: split it into two ifs';
    block.group.conditions.push(...group.conditions);
    return null;
  }

  closeBlock(): void {
    this.block = null;
    this.target = this.root;
    this.inOtherwise = false;
  }
}

/** Branches that say nothing to do ("if the budget is over 5000." and no step). */
function emptyBranches(steps: PlanStep[]): Branch[] {
  return steps.flatMap((step) =>
    step.kind !== 'branch'
      ? []
      : [
          ...(step.then.length || step.otherwise.length ? [] : [step]),
          ...emptyBranches(step.then),
          ...emptyBranches(step.otherwise),
        ],
  );
}

/** What a trigger's data says about a contact, for the steps about "them". */
export type ContactSource = 'form' | 'webhook' | 'event_email' | 'event_id' | null;

export function contactSource(trigger: TriggerIntent): ContactSource {
  if (trigger.type === 'form_submission') return 'form';
  if (trigger.type === 'webhook') return 'webhook';
  if (trigger.type === 'custom_event') {
    const contact = eventContact(trigger.event);
    return contact === 'email' ? 'event_email' : contact === 'id' ? 'event_id' : null;
  }
  return null;
}

/** Why a step about the contact cannot run after this trigger, or null when it can. */
function contactProblem(action: ActionIntent, trigger: TriggerIntent): string | null {
  const source = contactSource(trigger);
  const aboutContact =
    (action.type === 'send_email' && action.recipient.kind === 'visitor') ||
    ['add_to_crm', 'add_tag', 'remove_tag', 'update_lead_score', 'record_activity'].includes(action.type);
  if (aboutContact && !source) {
    const what: Record<string, string> = {
      schedule: 'a scheduled run is about no contact',
      manual: 'a run by hand is about no contact',
      page_interaction: 'a view or a click does not say who the visitor is',
      custom_event: 'this event is about no contact',
    };
    return what[trigger.type] ?? 'this trigger is about no contact';
  }
  if (action.type === 'add_to_crm' && source === 'event_id') return 'the contact of this event is already in the CRM';
  if (action.type === 'send_email' && action.recipient.kind === 'visitor' && !action.template && source !== 'form')
    return 'name the email to send (a welcome, onboarding, follow-up, newsletter or booking confirmation email)';
  return null;
}

function walkActions(steps: PlanStep[], visit: (step: Extract<PlanStep, { kind: 'action' }>) => void): void {
  for (const step of steps) {
    if (step.kind === 'action') visit(step);
    else {
      walkActions(step.then, visit);
      walkActions(step.otherwise, visit);
    }
  }
}

/** The plan of a prompt's clauses: its trigger, its steps, and which clauses were understood. */
export function planWorkflow(clauses: Clause[], component: ComponentContext | null | undefined): Plan {
  const builder = new PlanBuilder();
  const understood: string[] = [];
  const notUnderstood: Plan['notUnderstood'] = [];
  for (const clause of clauses) {
    if (/\{\{|\}\}/.test(clause.text)) {
      notUnderstood.push({ text: clause.text, reason: 'expressions ({{ }}) are not taken from a prompt' });
      continue;
    }
    if (clause.words.length > CLAUSE_WORDS_MAX) {
      notUnderstood.push({ text: clause.text, reason: 'too long: split it with commas or "and"' });
      continue;
    }
    const phrases = segment(clause.words, builder.context(clause, component));
    if (!phrases) {
      notUnderstood.push({ text: clause.text });
      continue;
    }
    if (clause.sentenceStart) builder.startSentence(phrases);
    const problem = builder.apply(phrases, clause.text);
    if (problem) notUnderstood.push({ text: clause.text, reason: problem });
    else understood.push(clause.text);
  }
  for (const branch of emptyBranches(builder.root))
    notUnderstood.push({ text: branch.clause, reason: 'no step says what to do when it holds' });
  const trigger = builder.trigger;
  if (trigger) {
    walkActions(builder.root, (step) => {
      const problem = contactProblem(step.action, trigger);
      if (!problem) return;
      notUnderstood.push({ text: step.clause, reason: problem });
      const i = understood.indexOf(step.clause);
      if (i >= 0) understood.splice(i, 1);
    });
  }
  return { trigger, steps: builder.root, understood, notUnderstood };
}
