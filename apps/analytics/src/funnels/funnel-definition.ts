import {
  ServiceError,
  type FunnelStepInput,
  type FunnelStepType,
  type FunnelStepView,
  type FunnelView,
} from '@mab/contracts';
import { quotedSchema } from '@mab/persistence';
import type { DataSource, EntityManager } from 'typeorm';

/** A funnel step as stored (the label only when the person gave one: a default follows the component's type). */
export interface FunnelStep {
  type: FunnelStepType;
  page: string | null;
  component_id: string | null;
  label: string | null;
}

export interface FunnelRow {
  id: string;
  workspace_id: string;
  site_id: string;
  name: string;
  steps: FunnelStep[];
  window_hours: number;
  created_at: Date;
  updated_at: Date;
}

const VERB: Record<FunnelStepType, string> = {
  page_view: 'Viewed',
  component_view: 'Saw',
  component_interaction: 'Clicked',
  form_submission: 'Submitted',
};

/** "Viewed /pricing", "Saw pricing_table on /pricing", "Submitted contact_form", "Submitted a form". */
function defaultLabel(step: FunnelStep, componentTypes: Map<string, string>): string {
  const what = step.component_id
    ? (componentTypes.get(step.component_id) ?? 'a removed component')
    : step.type === 'page_view'
      ? (step.page ?? 'a page')
      : step.type === 'form_submission'
        ? 'a form'
        : 'a component';
  const where = step.page && step.type !== 'page_view' ? ` on ${step.page}` : '';
  return `${VERB[step.type]} ${what}${where}`;
}

/** The stored funnel in the API's shape; `componentTypes` names the steps' components in default labels. */
export function funnelView(row: FunnelRow, componentTypes: Map<string, string>): FunnelView {
  return {
    id: row.id,
    site_id: row.site_id,
    name: row.name,
    steps: row.steps.map((step) => stepView(step, componentTypes)),
    conversion_window_hours: row.window_hours,
    created_at: new Date(row.created_at).toISOString(),
    updated_at: new Date(row.updated_at).toISOString(),
  };
}

export function stepView(step: FunnelStep, componentTypes: Map<string, string>): FunnelStepView {
  return {
    type: step.type,
    page: step.page,
    component_id: step.component_id,
    label: step.label ?? defaultLabel(step, componentTypes),
  };
}

type Db = DataSource | EntityManager;

/** The types of a workspace's components by id (deleted ones included: an old funnel still names them). */
export async function componentTypesOf(db: Db, workspaceId: string, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();

  const rows = (await db.query(
    `SELECT "component_id", "type" FROM ${quotedSchema(db)}."components"
      WHERE "workspace_id" = $1 AND "component_id" = ANY($2::uuid[])`,
    [workspaceId, ids],
  )) as { component_id: string; type: string }[];
  return new Map(rows.map((r) => [r.component_id, r.type]));
}

/** The site, live and the workspace's, else 404 (a funnel is defined on a site the workspace can report on). */
export async function assertSite(db: Db, workspaceId: string, siteId: string): Promise<void> {
  const [site] = (await db.query(
    `SELECT 1 FROM ${quotedSchema(db)}."sites" WHERE "workspace_id" = $1 AND "site_id" = $2 AND NOT "deleted"`,
    [workspaceId, siteId],
  )) as unknown[];
  if (!site) throw ServiceError.notFound('site', siteId);
}

/**
 * The steps as stored, checked against the site: a page view has no component, and a step's component must be a
 * live component of the funnel's site (400 naming the step otherwise).
 */
export async function validatedSteps(
  db: Db,
  workspaceId: string,
  siteId: string,
  steps: FunnelStepInput[],
): Promise<FunnelStep[]> {
  const details: { field: string; constraints: string[] }[] = [];
  const ids = [...new Set(steps.flatMap((s) => (s.component_id ? [s.component_id] : [])))];

  const live = (await db.query(
    `SELECT "component_id" FROM ${quotedSchema(db)}."components"
      WHERE "workspace_id" = $1 AND "site_id" = $2 AND "component_id" = ANY($3::uuid[]) AND NOT "deleted"`,
    [workspaceId, siteId, ids],
  )) as { component_id: string }[];
  const onSite = new Set(live.map((r) => r.component_id));
  steps.forEach((step, i) => {
    if (step.type === 'page_view' && step.component_id)
      details.push({ field: `steps.${i}.component_id`, constraints: ['a page view has no component; leave it out'] });
    else if (step.component_id && !onSite.has(step.component_id))
      details.push({ field: `steps.${i}.component_id`, constraints: ['must be a component of the funnel’s site'] });
  });
  if (details.length) throw ServiceError.validation('some steps do not fit the site', details);
  return steps.map((s) => ({
    type: s.type,
    page: s.page ?? null,
    component_id: s.component_id ?? null,
    label: s.label ?? null,
  }));
}
