import { Controller, Get, Header, Injectable, Module, type DynamicModule, type NestMiddleware } from '@nestjs/common';
import type { MiddlewareConsumer, NestModule } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { LoggerModule } from 'nestjs-pino';
import type { Logger } from 'pino';
import { nestPinoParams } from './logging';
import { MetricsService } from './metrics.service';
import { runWithContext, sanitizeCorrelationId } from './request-context';

@ApiTags('health')
@Controller()
class MetricsController {
  constructor(private readonly metrics: MetricsService) {}

  @Get('metrics')
  @ApiOperation({ summary: 'Prometheus metrics of this process' })
  @ApiProduces('text/plain')
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  async metricsText(): Promise<string> {
    return this.metrics.registry.metrics();
  }
}

/**
 * Puts every HTTP request into a request context (so its log lines and the messages it sends carry its correlation
 * id) and records request counts and durations by route template, not raw URL, to keep label cardinality bounded.
 */
@Injectable()
class HttpObservabilityMiddleware implements NestMiddleware {
  constructor(private readonly metrics: MetricsService) {}

  use(req: any, res: any, next: () => void): void {
    const correlationId = sanitizeCorrelationId(req.id ?? req.headers['x-correlation-id']);
    const stop = this.metrics.httpDuration.startTimer();
    res.on('finish', () => {
      const route = req.route?.path ? `${req.baseUrl ?? ''}${req.route.path}` : 'unmatched';
      const labels = { method: req.method, route, status: String(res.statusCode) };
      this.metrics.httpRequests.inc(labels);
      stop(labels);
    });
    runWithContext({ correlationId }, next);
  }
}

export interface ObservabilityOptions {
  service: string;
  instanceId: string;
  logger: Logger;
}

@Module({})
export class ObservabilityModule implements NestModule {
  static forRoot(options: ObservabilityOptions): DynamicModule {
    return {
      module: ObservabilityModule,
      global: true,
      imports: [LoggerModule.forRoot(nestPinoParams(options.logger))],
      controllers: [MetricsController],
      providers: [
        { provide: MetricsService, useValue: new MetricsService(options.service, options.instanceId) },
        HttpObservabilityMiddleware,
      ],
      exports: [MetricsService],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(HttpObservabilityMiddleware).forRoutes('{*splat}');
  }
}
