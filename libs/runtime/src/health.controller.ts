import { Controller, Get, Inject, Optional } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  HealthCheck,
  HealthCheckService,
  TypeOrmHealthIndicator,
  type HealthIndicatorFunction,
} from '@nestjs/terminus';
import { BrokerHealthIndicator } from '@mab/messaging';

/** Extra readiness checks an app adds (the gateway asks every backend service over the broker). */
export const EXTRA_READINESS_CHECKS = Symbol('EXTRA_READINESS_CHECKS');

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly broker: BrokerHealthIndicator,
    @Optional() @Inject(EXTRA_READINESS_CHECKS) private readonly extra: HealthIndicatorFunction[] = [],
  ) {}

  /** Liveness: the process answers. Dependencies are readiness' business, so a broker blip restarts nothing. */
  @Get()
  @ApiOperation({ summary: 'Liveness: the process answers' })
  live() {
    return { status: 'ok' };
  }

  /** Readiness: the database answers and the broker connection is up. */
  @Get('ready')
  @ApiOperation({ summary: 'Readiness: database, broker (and on the gateway: every service over the broker)' })
  @HealthCheck()
  ready() {
    return this.health.check([
      () => this.db.pingCheck('database', { timeout: 2_000 }),
      () => this.broker.check('broker'),
      ...(this.extra ?? []),
    ]);
  }
}
