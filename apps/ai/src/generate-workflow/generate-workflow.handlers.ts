import { Injectable } from '@nestjs/common';
import { GENERATE_WORKFLOW, type GenerateWorkflowRequest, type GeneratedWorkflowView } from '@mab/contracts';
import { OnCommand, type CommandContext } from '@mab/messaging';
import { GenerateWorkflowUseCase } from './generate-workflow.usecase';

@Injectable()
export class GenerateWorkflowHandlers {
  constructor(private readonly generate: GenerateWorkflowUseCase) {}

  @OnCommand(GENERATE_WORKFLOW)
  run(request: GenerateWorkflowRequest, ctx: CommandContext<typeof GENERATE_WORKFLOW>): Promise<GeneratedWorkflowView> {
    return this.generate.execute(request, { workspaceId: ctx.workspaceId, userId: ctx.userId });
  }
}
