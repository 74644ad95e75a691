import { conditionsHold, valueAtPath, type FieldCondition } from '@mab/workflow-definition';
import { StepFailure, done, type NodeOutcome, type NodeRun } from './node-outcome';

/** A condition node's or switch case's test: field conditions over what expressions see, or one expression. */
function holds(config: Record<string, unknown>, run: NodeRun): boolean {
  if (config.expression !== undefined && config.expression !== null && config.expression !== '') {
    // Already evaluated: the expression's value, read as a boolean.
    const value = config.expression;
    return value === true || value === 'true' || (typeof value === 'number' && value !== 0);
  }
  const conditions = (Array.isArray(config.conditions) ? config.conditions : []) as FieldCondition[];
  const match = config.match === 'any' ? 'any' : 'all';
  return conditionsHold(conditions, (path) => valueAtPath(run.context, path), match);
}

/** The engine's own nodes: they run in the transaction that records them, with no broker hop. */
export function runLogicNode(run: NodeRun): NodeOutcome {
  const { config } = run;
  switch (run.node.type) {
    case 'condition': {
      const result = holds(config, run);
      return done({ result }, [result ? 'true' : 'false']);
    }
    case 'switch': {
      const cases = Array.isArray(config.cases) ? (config.cases as Record<string, unknown>[]) : [];
      const chosen = cases.find((c) => holds(c, run));
      const output = typeof chosen?.output === 'string' ? chosen.output : 'default';
      return done({ case: output }, [output]);
    }
    case 'set':
      return done(config.values ?? {});
    case 'parallel':
      return done({});
    case 'merge':
      return done({ inputs: run.inputs });
    case 'stop':
      return {
        kind: 'stop',
        status: config.status === 'failure' ? 'failure' : 'success',
        message: typeof config.message === 'string' ? config.message : null,
      };
    case 'loop': {
      const items = config.items;
      if (!Array.isArray(items))
        throw new StepFailure(`items is ${items === undefined ? 'missing' : 'not a list'}`, false);
      const max = typeof config.max_items === 'number' ? config.max_items : 1_000;
      if (items.length > max)
        throw new StepFailure(`items holds ${items.length} entries, more than max_items ${max}`, false);
      return { kind: 'loop', items };
    }
    default:
      throw new StepFailure(`${run.node.type} is not a logic node`, false);
  }
}
