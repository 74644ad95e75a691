import { Module, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { json, raw, urlencoded } from 'express';
import helmet from 'helmet';
import { SENDGRID_WEBHOOK_MAX_BYTES, WORKFLOW_WEBHOOK_MAX_BYTES } from '@mab/contracts';
import { CORRELATION_HEADER, sanitizeCorrelationId } from '@mab/observability';
import { ServiceRuntimeModule, type ServiceDefinition } from '@mab/runtime';
import { ApiKeysModule } from './api-keys/api-keys.module';
import { AuthModule } from './auth/auth.module';
import { ComponentsModule } from './components/components.module';
import { CrmModule } from './crm/crm.module';
import { EmailLinksServer } from './crm/email-links-server';
import { assertProductionSafe, GatewayEnv } from './gateway.env';
import { GATEWAY_ENV } from './gateway.tokens';
import { backendReadinessChecks } from './health/backend-readiness';
import { AllExceptionsFilter } from './http/all-exceptions.filter';
import { RequireJsonMiddleware } from './http/content-type.middleware';
import { jsonSafetyMiddleware } from './http/json-safety.middleware';
import { createValidationPipe } from './http/validation';
import { AuthenticationGuard } from './identity/authentication.guard';
import { IdentityModule } from './identity/identity.module';
import { IngestionModule } from './ingestion/ingestion.module';
import { InvitationsModule } from './invitations/invitations.module';
import { MembersModule } from './members/members.module';
import { GATEWAY_MIGRATIONS } from './migrations';
import { serveOpenApi } from './openapi/openapi';
import { RateLimitGuard } from './rate-limit/rate-limit.guard';
import { RateLimitModule } from './rate-limit/rate-limit.module';
import { PublishedSiteServer } from './published-sites/published-site-server';
import { PublishedSitesModule } from './published-sites/published-sites.module';
import { LiveSocketGateway } from './realtime/live-socket.gateway';
import { RealtimeModule } from './realtime/realtime.module';
import { SitesModule } from './sites/sites.module';
import { SystemModule } from './system/system.module';
import { TemplatesModule } from './templates/templates.module';
import { WorkflowsModule } from './workflows/workflows.module';
import { AiModule } from './ai/ai.module';
import { AnalyticsModule } from './analytics/analytics.module';
import { WorkspacesModule } from './workspaces/workspaces.module';

/** TRUST_PROXY as Express reads it: false, a hop count, or a list of trusted addresses. */
export function trustProxySetting(value: string): boolean | number | string[] {
  if (value === 'false' || value === '0') return false;
  if (/^\d+$/.test(value)) return Number(value);
  return value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
}

/** CORS: the configured dashboard origins for the API; any origin (no credentials) for public ingestion. */
function corsOptions(env: GatewayEnv) {
  const allowed = env.CORS_ORIGINS.split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  return (req: { url?: string }, callback: (err: Error | null, options: object) => void) => {
    if (req.url?.startsWith('/api/public/'))
      return callback(null, { origin: true, credentials: false, methods: ['POST'] });
    callback(null, {
      origin: allowed.includes('*') ? true : allowed,
      credentials: !allowed.includes('*'),
      exposedHeaders: ['X-Correlation-Id', 'RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset', 'Retry-After'],
    });
  };
}

/** The feature modules of the public API, one per resource (`<feature>/<feature>.module.ts`). */
const FEATURES = [
  AuthModule,
  ApiKeysModule,
  WorkspacesModule,
  MembersModule,
  InvitationsModule,
  IngestionModule,
  RealtimeModule,
  SystemModule,
  TemplatesModule,
  SitesModule,
  ComponentsModule,
  PublishedSitesModule,
  CrmModule,
  WorkflowsModule,
  AiModule,
  AnalyticsModule,
];

/** The gateway: the only public HTTP surface; identity lives here, everything else is routed to services. */
export const gatewayApp: ServiceDefinition<GatewayEnv> = {
  service: 'gateway',
  envSchema: GatewayEnv,
  migrations: GATEWAY_MIGRATIONS,
  createModule(env, { instanceId, logger }) {
    assertProductionSafe(env);

    @Module({
      imports: [
        ServiceRuntimeModule.forService({
          service: 'gateway',
          env,
          instanceId,
          logger,
          migrations: GATEWAY_MIGRATIONS,
          providers: [backendReadinessChecks(env.READINESS_PING_TIMEOUT_MS), { provide: GATEWAY_ENV, useValue: env }],
        }),
        IdentityModule.forRoot(env),
        RateLimitModule.forRoot(env),
        ...FEATURES,
      ],
      providers: [
        // Order matters: authenticate first, so the rate limit can count per user or API key.
        { provide: APP_GUARD, useExisting: AuthenticationGuard },
        { provide: APP_GUARD, useClass: RateLimitGuard },
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
        { provide: APP_PIPE, useFactory: createValidationPipe },
      ],
    })
    class GatewayAppModule implements NestModule {
      configure(consumer: MiddlewareConsumer): void {
        consumer.apply(RequireJsonMiddleware).forRoutes('{*splat}');
      }
    }
    return { module: GatewayAppModule };
  },
  configure(app, env) {
    const express = app as NestExpressApplication;
    express.set('trust proxy', trustProxySetting(env.TRUST_PROXY));
    // First of all: a correlation id, so even a request that fails in the body parser answers with one.
    app.use(
      (req: { headers: Record<string, unknown> }, res: { setHeader(n: string, v: string): void }, next: () => void) => {
        const id = sanitizeCorrelationId(req.headers[CORRELATION_HEADER]);
        req.headers[CORRELATION_HEADER] = id;
        res.setHeader(CORRELATION_HEADER, id);
        next();
      },
    );
    // The Swagger UI needs inline scripts and styles; everything else gets helmet's strict defaults.
    app.use(
      helmet({
        contentSecurityPolicy: {
          directives: { 'script-src': ["'self'", "'unsafe-inline'"], 'style-src': ["'self'", "'unsafe-inline'"] },
        },
      }),
    );

    express.disable('x-powered-by');
    // Published sites, before the API's parsers and guards: a page view is a cached lookup, nothing more.
    const published = app.get(PublishedSiteServer);
    app.use(published.byHost);
    app.use('/s', published.byPath);
    // Links inside emails: public, and the one-click unsubscribe is a form POST (RFC 8058), not JSON.
    const emailLinks = app.get(EmailLinksServer);
    app.use('/api/public/email/open', emailLinks.open);
    app.use('/api/public/email/click', emailLinks.click);
    app.use('/api/public/email/unsubscribe', urlencoded({ extended: false, limit: 1024 }), emailLinks.unsubscribe);
    // SendGrid's Event Webhook is signed over its exact bytes: read raw here, so the JSON parser below finds the
    // body already read and never re-shapes it.
    app.use('/api/public/email/sendgrid-events', raw({ type: () => true, limit: SENDGRID_WEBHOOK_MAX_BYTES }));
    // Workflow webhooks: the engine may check an HMAC over the exact bytes.
    app.use('/api/public/webhooks', raw({ type: () => true, limit: WORKFLOW_WEBHOOK_MAX_BYTES }));
    // Published sites get a small body limit, whatever Content-Length says (chunked bodies included). Registered
    // first, so the general parser below finds these bodies already read.
    app.use(
      '/api/public',
      json({ limit: env.PUBLIC_BODY_LIMIT_BYTES, strict: true, type: ['application/json', 'application/*+json'] }),
    );
    app.use(
      '/api/sites/import',
      json({ limit: env.SITE_IMPORT_BODY_LIMIT_BYTES, strict: true, type: ['application/json', 'application/*+json'] }),
    );
    express.useBodyParser('json', {
      limit: env.BODY_LIMIT_BYTES,
      strict: true,
      type: ['application/json', 'application/*+json'],
    });
    express.useBodyParser('urlencoded', { limit: env.BODY_LIMIT_BYTES, extended: false });
    app.enableCors(corsOptions(env));
    app.use(jsonSafetyMiddleware); // after the body parsers (and CORS, so a public 400 is readable): http/json-safety.ts
    serveOpenApi(app, env);
    LiveSocketGateway.useAdapter(app);
  },
};
