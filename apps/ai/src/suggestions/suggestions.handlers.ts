import { Injectable } from '@nestjs/common';
import { SUGGEST_WORKFLOWS, type SuggestWorkflowsRequest, type SuggestWorkflowsView } from '@mab/contracts';
import { OnCommand, type CommandContext } from '@mab/messaging';
import { SuggestWorkflowsUseCase } from './suggest-workflows.usecase';

@Injectable()
export class SuggestionsHandlers {
  constructor(private readonly suggest: SuggestWorkflowsUseCase) {}

  @OnCommand(SUGGEST_WORKFLOWS)
  run(request: SuggestWorkflowsRequest, ctx: CommandContext<typeof SUGGEST_WORKFLOWS>): Promise<SuggestWorkflowsView> {
    return this.suggest.execute(request, { workspaceId: ctx.workspaceId, userId: ctx.userId });
  }
}
