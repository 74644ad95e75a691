import { Module } from '@nestjs/common';
import { AnswersModule } from '../answers/answers.module';
import { ContextModule } from '../context/context.module';
import { SuggestionsHandlers } from './suggestions.handlers';
import { SuggestWorkflowsUseCase } from './suggest-workflows.usecase';

/** Workflow suggestions for a component (the seed's API). */
@Module({
  imports: [AnswersModule, ContextModule],
  providers: [SuggestWorkflowsUseCase, SuggestionsHandlers],
  exports: [SuggestWorkflowsUseCase],
})
export class SuggestionsModule {}
