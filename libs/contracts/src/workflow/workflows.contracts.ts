import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  Bool,
  HttpUrl,
  Int,
  JsonObject,
  JsonObjectList,
  Nested,
  NestedList,
  OneOf,
  Text,
  TextList,
  Uuid,
} from '../fields';
import { PageOf, PageQuery } from '../pagination';
import { defineCommand } from '../registry';

/**
 * Workflows (the workflow engine): n8n-style graphs of nodes and edges, or the seed's linear `{trigger, actions}`
 * that stands for one. The shape is checked here (types, sizes, unknown fields); what a node's config means is
 * checked by the engine with libs/workflow-definition, whose errors name the node and the field
 * (`nodes.send_welcome.config.template`).
 */
export const WORKFLOW_NODES_MAX = 200;
export const WORKFLOW_EDGES_MAX = 400;
export const WORKFLOW_SEED_ACTIONS_MAX = 100;
export const WORKFLOW_NODE_ID_PATTERN = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
export const WORKFLOW_TRIGGER_TYPES = [
  'form_submission',
  'page_interaction',
  'schedule',
  'webhook',
  'custom_event',
  'manual',
] as const;
export type WorkflowTriggerType = (typeof WORKFLOW_TRIGGER_TYPES)[number];

export class WorkflowPosition {
  @Int({ min: -1_000_000, max: 1_000_000 }) x: number;
  @Int({ min: -1_000_000, max: 1_000_000 }) y: number;
}

export class WorkflowNodeBody {
  @Text({
    max: 64,
    pattern: WORKFLOW_NODE_ID_PATTERN,
    patternMessage: 'must be letters, digits and _ (how expressions name it: steps.<id>.output)',
    example: 'send_welcome',
  })
  id: string;

  @Text({ max: 60, pattern: /^[a-z][a-z_]*$/, patternMessage: 'must be a node type', example: 'send_email' })
  type: string;

  @Text({ optional: true, max: 200, trim: true }) name?: string;

  @JsonObject({ description: "The node type's settings (GET /api/workflows/node-types lists them)" })
  config: Record<string, unknown>;

  @Nested(() => WorkflowPosition, { optional: true, description: 'Where the editor draws it' })
  position?: WorkflowPosition;
}

export class WorkflowEdgeBody {
  @Text({ max: 64, pattern: WORKFLOW_NODE_ID_PATTERN, patternMessage: 'must be a node id' }) source: string;

  @Text({
    optional: true,
    max: 40,
    pattern: /^[a-z][a-z0-9_]*$/,
    patternMessage: 'must be an output name such as default, true, false, loop or done',
    description: 'Which output of the source (default: default)',
  })
  source_output?: string;

  @Text({ max: 64, pattern: WORKFLOW_NODE_ID_PATTERN, patternMessage: 'must be a node id' }) target: string;
}

export class WorkflowSettings {
  @Int({ optional: true, min: 1, max: 31_536_000, description: 'An execution running longer fails (default 7 days)' })
  timeout_seconds?: number;

  @Int({
    optional: true,
    min: 1,
    max: 10_000,
    description: 'Executions of this workflow running at once (default: no limit)',
  })
  concurrency_limit?: number;
}

/** A definition, in one of two shapes: the graph (`nodes`, `edges`) or the seed's linear `trigger` + `actions`. */
export class WorkflowDefinitionBody {
  @JsonObject({
    optional: true,
    description: 'Seed shape: {type, component_id?, conditions?, …} (give actions with it, not nodes)',
    example: { type: 'form_submission', component_id: '6f1c2b9e-8a53-4f0e-9f3c-1c2d3e4f5a6b', conditions: [] },
  })
  trigger?: Record<string, unknown>;

  @JsonObjectList({
    optional: true,
    maxItems: WORKFLOW_SEED_ACTIONS_MAX,
    description: 'Seed shape: [{type, delay? (minutes), id?, …config}] in order',
    example: [
      { type: 'send_email', template_id: 'welcome-email', delay: 0 },
      { type: 'add_to_crm', list_id: 'prospects', delay: 0 },
    ],
  })
  actions?: Record<string, unknown>[];

  @NestedList(() => WorkflowNodeBody, { optional: true, maxItems: WORKFLOW_NODES_MAX })
  nodes?: WorkflowNodeBody[];

