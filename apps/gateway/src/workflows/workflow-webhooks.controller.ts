import { Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBody,
  ApiNotFoundResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Request } from 'express';
import { ExecutionStartedView, RECEIVE_WORKFLOW_WEBHOOK } from '@mab/contracts';
import { ServiceClient } from '@mab/messaging';
import { Public } from '../identity/principal';
import { ApiErrorView } from '../openapi/openapi';
import { RateLimitGroup } from '../rate-limit/rate-limit-group';

/** Headers never handed to a workflow: the caller's credentials for this platform, and transport details. */
const HIDDEN = new Set(['cookie', 'authorization', 'proxy-authorization', 'connection', 'content-length', 'host']);

/**
 * Workflows' public webhook URLs (`webhook_url` of a webhook-triggered workflow). No login: the token names the
 * workflow, and its trigger may demand a secret header or an HMAC of the body, which the engine checks over the
 * exact bytes (a raw parser is mounted for this path in gateway.app.ts).
 */
@ApiTags('public')
@Controller('api/public/webhooks')
export class WorkflowWebhooksController {
  constructor(private readonly services: ServiceClient) {}

  @Post(':token')
  @HttpCode(202)
  @Public()
  @RateLimitGroup('webhook')
  @ApiOperation({
    summary: "Start a workflow through its webhook (JSON, form or text body); 202 with the execution's id",
  })
  @ApiBody({ required: false, schema: { type: 'object', additionalProperties: true } })
  @ApiAcceptedResponse({ type: ExecutionStartedView })
  @ApiNotFoundResponse({ type: ApiErrorView, description: 'unknown token, or the workflow is not active' })
  @ApiUnauthorizedResponse({ type: ApiErrorView, description: 'invalid_secret or invalid_signature' })
  receive(@Param('token') token: string, @Req() req: Request) {
    const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (HIDDEN.has(name) || value === undefined) continue;
      headers[name] = (Array.isArray(value) ? value.join(', ') : value).slice(0, 4000);
    }
    return this.services.request(RECEIVE_WORKFLOW_WEBHOOK, {
      token,
      raw_body: raw.toString('base64'),
      headers,
      query: req.query as Record<string, unknown>,
    });
  }
}
