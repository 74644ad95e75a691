import type { TemplateCategory } from '@mab/contracts';
import type { SeedWorkflow } from '@mab/workflow-definition';
import type { ComponentContext, SiteContext } from '../context/component-context';
import { FORM_TYPES, readSignals, type FieldKind, type SuggestionSignals } from './suggestion-signals';
import { formFieldsRead } from '../workflow-checks/check-workflow';
import { componentLabel } from './workflow-blocks';
import { WORKFLOW_RECIPES, type WorkflowRecipe } from './workflow-recipes';

export { isFormComponent } from './suggestion-signals';

/**
 * The built-in suggestion engine: no model, rules and scoring over the recipe catalogue (workflow-recipes.ts).
 * Each recipe's fit is measured against the request, never assumed: a recipe whose hard needs are missing is not
 * offered; the others are ranked by how well the component type, its fields, the industry and the goals match,
 * and each says why.
 */

export interface WorkflowSuggestion {
  key: string;
  name: string;
  description: string;
  confidence: number;
  workflow_template: SeedWorkflow;
  reasons: string[];
}

export const DEFAULT_SUGGESTION_LIMIT = 5;

/**
 * How much each part of the fit weighs (they add up to 1): the component being what the recipe is made for
 * matters most, then whether the site's goals are the recipe's, then the industry, then how much of the form the
 * workflow uses, then somewhere to send team notifications (a workflow that tells someone is worth more).
 */
export const FIT_WEIGHTS = { type: 0.3, goals: 0.25, industry: 0.2, fields: 0.15, team: 0.1 } as const;

/** A type the recipe serves but was not made for; a part of the fit the request says nothing about. */
const PARTIAL_TYPE = 0.5;
const NEUTRAL = 0.4;

/**
 * Raw fit (0..1) to confidence: an affine map keeps the best fit below certainty and the worst offered recipe
 * above zero (it works, it just fits loosely), then the result is clamped into (0, 1) and rounded to 2 decimals.
 */
const FLOOR = 0.1;
const SPAN = 0.85;

const INDUSTRY_NAMES: Record<TemplateCategory, string> = {
  saas: 'SaaS',
  agency: 'Agency',
  professional_services: 'Professional Services',
  ecommerce: 'E-commerce',
  restaurant: 'Restaurant',
  portfolio: 'Portfolio',
  event: 'Event',
  nonprofit: 'Nonprofit',
  health_wellness: 'Health & Wellness',
  real_estate: 'Real Estate',
  education: 'Education',
};

const KIND_WORDS: Record<FieldKind, string> = {
  email: 'an email field',
  phone: 'a phone field',
  name: 'a name field',
  date: 'a date field',
  time: 'a time field',
  select: 'a choice field',
  number: 'a number field',
  textarea: 'a message field',
  consent: 'a consent checkbox',
};

/** What makes a recipe possible here, checked before it is built: null when it cannot work for this request. */
interface Eligibility {
  typeFit: number;
  reasons: string[];
}

export function eligibility(recipe: WorkflowRecipe, s: SuggestionSignals): Eligibility | null {
  if ((recipe.trigger === 'form') !== s.isForm) return null;
  const reasons: string[] = [];
  const type = s.component.type;
  const what = componentLabel(type);

  let typeFit: number;
  if (recipe.fit.types.includes(type)) {
    typeFit = 1;
    reasons.push(`made for a ${what}`);
  } else if (
    recipe.fit.alsoTypes?.includes(type) || // The catalogue's own form types are matched by name; `anyForm` stands for the other components with fields.
    (recipe.fit.anyForm && s.isForm && !(FORM_TYPES as readonly string[]).includes(type))
  ) {
    typeFit = PARTIAL_TYPE;
    reasons.push(`works with a ${what}`);
  } else {
    return null;
  }

  if (recipe.needs.some((kind) => !s.kinds.has(kind))) return null;
  if (recipe.lacks?.some((kind) => s.kinds.has(kind))) return null;
  if (recipe.team === 'required' && !s.teamEmail) return null;
  const context = recipe.when ? recipe.when(s) : undefined;
  if (context === null) return null;

  const formWord = s.isForm ? 'the form has' : 'it has';
  for (const kind of recipe.needs) reasons.push(`${formWord} ${KIND_WORDS[kind]}`);
  for (const kind of recipe.lacks ?? []) reasons.push(`${formWord} no ${KIND_WORDS[kind].replace(/^an? /, '')}`);
  if (context) reasons.push(context);
  if (s.assumedFields && recipe.needs.length)
    reasons.push(`assumes the ${what}'s required fields, since the request names none`);
  return { typeFit, reasons };
}