  @NestedList(() => WorkflowEdgeBody, { optional: true, maxItems: WORKFLOW_EDGES_MAX })
  edges?: WorkflowEdgeBody[];
}

export class CreateWorkflowRequest extends WorkflowDefinitionBody {
  @Uuid({ optional: true, description: 'The site it belongs to (its components are what it listens to)' })
  site_id?: string;

  @Text({ min: 1, max: 200, trim: true, example: 'Contact Form Follow-up' }) name: string;

  @Text({ optional: true, max: 2000, multiline: true }) description?: string;

  @Nested(() => WorkflowSettings, { optional: true }) settings?: WorkflowSettings;
}

export class UpdateWorkflowBody extends WorkflowDefinitionBody {
  @Text({ optional: true, min: 1, max: 200, trim: true }) name?: string;
  @Text({ optional: true, nullable: true, max: 2000, multiline: true }) description?: string | null;
  @Nested(() => WorkflowSettings, { optional: true }) settings?: WorkflowSettings;
  @Text({ optional: true, max: 300, description: 'Why this version (shown in the version list)' }) note?: string;
}

export class UpdateWorkflowRequest extends UpdateWorkflowBody {
  @Uuid() workflow_id: string;
}

export class WorkflowIdRequest {
  @Uuid() workflow_id: string;
}

export class ListWorkflowsQuery extends PageQuery {
  @Uuid({ optional: true }) site_id?: string;
  @Uuid({ optional: true, description: 'Workflows whose trigger listens to this component' }) component_id?: string;
  @Bool({ optional: true, fromQuery: true }) active?: boolean;
  @OneOf(WORKFLOW_TRIGGER_TYPES, { optional: true }) trigger_type?: WorkflowTriggerType;
  @Text({ optional: true, max: 100, description: 'In the name' }) q?: string;
}

export class WorkflowNodeView {
  @ApiProperty() id: string;
  @ApiProperty() type: string;
  @ApiProperty({ required: false }) name?: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Secrets are never shown' })
  config: Record<string, unknown>;
  @ApiProperty({ type: WorkflowPosition, required: false }) position?: WorkflowPosition;
}

export class WorkflowEdgeView {
  @ApiProperty() source: string;
  @ApiProperty() source_output: string;
  @ApiProperty() target: string;
}

export class WorkflowView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) site_id: string | null;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty({ description: 'Only active workflows start executions' }) active: boolean;
  @ApiProperty({ description: 'The current version (every change of the definition is a new one)' }) version: number;
  @ApiProperty({ enum: WORKFLOW_TRIGGER_TYPES }) trigger_type: WorkflowTriggerType;
  @ApiProperty({ type: [String], description: 'Components the workflow listens to' }) component_ids: string[];
  @ApiProperty({ type: [WorkflowNodeView] }) nodes: WorkflowNodeView[];
  @ApiProperty({ type: [WorkflowEdgeView] }) edges: WorkflowEdgeView[];
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: 'Seed shape, when linear' })
  trigger?: Record<string, unknown>;
  @ApiProperty({ type: 'array', required: false, items: { type: 'object' }, description: 'Seed shape, when linear' })
  actions?: Record<string, unknown>[];
  @ApiProperty({ type: WorkflowSettings }) settings: WorkflowSettings;
  @ApiProperty({ type: [String], description: 'Secret fields that are set (node.config.field); values never shown' })
  secrets_set: string[];
  @ApiProperty({ type: String, nullable: true, description: 'The public URL of a webhook trigger' })
  webhook_url: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) created_at: string;
  @ApiProperty({ type: String, format: 'date-time' }) updated_at: string;
}
export const WorkflowPage = PageOf(WorkflowView);

export class WorkflowVersionView {
  @ApiProperty({ format: 'uuid' }) workflow_id: string;
  @ApiProperty() version: number;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) created_by: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) created_at: string;
  @ApiProperty({ type: [WorkflowNodeView] }) nodes: WorkflowNodeView[];
  @ApiProperty({ type: [WorkflowEdgeView] }) edges: WorkflowEdgeView[];
}
export const WorkflowVersionPage = PageOf(WorkflowVersionView);

export class ListWorkflowVersionsQuery extends PageQuery {}
export class ListWorkflowVersionsRequest extends ListWorkflowVersionsQuery {
  @Uuid() workflow_id: string;
}

