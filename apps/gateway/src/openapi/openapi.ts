import type { INestApplication } from '@nestjs/common';
import { ApiProperty, DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { PAGE_LIMIT_MAX, PAGE_OFFSET_MAX } from '@mab/contracts';
import type { GatewayEnv } from '../gateway.env';
import { MAX_JSON_DEPTH } from '../http/json-safety';

/** The one error body, as the document shows it on every operation. */
export class ApiErrorView {
  @ApiProperty({ type: 'integer', example: 400 }) status_code: number;
  @ApiProperty({ example: 'Bad Request' }) error: string;
  @ApiProperty({ example: 'validation_failed' }) code: string;
  @ApiProperty({ example: 'request validation failed: name' }) message: string;
  @ApiProperty({
    type: 'array',
    items: { type: 'object', additionalProperties: true },
    example: [{ field: 'name', constraints: ['name must be at most 120 characters'] }],
  })
  details: unknown[];
}

/** What any operation may answer besides its own success, with the codes a client can act on. */
const COMMON_ERRORS: [number, string][] = [
  [400, 'validation_failed (details name each field), malformed_json, json_too_deep, invalid_cursor'],
  [401, 'unauthorized, invalid_token, token_expired, invalid_api_key'],
  [403, 'insufficient_role, forbidden'],
  [404, "not_found: also what another workspace's resource answers"],
  [409, 'conflict and its specific codes (slug_taken, email_taken, already_member, last_owner)'],
  [413, 'payload_too_large'],
  [415, 'unsupported_media_type: send JSON'],
  [429, 'rate_limited, too_many_failed_logins; wait Retry-After seconds'],
  [503, 'service_unavailable: a service, the broker or a database is away; retry after Retry-After seconds'],
  [504, 'gateway_timeout: a service did not answer in time'],
];

export function buildOpenApiDocument(app: INestApplication, env: GatewayEnv): OpenAPIObject {
  const builder = new DocumentBuilder()
    .setTitle('Marketing-automation platform API')
    .setDescription(
      [
        'The public HTTP API of the gateway. JSON bodies use snake_case. Lists answer {items, total, next_cursor}.',
        'Errors answer {status_code, error, code, message, details}. Authenticate with a Bearer access token',
        '(POST /api/auth/login) or an X-API-Key header; a resource of another workspace answers 404.',
        '',
        `Limits: JSON bodies up to ${env.BODY_LIMIT_BYTES} bytes (public events ${env.PUBLIC_BODY_LIMIT_BYTES}),`,
        `nested at most ${MAX_JSON_DEPTH} levels; no string or key may hold a NUL or an unpaired UTF-16 surrogate, and`,
        'text fields refuse control characters other than tab and line feed (multi-line fields also take carriage',
        'returns); `__proto__`, `constructor` and `prototype` keys are refused. Every field states its own limits below.',
        `Lists take limit 1-${PAGE_LIMIT_MAX} (default 50), offset up to ${PAGE_OFFSET_MAX}, or the cursor of the previous`,
        `page. Rate limits: ${env.API_RATE_LIMIT} requests per user or key, ${env.AUTH_RATE_LIMIT} auth calls per IP`,
        `(all auth routes together) and ${env.LOGIN_FAILURE_LIMIT} failed sign-ins per account, per window`,
        `(${env.RATE_LIMIT_WINDOW_SECONDS} s; ${env.LOGIN_FAILURE_WINDOW_SECONDS} s for sign-ins).`,
        '',
        'Published sites (not part of this JSON API) are served as HTML at GET /s/{public slug or site id}/{page}',
        "and at the root of a site's claimed custom domain (by the Host header), with ETag, Cache-Control and the",
        "page's own Content-Security-Policy; their pages post visitor events to POST /api/public/sites/{site_id}/events.",
      ].join(' '),
    )
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
    .addApiKey({ type: 'apiKey', in: 'header', name: 'X-API-Key' }, 'api_key');
  builder.addGlobalResponse(
    ...COMMON_ERRORS.map(([status, description]) => ({ status, description, type: ApiErrorView })),
  );
  return SwaggerModule.createDocument(app, builder.build(), { extraModels: [ApiErrorView] });
}

/** Swagger UI at /docs, the document at /docs/openapi.json. */
export function serveOpenApi(app: INestApplication, env: GatewayEnv): OpenAPIObject {
  const document = buildOpenApiDocument(app, env);
  SwaggerModule.setup('docs', app, document, {
    jsonDocumentUrl: 'docs/openapi.json',
    yamlDocumentUrl: 'docs/openapi.yaml',
  });
  return document;
}
