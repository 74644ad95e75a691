import { ServiceEnv } from '@mab/config';
import { IsInt, IsNumber, IsOptional, IsString, Matches, Max, Min } from 'class-validator';

/** Environment of the ai service (workflow suggestions and generation, copy, insights). */
export class AiEnv extends ServiceEnv {
  override PORT = 3004;

  /** Claude answers when set; without it the built-in engine answers everything (the platform works offline). */
  @IsOptional()
  @IsString()
  ANTHROPIC_API_KEY?: string;

  /** The Messages API's base URL: Anthropic's by default; a proxy or a test server otherwise. */
  @IsOptional()
  @Matches(/^https?:\/\/\S+$/, { message: 'ANTHROPIC_BASE_URL must be an http(s) URL' })
  ANTHROPIC_BASE_URL?: string;

  @IsString()
  ANTHROPIC_MODEL: string = 'claude-sonnet-4-6';

  /** Upper bound of one answer's length (tokens). */
  @IsInt()
  @Min(256)
  @Max(32_000)
  ANTHROPIC_MAX_TOKENS: number = 4096;

  /** One attempt's timeout. */
  @IsInt()
  @Min(1_000)
  @Max(120_000)
  ANTHROPIC_TIMEOUT_MS: number = 15_000;

  /** Retries of 429, 529 and 5xx answers (with the SDK's backoff, honouring retry-after). */
  @IsInt()
  @Min(0)
  @Max(5)
  ANTHROPIC_MAX_RETRIES: number = 2;

  /** Past this, Claude is given up and the built-in engine answers (the gateway waits AI_REQUEST_TIMEOUT_MS). */
  @IsInt()
  @Min(1_000)
  @Max(300_000)
  ANTHROPIC_DEADLINE_MS: number = 40_000;

  /** Prices for the usage ledger, US dollars per million tokens. */
  @IsNumber()
  @Min(0)
  ANTHROPIC_INPUT_USD_PER_MTOK: number = 3;

  @IsNumber()
  @Min(0)
  ANTHROPIC_OUTPUT_USD_PER_MTOK: number = 15;

  /** Tokens (input + output) one workspace may spend on Claude per calendar month (UTC). */
  @IsInt()
  @Min(0)
  AI_MONTHLY_TOKEN_BUDGET: number = 2_000_000;

  /** Claude calls one workspace may make per minute (the built-in engine is not limited). */
  @IsInt()
  @Min(1)
  @Max(10_000)
  AI_CLAUDE_CALLS_PER_MINUTE: number = 20;

  /** How long an identical request is answered from the cache. */
  @IsInt()
  @Min(0)
  @Max(30 * 24 * 3600)
  AI_CACHE_TTL_SECONDS: number = 3600;
}
