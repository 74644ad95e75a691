import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength } from 'class-validator';

// Read the raw string (`obj[key]`): with implicit conversion on, `value` is already Boolean("false") === true.
type TransformArgs = { value: unknown; obj: Record<string, unknown>; key: string };
const raw = ({ value, obj, key }: TransformArgs) => (key in obj ? obj[key] : value);

const toBool = (args: TransformArgs) => {
  const v = raw(args);
  return typeof v === 'boolean' ? v : ['1', 'true', 'yes', 'on'].includes(String(v).trim().toLowerCase());
};

const toIntList = (args: TransformArgs) => {
  const v = raw(args);
  return Array.isArray(v)
    ? v.map(Number)
    : String(v)
        .split(',')
        .filter((x) => x.trim() !== '')
        .map((x) => Number(x.trim()));
};

/**
 * The variables every service reads. Service-specific schemas extend this class.
 * Every default works on a development machine with PostgreSQL, RabbitMQ and Redis on 127.0.0.1.
 */
export class ServiceEnv {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  /** HTTP port for health, readiness and metrics (and the public API on the gateway). */
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT: number = 3000;

  @IsString()
  HOST: string = '0.0.0.0';

  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL: string = 'postgres://postgres@127.0.0.1:5432/marketing_automation';

  /** Run pending migrations when the service starts (development); production runs them as a Job. */
  @Transform(toBool)
  @IsBoolean()
  MIGRATIONS_RUN: boolean = true;

  @Matches(/^amqps?:\/\/.+/, { message: 'AMQP_URL must be an amqp:// or amqps:// URL' })
  AMQP_URL: string = 'amqp://guest:guest@127.0.0.1:5672';

  /** Prefix of every exchange and queue name, so several platforms (or test runs) can share one broker. */
  @IsString()
  @Matches(/^[a-z0-9_.-]*$/, { message: 'AMQP_PREFIX may hold only a-z, 0-9, dot, dash and underscore' })
  AMQP_PREFIX: string = 'mab';

  @IsInt()
  @Min(1)
  @Max(1000)
  AMQP_PREFETCH: number = 20;

  /** Delays (ms) of the retry queues: attempt N waits the Nth value. Growing, e.g. 1s, 5s, 30s, 2m, 10m. */
  @Transform(toIntList)
  @IsInt({ each: true })
  @Min(10, { each: true })
  RETRY_DELAYS_MS: number[] = [1_000, 5_000, 30_000, 120_000, 600_000];

  /** Attempts (first delivery included) before a message goes to the dead-letter queue. */
  @IsInt()
  @Min(1)
  @Max(50)
  MAX_DELIVERY_ATTEMPTS: number = 6;

  /** How long the gateway waits for a service's reply before answering 504. */
  @IsInt()
  @Min(100)
  REQUEST_TIMEOUT_MS: number = 10_000;

  @IsInt()
  @Min(1)
  @Max(100)
  DB_POOL_SIZE: number = 10;

  @IsInt()
  @Min(10)
  OUTBOX_POLL_MS: number = 500;

  @IsInt()
  @Min(1)
  @Max(5000)
  OUTBOX_BATCH_SIZE: number = 200;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL: string = 'info';

  @IsOptional()
  @IsString()
  @MinLength(1)
  SERVICE_INSTANCE_ID?: string;
}
