import { MinLength } from 'class-validator';
import { InvalidEnvironmentError, ServiceEnv, validateEnv } from '..';

describe('environment validation at boot', () => {
  it('works with an empty environment on a development machine', () => {
    const env = validateEnv('crm', ServiceEnv, {});
    expect(env.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/marketing_automation');
    expect(env.AMQP_URL).toBe('amqp://guest:guest@127.0.0.1:5672');
    expect(env.RETRY_DELAYS_MS).toEqual([1_000, 5_000, 30_000, 120_000, 600_000]);
    expect(env.MIGRATIONS_RUN).toBe(true);
  });

  it('converts numbers, booleans and lists', () => {
    const env = validateEnv('crm', ServiceEnv, { PORT: '4100', MIGRATIONS_RUN: 'false', RETRY_DELAYS_MS: '10, 20,40' });
    expect(env.PORT).toBe(4100);
    expect(env.MIGRATIONS_RUN).toBe(false);
    expect(env.RETRY_DELAYS_MS).toEqual([10, 20, 40]);
  });

  it('fails fast, naming every bad variable', () => {
    let error: unknown;
    try {
      validateEnv('crm', ServiceEnv, { DATABASE_URL: 'mysql://x', PORT: 'eighty', LOG_LEVEL: 'loud' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(InvalidEnvironmentError);
    const message = (error as Error).message;
    expect(message).toContain('[crm] invalid environment');
    for (const name of ['DATABASE_URL', 'PORT', 'LOG_LEVEL']) expect(message).toContain(name);
  });

  it('never prints a secret or a URL password', () => {
    class WithSecret extends ServiceEnv {
      @MinLength(32)
      JWT_SECRET = 'x'.repeat(32);
    }
    const message = (() => {
      try {
        validateEnv('gw', WithSecret, { JWT_SECRET: 'short-but-secret', DATABASE_URL: 'mysql://u:hunter2@db/x' });
        return '';
      } catch (err) {
        return (err as Error).message;
      }
    })();
    expect(message).toContain('JWT_SECRET');
    expect(message).not.toContain('short-but-secret');
    expect(message).not.toContain('hunter2');
  });
});
