import {
  seedToGraph,
  validateWorkflow,
  type SeedWorkflow,
  type WorkflowGraph,
  type WorkflowProblem,
} from '@mab/workflow-definition';
import { isFormComponent, type ComponentContext } from '../context/component-context';

/** A stand-in id to validate a type-only suggestion (no component yet); it never leaves the service. */
const NO_COMPONENT_YET = '00000000-0000-4000-8000-000000000000';
const COMPONENT_TRIGGERS = ['form_submission', 'page_interaction'];
/** `trigger.form_data.name`, or backquoted for a name that is not an identifier (`trigger.form_data.`party size``). */
const FORM_FIELD_REFERENCE = /trigger\.form_data\.(?:`([^`]+)`|([A-Za-z_][A-Za-z0-9_-]*))/g;

/** The seed workflow wired to the component: its trigger listens to it (or names no component when there is none). */
export function wiredToComponent(seed: SeedWorkflow, component: ComponentContext): SeedWorkflow {
  const trigger = { ...seed.trigger };
  if (COMPONENT_TRIGGERS.includes(String(trigger.type))) {
    if (component.id) trigger.component_id = component.id;
    else delete trigger.component_id;
  }
  return { trigger, actions: seed.actions.map((a) => ({ ...a })) };
}

/** The form fields a definition's expressions read (`trigger.form_data.<name>`). */
export function formFieldsRead(value: unknown): Set<string> {
  const found = new Set<string>();
  const visit = (v: unknown) => {
    if (typeof v === 'string') for (const m of v.matchAll(FORM_FIELD_REFERENCE)) found.add(m[1] ?? m[2]);
    else if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') Object.values(v).forEach(visit);
  };
  visit(value);
  return found;
}

/** Problems of a graph for a component: the validator's, and form fields the component does not have. */
export function graphProblems(graph: WorkflowGraph, component: ComponentContext | null): string[] {
  const problems = validateWorkflow(graph).map(describeProblem);
  if (component?.fields.length) {
    const known = new Set(component.fields.map((f) => f.name));
    for (const name of formFieldsRead(graph.nodes)) {
      if (!known.has(name)) problems.push(`reads form field "${name}", which the ${component.type} does not have`);
    }
  }
  return problems;
}

/**
 * Everything wrong with a suggested seed workflow for this component: it must listen to the component (a form's
 * submission, or a view or click of anything else), pass the workflow validator, and read only the form's fields.
 */
export function seedProblems(seed: SeedWorkflow, component: ComponentContext): string[] {
  if (!seed || typeof seed !== 'object' || !seed.trigger || !Array.isArray(seed.actions)) {
    return ['is not a {trigger, actions} workflow'];
  }
  const type = String(seed.trigger.type);
  const isForm = isFormComponent(component);
  if (isForm && type !== 'form_submission')
    return [`a ${component.type} starts workflows by form_submission, not ${type}`];
  if (!isForm && type !== 'page_interaction')
    return [`a ${component.type} starts workflows by page_interaction, not ${type}`];
  const wired = wiredToComponent(seed, component);
  if (!component.id) wired.trigger.component_id = NO_COMPONENT_YET;
  return graphProblems(seedToGraph(wired), component);
}

export function describeProblem(p: WorkflowProblem): string {
  return `${p.node ? `nodes.${p.node}` : 'workflow'}${p.field ? `.${p.field}` : ''}: ${p.message}`;
}
