import { Module } from '@nestjs/common';
import { ContextModule } from '../context/context.module';
import { SuggestionsModule } from '../suggestions/suggestions.module';
import { AnalyzeComponentUseCase } from './analyze-component.usecase';
import { ComponentAnalysisHandlers } from './component-analysis.handlers';

/** Component analysis: what it collects, its goals, what it lacks, the workflows that fit. */
@Module({
  imports: [ContextModule, SuggestionsModule],
  providers: [AnalyzeComponentUseCase, ComponentAnalysisHandlers],
})
export class ComponentAnalysisModule {}