/** How well an eligible recipe's workflow fits the request (0..1), with the reasons. */
export function fitOf(
  recipe: WorkflowRecipe,
  s: SuggestionSignals,
  eligible: Eligibility,
  workflow: SeedWorkflow,
): { raw: number; reasons: string[] } {
  const reasons = [...eligible.reasons];

  // Fields: half for the optional kinds it can use that the form has, half for the share of the form's fields the
  // workflow actually reads (a team notice that lists every answer uses the whole form). Pages have no fields.
  let fieldFit = NEUTRAL;
  if (s.isForm) {
    const used = recipe.uses.filter((kind) => s.kinds.has(kind));
    for (const kind of used) reasons.push(`uses ${KIND_WORDS[kind]}`);
    const usesShare = recipe.uses.length ? used.length / recipe.uses.length : 1;
    const read = formFieldsRead(workflow.actions);
    const readShare = s.fields.length ? s.fields.filter((f) => read.has(f.field.name)).length / s.fields.length : 0;
    fieldFit = (usesShare + readShare) / 2;
  }

  let industryFit = NEUTRAL;
  if (s.industry && recipe.fit.industries.includes(s.industry)) {
    industryFit = 1;
    reasons.push(`industry ${s.industry} fits`);
  } else if (s.industry) {
    industryFit = recipe.fit.elsewhere;
  }

  // Goals: the share of the site's goals (at most two count) the recipe serves; none given says nothing.
  const served = recipe.fit.goals.filter((g) => s.goals.has(g));
  const goalFit = s.goalCount ? Math.min(1, served.length / Math.min(2, s.goalCount)) : NEUTRAL;
  for (const goal of served) reasons.push(`goal ${goal}`);

  const notifies = recipe.team !== 'none' && !!s.teamEmail;
  if (notifies) reasons.push(`notifies the team at ${s.teamEmail}`);

  const raw =
    FIT_WEIGHTS.type * eligible.typeFit +
    FIT_WEIGHTS.goals * goalFit +
    FIT_WEIGHTS.industry * industryFit +
    FIT_WEIGHTS.fields * fieldFit +
    FIT_WEIGHTS.team * (notifies ? 1 : 0);
  return { raw, reasons };
}

/** Raw fit to a confidence in (0, 1), 2 decimals. */
export function confidenceOf(raw: number): number {
  const value = FLOOR + SPAN * Math.min(1, Math.max(0, raw));
  return Math.round(Math.min(0.99, Math.max(0.01, value)) * 100) / 100;
}

/**
 * Workflow suggestions for a component on a site, best first: at most `limit`, one per recipe. Each is a seed
 * workflow (`{trigger, actions}`) wired to the component (its id when it has one, its real field names).
 */
export function builtInSuggestions(
  component: ComponentContext,
  site: SiteContext,
  limit = DEFAULT_SUGGESTION_LIMIT,
): WorkflowSuggestion[] {
  const max = Number.isFinite(limit) ? Math.max(0, Math.floor(limit)) : DEFAULT_SUGGESTION_LIMIT;
  if (!max) return [];
  const signals = readSignals(component, site);
  const found = new Map<string, WorkflowSuggestion>();
  for (const recipe of WORKFLOW_RECIPES) {
    if (found.has(recipe.key)) continue;
    const eligible = eligibility(recipe, signals);
    if (!eligible) continue;
    const draft = recipe.build(signals);
    if (!draft) continue;
    const fit = fitOf(recipe, signals, eligible, draft.workflow);
    // The industry names the workflow when the recipe suits it best or works anywhere alike.
    const industryFits =
      !!signals.industry && (recipe.fit.industries.includes(signals.industry) || recipe.fit.elsewhere >= 0.5);
    found.set(recipe.key, {
      key: recipe.key,
      name: draft.name ?? (industryFits ? `${INDUSTRY_NAMES[signals.industry!]} ${recipe.title}` : recipe.title),
      description: draft.description,
      confidence: confidenceOf(fit.raw),
      workflow_template: draft.workflow,
      reasons: [...fit.reasons, ...(draft.reasons ?? [])],
    });
  }
  return [...found.values()]
    .sort((a, b) => b.confidence - a.confidence || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, max);
}
