import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';

/** Thrown at boot when the environment is wrong; the message names every bad variable and why. */
export class InvalidEnvironmentError extends Error {
  constructor(
    readonly service: string,
    readonly problems: string[],
  ) {
    super(
      `[${service}] invalid environment, refusing to start:\n` +
        problems.map((p) => `  - ${p}`).join('\n') +
        `\nSee .env.example for every variable and a default that works on a development machine.`,
    );
    this.name = 'InvalidEnvironmentError';
  }
}

/** `scheme://user:password@host` → `scheme://user:***@host`, for messages and logs. */
export function redactUrlCredentials(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]+@/, '//$1:***@');
}

/** Values of secrets never reach a log; URLs lose their password. */
function shown(name: string, value: unknown): string {
  if (/SECRET|PASSWORD|TOKEN|API_KEY|PRIVATE/i.test(name)) return '(value hidden)';
  const text = JSON.stringify(value);
  return `(got ${typeof value === 'string' ? redactUrlCredentials(text) : text})`;
}

function flatten(errors: ValidationError[]): string[] {
  return errors.flatMap((e) => [
    ...Object.values(e.constraints ?? {}).map((m) => `${e.property}: ${m} ${shown(e.property, e.value)}`),
    ...flatten(e.children ?? []),
  ]);
}

/**
 * Validates `env` against a class-validator schema and returns the typed, converted values.
 * Defaults live on the class's property initialisers, so an empty environment works on a developer machine.
 */
export function validateEnv<T extends object>(
  service: string,
  schema: new () => T,
  env: Record<string, string | undefined> = process.env,
): T {
  const defined = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const instance = plainToInstance(schema, defined, { enableImplicitConversion: true, exposeDefaultValues: true });
  const errors = validateSync(instance, { skipMissingProperties: false, whitelist: false });
  if (errors.length > 0) throw new InvalidEnvironmentError(service, flatten(errors));
  return instance;
}
