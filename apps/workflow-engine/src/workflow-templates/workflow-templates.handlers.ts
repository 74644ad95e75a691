import { Injectable } from '@nestjs/common';
import {
  INSTANTIATE_WORKFLOW_TEMPLATE,
  LIST_WORKFLOW_TEMPLATES,
  ServiceError,
  type InstantiateWorkflowTemplateRequest,
  type ListWorkflowTemplatesRequest,
  type Page,
  type WorkflowTemplateView,
  type WorkflowView,
} from '@mab/contracts';
import { OnCommand, type CommandContext } from '@mab/messaging';
import { BUILT_IN_WORKFLOW_TEMPLATES, builtInWorkflowTemplate } from '@mab/workflow-definition';
import { SaveWorkflowUseCase } from '../workflows/usecases/save-workflow.usecase';
import { graphView } from '../workflows/workflow-view';

/** The built-in workflow templates: listed, and instantiated into an inactive workflow wired to a component. */
@Injectable()
export class WorkflowTemplatesHandlers {
  constructor(private readonly save: SaveWorkflowUseCase) {}

  @OnCommand(LIST_WORKFLOW_TEMPLATES)
  list(
    _request: ListWorkflowTemplatesRequest,
    _ctx: CommandContext<typeof LIST_WORKFLOW_TEMPLATES>,
  ): Page<WorkflowTemplateView> {
    const items = BUILT_IN_WORKFLOW_TEMPLATES.map((t) => ({
      key: t.key,
      name: t.name,
      description: t.description,
      trigger_type: t.triggerType,
      needs: [...t.needs],
      ...graphView(t.graph({})),
    }));
    return { items, total: items.length, next_cursor: null };
  }

  @OnCommand(INSTANTIATE_WORKFLOW_TEMPLATE)
  instantiate(
    request: InstantiateWorkflowTemplateRequest,
    ctx: CommandContext<typeof INSTANTIATE_WORKFLOW_TEMPLATE>,
  ): Promise<WorkflowView> {
    const template = builtInWorkflowTemplate(request.template_key);
    if (!template) throw ServiceError.notFound('workflow template', request.template_key);
    const given = { component_id: request.component_id, notify_webhook_url: request.notify_webhook_url };
    const missing = template.needs.filter((need) => !given[need]);
    if (missing.length) {
      throw ServiceError.validation(
        `template ${template.key} needs ${missing.join(' and ')}`,
        missing.map((field) => ({ field, constraints: ['is required by this template'] })),
      );
    }
    return this.save.create(ctx.manager, ctx.workspaceId, ctx.userId, {
      name: request.name ?? template.name,
      description: template.description,
      siteId: request.site_id ?? null,
      graph: template.graph({ componentId: request.component_id, notifyWebhookUrl: request.notify_webhook_url }),
      note: `from template ${template.key}`,
    });
  }
}
