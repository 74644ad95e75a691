import { Injectable } from '@nestjs/common';
import { ANALYZE_COMPONENT, type AnalyzeComponentRequest, type ComponentAnalysisView } from '@mab/contracts';
import { OnCommand, type CommandContext } from '@mab/messaging';
import { AnalyzeComponentUseCase } from './analyze-component.usecase';

@Injectable()
export class ComponentAnalysisHandlers {
  constructor(private readonly analyze: AnalyzeComponentUseCase) {}

  @OnCommand(ANALYZE_COMPONENT)
  run(request: AnalyzeComponentRequest, ctx: CommandContext<typeof ANALYZE_COMPONENT>): Promise<ComponentAnalysisView> {
    return this.analyze.execute(request, { workspaceId: ctx.workspaceId, userId: ctx.userId });
  }
}
