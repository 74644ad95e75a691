import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ClaudeCallEntity } from './claude-call.entity';
import { ClaudeClient } from './claude-client';
import { ClaudeUsage } from './claude-usage';
import { ClaudeUsageHandlers } from './claude-usage.handlers';

/** Claude through the official SDK, with its ledger, budget and per-minute limit. */
@Module({
  imports: [TypeOrmModule.forFeature([ClaudeCallEntity])],
  providers: [ClaudeClient, ClaudeUsage, ClaudeUsageHandlers],
  exports: [ClaudeClient],
})
export class ClaudeModule {}
