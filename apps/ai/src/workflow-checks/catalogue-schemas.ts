import { NODE_TYPES, nodeType, toJsonSchema, type NodeType } from '@mab/workflow-definition';

/**
 * JSON schemas of workflow answers, generated from the node catalogue: the shape Claude must answer in (as the
 * input schema of a forced tool). Secret fields are left out (Claude never writes a credential), and so are the
 * node types a suggestion cannot use without things only the person has (another workflow's id, a chat URL).
 */
export const SUGGESTION_ACTIONS = [
  'send_email',
  'add_to_crm',
  'add_tag',
  'remove_tag',
  'update_lead_score',
  'record_activity',
  'condition',
  'set',
];

function configProperties(type: NodeType): { properties: Record<string, unknown>; required: string[] } {
  const properties: Record<string, unknown> = {};
  const required: string[] = [];
  for (const [key, spec] of Object.entries(type.config.properties)) {
    if (spec.secret) continue;
    properties[key] = toJsonSchema(spec);
    if (spec.required) required.push(key);
  }
  return { properties, required };
}

/** One seed-shape item of a type: `{type, …config}` (plus `delay` minutes for an action). */
function seedItemSchema(type: NodeType, action: boolean): Record<string, unknown> {
  const { properties, required } = configProperties(type);
  return {
    type: 'object',
    description: `${type.label}: ${type.description}`,
    properties: {
      type: { const: type.type },
      ...properties,
      ...(action ? { delay: { type: 'number', minimum: 0, description: 'Minutes to wait before this action' } } : {}),
    },
    required: ['type', ...required],
  };
}

/** The answer of `suggest_workflows`: ranked suggestions in the seed's linear shape. */
export function suggestionsToolSchema(triggerTypes: string[]): Record<string, unknown> {
  return {
    type: 'object',
    properties: {
      suggestions: {
        type: 'array',
        minItems: 1,
        maxItems: 10,
        items: {
          type: 'object',
          properties: {
            name: { type: 'string', maxLength: 120 },
            description: { type: 'string', maxLength: 300 },
            confidence: { type: 'number', minimum: 0, maximum: 1 },
            reasons: { type: 'array', items: { type: 'string', maxLength: 200 }, maxItems: 6 },
            workflow_template: {
              type: 'object',
              properties: {
                trigger: { anyOf: triggerTypes.map((t) => seedItemSchema(nodeType(t)!, false)) },
                actions: {
                  type: 'array',
                  minItems: 1,
                  maxItems: 12,
                  items: { anyOf: SUGGESTION_ACTIONS.map((t) => seedItemSchema(nodeType(t)!, true)) },
                },
              },
              required: ['trigger', 'actions'],
            },
          },
          required: ['name', 'description', 'confidence', 'workflow_template'],
        },
      },
    },
    required: ['suggestions'],
  };
}

/** The answer of `generate_workflow`: a graph (nodes with their configs, edges by output) and its summary. */
export function graphToolSchema(): Record<string, unknown> {
  return {
    type: 'object',
    properties: {
      name: { type: 'string', maxLength: 200 },
      summary: { type: 'string', maxLength: 1000, description: 'What the workflow does, in plain language' },
      nodes: {
        type: 'array',
        minItems: 2,
        maxItems: 50,
        items: {
          anyOf: NODE_TYPES.map((type) => {
            const { properties, required } = configProperties(type);
            return {
              type: 'object',
              properties: {
                id: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]{0,63}$' },
                type: { const: type.type },
                name: { type: 'string', maxLength: 200 },
                config: { type: 'object', properties, required },
              },
              required: ['id', 'type', 'config'],
            };
          }),
        },
      },
      edges: {
        type: 'array',
        maxItems: 100,
        items: {
          type: 'object',
          properties: {
            source: { type: 'string' },
            source_output: { type: 'string', description: 'default, true/false (condition), loop/done, a case' },
            target: { type: 'string' },
          },
          required: ['source', 'target'],
        },
      },
    },
    required: ['name', 'summary', 'nodes', 'edges'],
  };
}