export class WorkflowVersionRequest {
  @Uuid() workflow_id: string;
  @Int({ min: 1, max: 2_147_483_647, fromQuery: true }) version: number;
}

/** A workflow as a file: the definition and settings, without ids of this workspace's history or any secret. */
export class WorkflowExportDocument {
  @OneOf(['mab.workflow'] as const) format: 'mab.workflow';
  @Int({ min: 1, max: 1 }) format_version: number;
  @Text({ min: 1, max: 200, trim: true }) name: string;
  @Text({ optional: true, nullable: true, max: 2000, multiline: true }) description?: string | null;
  @Nested(() => WorkflowSettings, { optional: true }) settings?: WorkflowSettings;
  @NestedList(() => WorkflowNodeBody, { maxItems: WORKFLOW_NODES_MAX, minItems: 1 }) nodes: WorkflowNodeBody[];
  @NestedList(() => WorkflowEdgeBody, { maxItems: WORKFLOW_EDGES_MAX }) edges: WorkflowEdgeBody[];
  @Text({ optional: true, max: 40, description: 'When it was exported (informative)' }) exported_at?: string;
  @TextList({
    optional: true,
    maxItems: 500,
    itemMax: 200,
    description: 'Secret fields left out (node.config.field): set them again after import',
  })
  secrets_removed?: string[];
}

export class ImportWorkflowRequest extends WorkflowExportDocument {
  @Uuid({ optional: true }) site_id?: string;
}

export class WorkflowTemplateView {
  @ApiProperty({ example: 'lead-follow-up' }) key: string;
  @ApiProperty() name: string;
  @ApiProperty() description: string;
  @ApiProperty({ enum: WORKFLOW_TRIGGER_TYPES }) trigger_type: WorkflowTriggerType;
  @ApiProperty({ type: [String], description: 'What instantiate needs (e.g. component_id for a form trigger)' })
  needs: string[];
  @ApiProperty({ type: [WorkflowNodeView] }) nodes: WorkflowNodeView[];
  @ApiProperty({ type: [WorkflowEdgeView] }) edges: WorkflowEdgeView[];
}
export const WorkflowTemplatePage = PageOf(WorkflowTemplateView);

export class ListWorkflowTemplatesRequest {}

export class InstantiateWorkflowTemplateBody {
  @Uuid({ optional: true }) site_id?: string;
  @Uuid({ optional: true, description: 'The form (or component) its trigger listens to' }) component_id?: string;
  @Text({ optional: true, min: 1, max: 200, trim: true }) name?: string;
  @HttpUrl({ optional: true, description: 'The Slack or Discord incoming webhook a notify step posts to' })
  notify_webhook_url?: string;
}

export class InstantiateWorkflowTemplateRequest extends InstantiateWorkflowTemplateBody {
  @Text({ max: 80, pattern: /^[a-z0-9-]+$/, patternMessage: 'must be a template key' }) template_key: string;
}

export class NodeTypeView {
  @ApiProperty() type: string;
  @ApiProperty({ enum: ['trigger', 'action', 'logic'] }) category: string;
  @ApiProperty() label: string;
  @ApiProperty() description: string;
  @ApiProperty({ type: [String], description: 'Outputs (a switch adds its cases)' }) outputs: string[];
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'JSON Schema of its config' })
  config_schema: Record<string, unknown>;
}
export class NodeTypeListView {
  @ApiProperty({ type: [NodeTypeView] }) items: NodeTypeView[];
}
export class ListNodeTypesRequest {}

// ---- commands ------------------------------------------------------------------------------------------------

export const CREATE_WORKFLOW = defineCommand({
  name: 'workflow-engine.workflow.create',
  service: 'workflow-engine',
  request: CreateWorkflowRequest,
  reply: WorkflowView,
  scope: 'workspace',
  mutation: true,
  description: 'Creates a workflow (inactive) from a graph or the seed shape; version 1.',
});

export const LIST_WORKFLOWS = defineCommand({
  name: 'workflow-engine.workflow.list',
  service: 'workflow-engine',
  request: ListWorkflowsQuery,
  reply: WorkflowPage,
  scope: 'workspace',
  mutation: false,
  description: "The workspace's workflows, newest first, filtered.",
});

