import { Module } from '@nestjs/common';
import { AnswersModule } from '../answers/answers.module';
import { EmailCopyHandlers } from './email-copy.handlers';
import { GenerateEmailUseCase } from './generate-email.usecase';

/** Email copy variants for A/B tests. */
@Module({ imports: [AnswersModule], providers: [GenerateEmailUseCase, EmailCopyHandlers] })
export class EmailCopyModule {}
