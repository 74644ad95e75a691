import { Module } from '@nestjs/common';
import { AnswersModule } from '../answers/answers.module';
import { ContextModule } from '../context/context.module';
import { GenerateWorkflowHandlers } from './generate-workflow.handlers';
import { GenerateWorkflowUseCase } from './generate-workflow.usecase';

/** Text to workflow: the built-in grammar, else Claude. */
@Module({ imports: [AnswersModule, ContextModule], providers: [GenerateWorkflowUseCase, GenerateWorkflowHandlers] })
export class GenerateWorkflowModule {}
