import { Inject, Injectable } from '@nestjs/common';
import { AI_USAGE, type AiUsageRequest, type AiUsageView } from '@mab/contracts';
import { OnCommand, type CommandContext } from '@mab/messaging';
import { AI_ENV } from '../ai.config';
import type { AiEnv } from '../ai.env';
import { ClaudeClient } from './claude-client';
import { ClaudeUsage } from './claude-usage';

/** `ai.usage.get`: this month's Claude spend of the workspace against its budget. */
@Injectable()
export class ClaudeUsageHandlers {
  constructor(
    private readonly usage: ClaudeUsage,
    private readonly claude: ClaudeClient,
    @Inject(AI_ENV) private readonly env: AiEnv,
  ) {}

  @OnCommand(AI_USAGE)
  async get(_: AiUsageRequest, ctx: CommandContext<typeof AI_USAGE>): Promise<AiUsageView> {
    const month = await this.usage.thisMonth(ctx.workspaceId);
    const spent = month.inputTokens + month.outputTokens;
    return {
      month: month.month,
      claude_configured: this.claude.configured,
      claude_calls: month.calls,
      input_tokens: month.inputTokens,
      output_tokens: month.outputTokens,
      cost_usd: month.costUsd,
      budget_tokens: this.env.AI_MONTHLY_TOKEN_BUDGET,
      remaining_tokens: Math.max(0, this.env.AI_MONTHLY_TOKEN_BUDGET - spent),
    };
  }
}
