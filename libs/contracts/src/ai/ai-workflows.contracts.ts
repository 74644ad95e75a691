import { ApiProperty } from '@nestjs/swagger';
import { Email, HttpUrl, Int, JsonObject, Nested, OneOf, Text, TextList, Uuid } from '../fields';
import { defineCommand } from '../registry';

/**
 * The ai service's workflow help: suggestions for a component (the seed's API), text to workflow, and component
 * analysis. Two engines answer behind one interface: Claude when the service has an API key, and a built-in
 * engine (rules and scoring over a catalogue of recipes) when it has none or Claude fails. Whatever an engine
 * says is validated with the workflow definition library before it is returned.
 */
export const AI_ENGINES = ['claude', 'built_in'] as const;
export type AiEngine = (typeof AI_ENGINES)[number];
/** `auto` (default): Claude when configured and within budget, else the built-in engine. */
export const AI_ENGINE_CHOICES = ['auto', 'claude', 'built_in'] as const;
export type AiEngineChoice = (typeof AI_ENGINE_CHOICES)[number];

export class SiteContextBody {
  @Text({ optional: true, max: 60, example: 'professional_services', description: 'A template category or free text' })
  industry?: string;

  @TextList({ optional: true, maxItems: 10, itemMax: 60, example: ['lead_generation', 'client_acquisition'] })
  goals?: string[];

  @Email({ optional: true, description: "Where team notifications go by email (default: the site's contact email)" })
  team_email?: string;
}

export class SuggestWorkflowsRequest {
  @Uuid({ optional: true, description: 'A component of yours: its type, config and site are read from it' })
  component_id?: string;

  @Text({ optional: true, max: 60, example: 'contact_form', description: 'Required without component_id' })
  component_type?: string;

  @JsonObject({
    optional: true,
    example: { fields: ['name', 'email', 'message'], submit_text: 'Get In Touch' },
    description: 'The component config (its fields as names or as {name, type, label, required, options})',
  })
  component_config?: Record<string, unknown>;

  @Nested(() => SiteContextBody, { optional: true }) site_context?: SiteContextBody;

  @Int({ optional: true, min: 1, max: 10, description: 'At most this many suggestions (default 5)' }) limit?: number;

  @OneOf(AI_ENGINE_CHOICES, { optional: true }) engine?: AiEngineChoice;
}

export class SuggestedWorkflowView {
  @ApiProperty({ type: 'object', additionalProperties: true, example: { type: 'form_submission' } })
  trigger: Record<string, unknown>;
  @ApiProperty({ type: 'object', isArray: true, additionalProperties: true }) actions: Record<string, unknown>[];
}

export class WorkflowSuggestionView {
  @ApiProperty({ example: 'Professional Services Lead Follow-up' }) name: string;
  @ApiProperty({ example: 'Send a welcome email, add to CRM, notify the team' }) description: string;
  @ApiProperty({ minimum: 0, maximum: 1, example: 0.92, description: 'How well it fits the component and site' })
  confidence: number;
  @ApiProperty({ type: SuggestedWorkflowView, description: 'Post it with a name to POST /api/workflows as is' })
  workflow_template: SuggestedWorkflowView;
  @ApiProperty({ type: String, isArray: true, description: 'What the confidence rests on' }) reasons: string[];
  @ApiProperty({ enum: AI_ENGINES }) engine: AiEngine;
}

export class SuggestWorkflowsView {
  @ApiProperty({ type: WorkflowSuggestionView, isArray: true, description: 'Best first' })
  suggestions: WorkflowSuggestionView[];
  @ApiProperty({ enum: AI_ENGINES, description: 'Which engine answered' }) engine: AiEngine;
  @ApiProperty({ description: 'Answered from the cache (an identical request within its TTL)' }) cached: boolean;
  @ApiProperty({ type: String, nullable: true, description: 'Why Claude did not answer, when it was asked' })
  fallback_reason: string | null;
}

export class GenerateWorkflowRequest {
  @Text({
    max: 2000,
    min: 3,
    multiline: true,
    example:
      'When someone books a table, email them a confirmation, and if the party is bigger than 8 notify the manager on Slack',
  })
  prompt: string;

