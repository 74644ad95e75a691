import Anthropic from '@anthropic-ai/sdk';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { ServiceError } from '@mab/contracts';
import { AI_ENV } from '../ai.config';
import type { AiEnv } from '../ai.env';
import { AllowanceRefused, ClaudeUsage } from './claude-usage';

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
  /** When the request's Claude calls must be done by (see deadline()); default: ANTHROPIC_DEADLINE_MS from now. */
  deadlineAt?: number;
}

/** The person's material as data: fenced and labelled, so an instruction inside it reads as text, not as ours. */
export function dataBlock(label: string, value: unknown): string {
  // `<` and `>` as JSON escapes (still the same JSON): nothing inside can close the fence or open a tag.
  const json = JSON.stringify(value, null, 1).replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
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

  /** When a request's Claude calls must be done by (one deadline for a call and its repair). */
  deadline(): number {
    return Date.now() + this.env.ANTHROPIC_DEADLINE_MS;
  }

  /**
   * Asks and returns the tool's input (unvalidated: the caller validates whatever it says). The call is reserved
   * in the ledger first (the budget and the per-minute limit, see ClaudeUsage), at its estimated size: the prompt's
   * characters / 3 and the whole max_tokens.
   */
  async ask(ask: StructuredAsk): Promise<unknown> {
    if (!this.client) throw new ClaudeUnavailable('Claude is not configured (no ANTHROPIC_API_KEY)');
    const remaining = (ask.deadlineAt ?? this.deadline()) - Date.now();
    if (remaining < 1_000) throw new ClaudeUnavailable('no time left before the deadline');
    const estimate =
      Math.ceil((ask.system.length + ask.user.length + JSON.stringify(ask.tool).length) / 3) +
      this.env.ANTHROPIC_MAX_TOKENS;
    let reservation: string;
    try {
      reservation = await this.usage.reserve(ask.workspaceId, ask.feature, estimate);
    } catch (err) {
      if (err instanceof AllowanceRefused) throw new ClaudeUnavailable(err.message, true);
      throw err;
    }
    const started = Date.now();
    let settled = false;
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
        { signal: AbortSignal.timeout(remaining) },
      );
      await this.usage.settle(ask.workspaceId, reservation, {
        outcome: 'answered',
        inputTokens: message.usage?.input_tokens ?? 0,
        outputTokens: message.usage?.output_tokens ?? 0,
        durationMs: Date.now() - started,
      });
      settled = true;
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
      if (!settled) {
        await this.usage.settle(ask.workspaceId, reservation, {
          outcome: 'error',
          inputTokens: 0,
          outputTokens: 0,
          durationMs: Date.now() - started,
          error: reason,
        });
      }
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
