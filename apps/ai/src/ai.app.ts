import { defineBackendService } from '@mab/runtime';
import { AiConfigModule } from './ai.config';
import { AiEnv } from './ai.env';
import { AnswersModule } from './answers/answers.module';
import { ComponentAnalysisModule } from './component-analysis/component-analysis.module';
import { EmailCopyModule } from './email-copy/email-copy.module';
import { GenerateWorkflowModule } from './generate-workflow/generate-workflow.module';
import { InsightsModule } from './insights/insights.module';
import { AI_MIGRATIONS } from './migrations';
import { RecommendationsModule } from './recommendations/recommendations.module';
import { SuggestionsModule } from './suggestions/suggestions.module';

/**
 * The ai service: workflow suggestions and generation, component analysis, email copy, workflow advice and
 * contact insights. Claude answers when ANTHROPIC_API_KEY is set; a built-in engine answers otherwise (and when
 * Claude fails), so the platform works offline.
 */
export const aiApp = defineBackendService({
  service: 'ai',
  envSchema: AiEnv,
  migrations: AI_MIGRATIONS,
  features: (env) => [
    AiConfigModule.forRoot(env),
    AnswersModule,
    SuggestionsModule,
    GenerateWorkflowModule,
    EmailCopyModule,
    ComponentAnalysisModule,
    RecommendationsModule,
    InsightsModule,
  ],
});