export const GET_WORKFLOW = defineCommand({
  name: 'workflow-engine.workflow.get',
  service: 'workflow-engine',
  request: WorkflowIdRequest,
  reply: WorkflowView,
  scope: 'workspace',
  mutation: false,
  description: 'One workflow: its current version as a graph (and in the seed shape when linear).',
});

export const UPDATE_WORKFLOW = defineCommand({
  name: 'workflow-engine.workflow.update',
  service: 'workflow-engine',
  request: UpdateWorkflowRequest,
  reply: WorkflowView,
  scope: 'workspace',
  mutation: true,
  description: 'Changes name, settings or definition; a changed definition is a new version.',
});

export const DELETE_WORKFLOW = defineCommand({
  name: 'workflow-engine.workflow.delete',
  service: 'workflow-engine',
  request: WorkflowIdRequest,
  reply: 'none',
  scope: 'workspace',
  mutation: true,
  description: 'Deletes a workflow with its versions and executions (running ones are cancelled).',
});

export const ACTIVATE_WORKFLOW = defineCommand({
  name: 'workflow-engine.workflow.activate',
  service: 'workflow-engine',
  request: WorkflowIdRequest,
  reply: WorkflowView,
  scope: 'workspace',
  mutation: true,
  description: 'Its trigger starts executions from now on.',
});

export const DEACTIVATE_WORKFLOW = defineCommand({
  name: 'workflow-engine.workflow.deactivate',
  service: 'workflow-engine',
  request: WorkflowIdRequest,
  reply: WorkflowView,
  scope: 'workspace',
  mutation: true,
  description: 'No new executions; running ones finish.',
});

export const LIST_WORKFLOW_VERSIONS = defineCommand({
  name: 'workflow-engine.workflow-version.list',
  service: 'workflow-engine',
  request: ListWorkflowVersionsRequest,
  reply: WorkflowVersionPage,
  scope: 'workspace',
  mutation: false,
  description: "A workflow's versions, newest first.",
});

export const GET_WORKFLOW_VERSION = defineCommand({
  name: 'workflow-engine.workflow-version.get',
  service: 'workflow-engine',
  request: WorkflowVersionRequest,
  reply: WorkflowVersionView,
  scope: 'workspace',
  mutation: false,
  description: 'One version of a workflow.',
});

export const RESTORE_WORKFLOW_VERSION = defineCommand({
  name: 'workflow-engine.workflow-version.restore',
  service: 'workflow-engine',
  request: WorkflowVersionRequest,
  reply: WorkflowView,
  scope: 'workspace',
  mutation: true,
  description: 'Makes an old version current again, as a new version (history is never rewritten).',
});

export const EXPORT_WORKFLOW = defineCommand({
  name: 'workflow-engine.workflow.export',
  service: 'workflow-engine',
  request: WorkflowIdRequest,
  reply: WorkflowExportDocument,
  scope: 'workspace',
  mutation: false,
  description: 'The workflow as a JSON document, secrets left out.',
});

export const IMPORT_WORKFLOW = defineCommand({
  name: 'workflow-engine.workflow.import',
  service: 'workflow-engine',
  request: ImportWorkflowRequest,
  reply: WorkflowView,
  scope: 'workspace',
  mutation: true,
  description: 'A new (inactive) workflow from an export document.',
});

export const LIST_WORKFLOW_TEMPLATES = defineCommand({
  name: 'workflow-engine.workflow-template.list',
  service: 'workflow-engine',
  request: ListWorkflowTemplatesRequest,
  reply: WorkflowTemplatePage,
  scope: 'workspace',
  mutation: false,
  description: 'The built-in workflow templates.',
});

export const INSTANTIATE_WORKFLOW_TEMPLATE = defineCommand({
  name: 'workflow-engine.workflow-template.instantiate',
  service: 'workflow-engine',
  request: InstantiateWorkflowTemplateRequest,
  reply: WorkflowView,
  scope: 'workspace',
  mutation: true,
  description: 'A new (inactive) workflow from a built-in template, wired to a component.',
});

export const LIST_NODE_TYPES = defineCommand({
  name: 'workflow-engine.node-type.list',
  service: 'workflow-engine',
  request: ListNodeTypesRequest,
  reply: NodeTypeListView,
  scope: 'workspace',
  mutation: false,
  description: 'The node catalogue: types, outputs and config schemas.',
});
