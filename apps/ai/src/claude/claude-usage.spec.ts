import { randomUUID } from 'node:crypto';
import {
  createTestBrokerNamespace,
  createTestDatabase,
  startTestService,
  testEnv,
  TEST_RETRY_DELAYS_MS,
} from '@mab/testing';
import { aiApp } from '../ai.app';
import { AllowanceRefused, ClaudeUsage } from './claude-usage';

describe('the Claude ledger: budget and per-minute limit', () => {
  it('lets no more parallel calls through than the limit and the budget allow, and settles each one', async () => {
    const db = await createTestDatabase('ai-usage');
    const broker = createTestBrokerNamespace('ai-usage');
    const env = testEnv(aiApp.envSchema, 'ai', {
      databaseUrl: db.url,
      prefix: broker.prefix,
      AI_CLAUDE_CALLS_PER_MINUTE: '5',
      AI_MONTHLY_TOKEN_BUDGET: '10000',
    });
    const { app } = await startTestService(aiApp, env);
    try {
      const usage = app.get(ClaudeUsage);
      const workspace = randomUUID();
      // Twenty at once: the per-minute limit admits five, whatever the interleaving.
      const attempts = await Promise.allSettled(
        Array.from({ length: 20 }, () => usage.reserve(workspace, 'suggest_workflows', 100)),
      );
      const admitted = attempts.filter((a) => a.status === 'fulfilled') as PromiseFulfilledResult<string>[];
      expect(admitted).toHaveLength(5);
      expect(attempts.filter((a) => a.status === 'rejected').every((a) => a.reason instanceof AllowanceRefused)).toBe(
        true,
      );
      // Settled at what they really cost; pending reservations count at their reserved size meanwhile.
      for (const [i, a] of admitted.entries()) {
        await usage.settle(workspace, a.value, {
          outcome: 'answered',
          inputTokens: 1000 * i,
          outputTokens: 10,
          durationMs: 5,
        });
      }
      const month = await usage.thisMonth(workspace);
      expect(month).toMatchObject({ calls: 5, inputTokens: 10_000, outputTokens: 50 });
      expect(month.costUsd).toBeGreaterThan(0);

      // Another workspace has its own allowance; this one's budget is now spent (10,050 of 10,000 tokens).
      const other = randomUUID();
      await expect(usage.reserve(other, 'generate_email', 9_000)).resolves.toEqual(expect.any(String));
      await expect(usage.reserve(other, 'generate_email', 2_000)).rejects.toThrow(/monthly Claude budget/);
      await db.query(
        `UPDATE ai.claude_calls SET "created_at" = now() - interval '2 minutes' WHERE "workspace_id" = $1`,
        [workspace],
      );
      await expect(usage.reserve(workspace, 'suggest_workflows', 1)).rejects.toThrow(/monthly Claude budget/);
    } finally {
      await app.close();
      await broker.cleanup(TEST_RETRY_DELAYS_MS);
      await db.drop();
    }
  }, 60_000);
});
