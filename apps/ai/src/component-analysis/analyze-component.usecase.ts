import { Injectable } from '@nestjs/common';
import type { AnalyzeComponentRequest, ComponentAnalysisView } from '@mab/contracts';
import { ContextReader } from '../context/context-reader';
import { SuggestWorkflowsUseCase } from '../suggestions/suggest-workflows.usecase';
import { analyzeComponent } from './analyze-component';

/** `POST /api/ai/analyze-component`: the analysis, and the workflows that fit (the suggestions' own engines). */
@Injectable()
export class AnalyzeComponentUseCase {
  constructor(
    private readonly context: ContextReader,
    private readonly suggest: SuggestWorkflowsUseCase,
  ) {}

  async execute(
    request: AnalyzeComponentRequest,
    who: { workspaceId: string; userId: string | null },
  ): Promise<ComponentAnalysisView> {
    const { component, site } = await this.context.component(request, who);
    const analysis = analyzeComponent(component, site);
    const goals = [...new Set([...site.goals, ...analysis.goals])];
    const suggestions = await this.suggest.suggestFor(component, { ...site, goals }, { limit: 3 }, who);
    return { ...analysis, workflows: suggestions.suggestions };
  }
}
