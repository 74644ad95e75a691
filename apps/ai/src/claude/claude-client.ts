import Anthropic from '@anthropic-ai/sdk';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { ServiceError } from '@mab/contracts';
import { AI_ENV } from '../ai.config';
import type { AiEnv } from '../ai.env';
import { ClaudeUsage } from './claude-usage';

/** Why Claude gave no usable answer; the built-in engine answers instead, and the reply says why. */
export class ClaudeUnavailable extends Error {
  constructor(
    message: string,
    /** Budget or rate limit: with the engine asked for explicitly, the caller answers 429. */
    readonly refused = false,
  ) {
    super(message);
    this.name = 'ClaudeUnavailable';
  }

  toServiceError(): ServiceError {
    return new ServiceError(429, 'ai_budget_exhausted', this.message);
  }
}

export interface ClaudeTool {
  name: string;
  description: string;
  input_schema: Record<string, unknown>;
}

export interface StructuredAsk {
  workspaceId: string;
  feature: string;
  /** The instructions (ours). */
  system: string;
  /** What the person asked and the data around it, fenced as data (see dataBlock). */
  user: string;
  /** The one tool Claude must answer with: its input schema is the shape of the answer. */
  tool: ClaudeTool;
}

/** The person's material as data: fenced and labelled, so an instruction inside it reads as text, not as ours. */
export function dataBlock(label: string, value: unknown): string {
  const json = JSON.stringify(value, null, 1).replace(/<\/?data[^>]*>/gi, '');
  return `<data name="${label}">\n${json}\n</data>`;
}

/**
 * Claude through the official SDK, for structured answers: every call forces one tool whose JSON schema is the
 * answer's shape, with bounded max_tokens, a timeout per attempt, the SDK's retries of 429/529/5xx (with backoff,
 * honouring retry-after) and an overall deadline. Each workspace has a monthly token budget and a per-minute call
 * limit, checked before the call; every call's tokens and cost go to the ledger.
 */
@Injectable()
export class ClaudeClient {
  private readonly logger = new Logger(ClaudeClient.name);
  private readonly client: Anthropic | null;

  constructor(
    @Inject(AI_ENV) private readonly env: AiEnv,
    private readonly usage: ClaudeUsage,
  ) {
    this.client = env.ANTHROPIC_API_KEY
      ? new Anthropic({
          apiKey: env.ANTHROPIC_API_KEY,
          ...(env.ANTHROPIC_BASE_URL ? { baseURL: env.ANTHROPIC_BASE_URL } : {}),
          timeout: env.ANTHROPIC_TIMEOUT_MS,
          maxRetries: env.ANTHROPIC_MAX_RETRIES,
        })
      : null;
  }

  get configured(): boolean {
    return this.client !== null;
  }

  /** Refuses (ClaudeUnavailable, refused) when the workspace's budget or per-minute limit is spent. */
  async checkAllowance(workspaceId: string): Promise<void> {
    const month = await this.usage.thisMonth(workspaceId);
    const spent = month.inputTokens + month.outputTokens;
    if (spent >= this.env.AI_MONTHLY_TOKEN_BUDGET) {
      throw new ClaudeUnavailable(
        `the workspace has used its monthly Claude budget (${spent} of ${this.env.AI_MONTHLY_TOKEN_BUDGET} tokens in ${month.month}); the built-in engine still answers`,
        true,
      );
    }
    if ((await this.usage.lastMinute(workspaceId)) >= this.env.AI_CLAUDE_CALLS_PER_MINUTE) {
      throw new ClaudeUnavailable(
        `the workspace made ${this.env.AI_CLAUDE_CALLS_PER_MINUTE} Claude calls in the last minute; try again shortly (the built-in engine still answers)`,
        true,
      );
    }
  }

  /** Asks and returns the tool's input (unvalidated: the caller validates whatever it says). */
  async ask(ask: StructuredAsk): Promise<unknown> {
    if (!this.client) throw new ClaudeUnavailable('Claude is not configured (no ANTHROPIC_API_KEY)');
    await this.checkAllowance(ask.workspaceId);
    const started = Date.now();
    try {
      const message = await this.client.messages.create(
        {
          model: this.env.ANTHROPIC_MODEL,
          max_tokens: this.env.ANTHROPIC_MAX_TOKENS,
          system: ask.system,
          messages: [{ role: 'user', content: ask.user }],
          tools: [ask.tool as Anthropic.Tool],
          tool_choice: { type: 'tool', name: ask.tool.name },
        },
        { signal: AbortSignal.timeout(this.env.ANTHROPIC_DEADLINE_MS) },
      );
      await this.usage.record(ask.workspaceId, {
        feature: ask.feature,
        outcome: 'answered',
        inputTokens: message.usage?.input_tokens ?? 0,
        outputTokens: message.usage?.output_tokens ?? 0,
        durationMs: Date.now() - started,
      });
      const block = message.content.find((c) => c.type === 'tool_use' && c.name === ask.tool.name);
      if (!block || block.type !== 'tool_use') {
        throw new ClaudeUnavailable(`Claude answered without the ${ask.tool.name} tool (stop: ${message.stop_reason})`);
      }
      if (message.stop_reason === 'max_tokens') throw new ClaudeUnavailable('Claude ran out of tokens mid-answer');
      return block.input;
    } catch (err) {
      if (err instanceof ClaudeUnavailable) throw err;
      const reason = describe(err);
      this.logger.warn(`Claude ${ask.feature} failed: ${reason}`);
      await this.usage.record(ask.workspaceId, {
        feature: ask.feature,
        outcome: 'error',
        inputTokens: 0,
        outputTokens: 0,
        durationMs: Date.now() - started,
        error: reason,
      });
      throw new ClaudeUnavailable(`Claude failed: ${reason}`);
    }
  }
}

function describe(err: unknown): string {
  if (err instanceof Anthropic.APIError && err.status) {
    const type = (err.error as { error?: { type?: string } } | undefined)?.error?.type;
    return `HTTP ${err.status}${type ? ` ${type}` : ''}`;
  }
  if (err instanceof Anthropic.APIConnectionTimeoutError) return 'timed out';
  if (err instanceof Anthropic.APIUserAbortError || (err as Error)?.name === 'TimeoutError') return 'deadline passed';
  if (err instanceof Anthropic.APIConnectionError) return 'connection failed';
  return (err as Error)?.message?.slice(0, 200) ?? 'unknown error';
}