  @Uuid({ optional: true }) site_id?: string;
  @Uuid({ optional: true, description: 'The component a form or click trigger listens to' }) component_id?: string;

  @HttpUrl({ optional: true, description: 'Used by Slack notifications (kept as a secret of the workflow)' })
  slack_webhook_url?: string;
  @HttpUrl({ optional: true }) discord_webhook_url?: string;
  @Email({ optional: true, description: 'Where "notify the team by email" goes' }) team_email?: string;

  @OneOf(AI_ENGINE_CHOICES, { optional: true }) engine?: AiEngineChoice;
}

export class MissingInputView {
  @ApiProperty() node: string;
  @ApiProperty() field: string;
  @ApiProperty() message: string;
}

export class GeneratedWorkflowView {
  @ApiProperty({ description: 'A graph for POST /api/workflows (nodes and edges), named' })
  workflow: { name: string; nodes: object[]; edges: object[] };
  @ApiProperty({ description: 'What the workflow does, in plain language' }) summary: string;
  @ApiProperty({
    type: MissingInputView,
    isArray: true,
    description: 'What the prompt could not give (a Slack URL, the form): fill these in before activating',
  })
  missing: MissingInputView[];
  @ApiProperty({ enum: AI_ENGINES }) engine: AiEngine;
  @ApiProperty() cached: boolean;
  @ApiProperty({ type: String, nullable: true }) fallback_reason: string | null;
}

export class AnalyzeComponentRequest {
  @Uuid({ optional: true }) component_id?: string;
  @Text({ optional: true, max: 60 }) component_type?: string;
  @JsonObject({ optional: true }) component_config?: Record<string, unknown>;
  @Nested(() => SiteContextBody, { optional: true }) site_context?: SiteContextBody;
}

export const ANALYSIS_SEVERITIES = ['info', 'warning', 'problem'] as const;
export type AnalysisSeverity = (typeof ANALYSIS_SEVERITIES)[number];

export class CollectedFieldView {
  @ApiProperty() name: string;
  @ApiProperty({ description: 'email, phone, date, number, choice, consent, message, name, text' }) kind: string;
  @ApiProperty() required: boolean;
}

export class ComponentFindingView {
  @ApiProperty({ example: 'no_consent' }) code: string;
  @ApiProperty({ enum: ANALYSIS_SEVERITIES }) severity: AnalysisSeverity;
  @ApiProperty() message: string;
}

export class ComponentAnalysisView {
  @ApiProperty() component_type: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) component_id: string | null;
  @ApiProperty({ description: 'What it is for, in a sentence' }) purpose: string;
  @ApiProperty({ type: CollectedFieldView, isArray: true }) collects: CollectedFieldView[];
  @ApiProperty({ type: String, isArray: true, example: ['lead_generation'] }) goals: string[];
  @ApiProperty({ type: ComponentFindingView, isArray: true, description: 'What is missing or could be better' })
  findings: ComponentFindingView[];
  @ApiProperty({ type: WorkflowSuggestionView, isArray: true }) workflows: WorkflowSuggestionView[];
}

export const SUGGEST_WORKFLOWS = defineCommand({
  name: 'ai.workflows.suggest',
  service: 'ai',
  request: SuggestWorkflowsRequest,
  reply: SuggestWorkflowsView,
  scope: 'workspace',
  mutation: false,
  description: 'Workflow suggestions for a component, ranked by confidence, each valid and wired to the component.',
});

export const GENERATE_WORKFLOW = defineCommand({
  name: 'ai.workflows.generate',
  service: 'ai',
  request: GenerateWorkflowRequest,
  reply: GeneratedWorkflowView,
  scope: 'workspace',
  mutation: false,
  description: 'A workflow graph from a sentence, with a plain-language summary (422 naming what was not understood).',
});

export const ANALYZE_COMPONENT = defineCommand({
  name: 'ai.component.analyze',
  service: 'ai',
  request: AnalyzeComponentRequest,
  reply: ComponentAnalysisView,
  scope: 'workspace',
  mutation: false,
  description: 'What a component collects, the goals it serves, what it lacks, and the workflows that fit.',
});
