import type { WorkflowEdge, WorkflowNode } from '@mab/workflow-definition';
import type { ComponentContext, SiteContext } from '../context/component-context';
import { PROMPT_MAX_LENGTH, splitClauses } from './prompt-clauses';
import { formName } from './step-content';
import { GraphWriter } from './workflow-graph';
import { planWorkflow, type Plan } from './workflow-plan';
import { Summariser, workflowName } from './workflow-summary';

/**
 * The built-in "text to workflow" engine: a sentence such as "When someone books a table, email them a
 * confirmation, and if the party is bigger than 8 notify the manager on Slack" becomes a workflow graph, read by
 * rules (docs/ai-workflow-grammar.md), with no model behind it. The same prompt always gives the same graph. The
 * graph passes `validateWorkflow` except for what the prompt could not give (listed in `missing`); anything not
 * understood makes the whole answer a refusal naming the clauses, never a guess.
 */

/** A value the prompt could not give, named as the validator names it (`notify_manager`, `config.webhook_url`). */
export interface MissingInput {
  node: string;
  field: string;
  message: string;
}

export interface TextToWorkflowOptions {
  /** The component the workflow is for (its id wires form/page triggers; its fields name form_data paths). */
  component?: ComponentContext | null;
  /** teamEmail: where "notify the team / the manager by email" goes when no address is in the prompt. */
  site?: SiteContext | null;
  channels?: { slack_webhook_url?: string | null; discord_webhook_url?: string | null };
}

export type TextToWorkflowResult =
  | {
      ok: true;
      workflow: { name: string; nodes: WorkflowNode[]; edges: WorkflowEdge[] };
      summary: string;
      missing: MissingInput[];
    }
  | { ok: false; understood: string[]; not_understood: string[]; message: string };

const EXAMPLE = '"When someone submits the contact form, email them a welcome email and notify the team on Slack"';

function refusal(understood: string[], notUnderstood: Plan['notUnderstood'], lead: string): TextToWorkflowResult {
  const named = notUnderstood.map((n) => `"${n.text}"${n.reason ? ` (${n.reason})` : ''}`);
  const message = named.length ? `${lead} ${named.join('; ')}.` : lead;
  return { ok: false, understood, not_understood: notUnderstood.map((n) => n.text), message };
}

/** The workflow a prompt describes, or which of its clauses were not understood (and why, when that is known). */
export function textToWorkflow(prompt: string, options: TextToWorkflowOptions = {}): TextToWorkflowResult {
  if (typeof prompt !== 'string' || !prompt.trim())
    return refusal([], [], `Describe the workflow in a sentence, e.g. ${EXAMPLE}.`);
  if (prompt.length > PROMPT_MAX_LENGTH)
    return refusal([], [], `The description is longer than ${PROMPT_MAX_LENGTH} characters: shorten it.`);

  const component = options.component ?? null;
  const plan = planWorkflow(splitClauses(prompt), component);
  if (plan.notUnderstood.length) return refusal(plan.understood, plan.notUnderstood, 'I did not understand:');
  if (!plan.trigger)
    return refusal(
      plan.understood,
      [],
      `Say when the workflow starts, e.g. "when someone submits the contact form", "every day at 9am" or "when a contact unsubscribes".`,
    );
  if (!plan.steps.length)
    return refusal(plan.understood, [], 'Say what the workflow should do, e.g. "email them a welcome email".');

  const form = formName(plan.trigger, component);
  const writer = new GraphWriter(
    plan.trigger,
    { component, site: options.site ?? null, channels: options.channels ?? {} },
    form,
  );
  writer.write(plan.steps);
  const summary = new Summariser(() => writer.teamAddress()).summary(plan.trigger, form, plan.steps);
  const names = writer.nodes.slice(1).map((n) => n.name ?? n.id);
  return {
    ok: true,
    workflow: { name: workflowName(plan.trigger, form, names), nodes: writer.nodes, edges: writer.edges },
    summary,
    missing: writer.missing,
  };
}
