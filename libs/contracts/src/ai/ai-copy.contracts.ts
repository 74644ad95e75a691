import { ApiProperty } from '@nestjs/swagger';
import { Int, OneOf, Text } from '../fields';
import { defineCommand } from '../registry';
import { AI_ENGINES, AI_ENGINE_CHOICES, type AiEngine, type AiEngineChoice } from './ai-workflows.contracts';

/** Email copy for an A/B test: subjects, preheaders and bodies with the crm's Liquid placeholders. */
export class GenerateEmailRequest {
  @Text({
    max: 200,
    example: 'welcome',
    description: 'welcome, follow_up, re_engagement, announcement, … or free text',
  })
  goal: string;
  @Text({ max: 200, example: 'new leads from our contact form' }) audience: string;
  @Text({ max: 60, example: 'friendly', description: 'friendly, professional, casual, enthusiastic, formal, …' })
  tone: string;
  @Text({ optional: true, max: 200, example: 'Acme Scheduler' }) product?: string;
  @Text({ optional: true, max: 200 }) company_name?: string;
  @Int({ optional: true, min: 1, max: 5, description: 'Distinct variants (default 3)' }) variants?: number;
  @OneOf(AI_ENGINE_CHOICES, { optional: true }) engine?: AiEngineChoice;
}

export class EmailCopyVariantView {
  @ApiProperty({ example: 'benefit', description: 'The idea this variant tests' }) angle: string;
  @ApiProperty({ example: 'Welcome aboard, {{ contact.first_name | default: "there" }}' }) subject: string;
  @ApiProperty() preheader: string;
  @ApiProperty({ description: 'HTML body (Liquid placeholders, as crm email templates take them)' }) html: string;
  @ApiProperty() text: string;
}

export class GeneratedEmailView {
  @ApiProperty({ description: 'The goal it was written for (the nearest known one to the request)' }) goal: string;
  @ApiProperty() tone: string;
  @ApiProperty({ type: EmailCopyVariantView, isArray: true }) variants: EmailCopyVariantView[];
  @ApiProperty({ type: String, isArray: true }) notes: string[];
  @ApiProperty({ enum: AI_ENGINES }) engine: AiEngine;
  @ApiProperty() cached: boolean;
  @ApiProperty({ type: String, nullable: true }) fallback_reason: string | null;
}

export const GENERATE_EMAIL = defineCommand({
  name: 'ai.email.generate',
  service: 'ai',
  request: GenerateEmailRequest,
  reply: GeneratedEmailView,
  scope: 'workspace',
  mutation: false,
  description: 'Email copy variants (subject, preheader, body) for a goal, audience and tone.',
});
