import { Injectable } from '@nestjs/common';
import type { AiEngine, AiEngineChoice } from '@mab/contracts';
import { ClaudeClient, ClaudeUnavailable } from '../claude/claude-client';
import { AnswerCache } from './answer-cache';

export interface EngineRun<T> {
  workspaceId: string;
  feature: string;
  choice: AiEngineChoice | undefined;
  /** What identifies the request once its inputs are read (the component's config, not only its id). */
  cacheInputs: unknown;
  /** Claude's answer, validated; throws ClaudeUnavailable when it failed or answered nothing usable. */
  claude: () => Promise<T>;
  /** The built-in engine's answer (it may throw a ServiceError, e.g. 422 for a sentence it does not understand). */
  builtIn: () => T | Promise<T>;
}

export interface EngineAnswer<T> {
  value: T;
  engine: AiEngine;
  cached: boolean;
  fallback_reason: string | null;
}

/**
 * The one path every AI feature takes: an identical request is answered from the cache; Claude answers when it
 * is configured and asked for (`auto` or `claude`), within the workspace's budget; the built-in engine answers
 * otherwise, and when Claude fails or says something invalid (the reply then says why). A budget or rate refusal
 * answers 429 only when Claude was asked for by name: `auto` quietly falls back.
 */
@Injectable()
export class TwoEngines {
  constructor(
    private readonly claude: ClaudeClient,
    private readonly cache: AnswerCache,
  ) {}

  async answer<T>(run: EngineRun<T>): Promise<EngineAnswer<T>> {
    const choice = run.choice ?? 'auto';
    const wantsClaude = choice !== 'built_in' && this.claude.configured;
    const key = this.cache.key(run.feature, { engine: wantsClaude ? 'claude' : 'built_in', inputs: run.cacheInputs });
    const hit = await this.cache.get<{ value: T; engine: AiEngine }>(run.workspaceId, key);
    if (hit) return { value: hit.value, engine: hit.engine, cached: true, fallback_reason: null };

    let fallback: string | null = null;
    if (wantsClaude) {
      try {
        const value = await run.claude();
        await this.cache.put(run.workspaceId, key, run.feature, { value, engine: 'claude' });
        return { value, engine: 'claude', cached: false, fallback_reason: null };
      } catch (err) {
        if (!(err instanceof ClaudeUnavailable)) throw err;
        if (err.refused && choice === 'claude') throw err.toServiceError();
        fallback = err.message;
      }
    } else if (choice === 'claude') {
      fallback = 'Claude is not configured (no ANTHROPIC_API_KEY): the built-in engine answered';
    }
    const value = await run.builtIn();
    // A fallback is not kept: the next identical request tries Claude again.
    if (!fallback) await this.cache.put(run.workspaceId, key, run.feature, { value, engine: 'built_in' });
    return { value, engine: 'built_in', cached: false, fallback_reason: fallback };
  }
}
