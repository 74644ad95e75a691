import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ClaudeModule } from '../claude/claude.module';
import { AnswerCacheEntity } from './answer-cache.entity';
import { AnswerCache } from './answer-cache';
import { TwoEngines } from './two-engines';

/** The cache of answers and the choice between Claude and the built-in engine, shared by every feature. */
@Module({
  imports: [TypeOrmModule.forFeature([AnswerCacheEntity]), ClaudeModule],
  providers: [AnswerCache, TwoEngines],
  exports: [TwoEngines, ClaudeModule],
})
export class AnswersModule {}
