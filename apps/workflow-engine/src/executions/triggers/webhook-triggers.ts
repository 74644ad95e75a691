import { Injectable } from '@nestjs/common';
import {
  RECEIVE_WORKFLOW_WEBHOOK,
  ServiceError,
  type ExecutionStartedView,
  type ReceiveWebhookRequest,
} from '@mab/contracts';
import { OnCommand, type CommandContext } from '@mab/messaging';
import { quotedTablePath, WorkspaceRepository } from '@mab/persistence';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { WorkflowEntity } from '../../workflows/workflow.entity';
import { WorkflowPlans } from '../workflow-plans';
import { StartExecutions } from './start-executions';

const safeEqual = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/**
 * Webhook triggers: each workflow has a public URL with an unguessable token. Its trigger may also demand a secret
 * in a header (`auth: header`), or an HMAC-SHA256 of the exact body keyed by the secret, hex, with or without a
 * `sha256=` prefix (`auth: hmac`, as GitHub and Stripe-style senders do). A caller's `Idempotency-Key` header makes
 * a retried call start one execution.
 */
@Injectable()
export class WebhookTriggers {
  constructor(
    private readonly starts: StartExecutions,
    private readonly plans: WorkflowPlans,
  ) {}

  @OnCommand(RECEIVE_WORKFLOW_WEBHOOK)
  async receive(
    request: ReceiveWebhookRequest,
    ctx: CommandContext<typeof RECEIVE_WORKFLOW_WEBHOOK>,
  ): Promise<ExecutionStartedView> {
    const table = quotedTablePath(ctx.manager, WorkflowEntity);
    // eslint-disable-next-line no-restricted-syntax -- the token is the only key a public caller has; it names the workspace
    const [found] = (await ctx.manager.query(
      `SELECT "id", "workspace_id" FROM ${table} WHERE "webhook_token" = $1 AND "trigger_type" = 'webhook'`,
      [request.token],
    )) as { id: string; workspace_id: string }[];
    const workflow = found
      ? await WorkspaceRepository.of(ctx.manager, WorkflowEntity, found.workspace_id).findById(found.id)
      : null;
    if (!workflow?.active) throw ServiceError.notFound('webhook');
    const plan = await this.plans.get(ctx.manager, workflow.workspaceId, workflow.id, workflow.version);
    const config = plan?.nodes.get(plan.triggerId)?.config ?? {};
    const raw = Buffer.from(request.raw_body, 'base64');
    const headerName = String(
      config.header_name ?? (config.auth === 'hmac' ? 'x-signature' : 'x-webhook-secret'),
    ).toLowerCase();
    const given = request.headers[headerName] ?? '';
    const secret = String(config.secret ?? '');
    if (config.auth === 'header' && !(secret && safeEqual(given, secret))) {
      throw new ServiceError(401, 'invalid_secret', `the ${headerName} header does not hold the webhook's secret`);
    }
    if (config.auth === 'hmac') {
      const expected = createHmac('sha256', secret).update(raw).digest('hex');
      if (!secret || !safeEqual(given.replace(/^sha256=/i, '').toLowerCase(), expected)) {
        throw new ServiceError(401, 'invalid_signature', `the ${headerName} header is not the HMAC-SHA256 of the body`);
      }
    }
    const text = raw.toString('utf8');
    let body: unknown = text;
    if (/json/i.test(request.headers['content-type'] ?? '') || /^\s*[[{]/.test(text)) {
      try {
        body = JSON.parse(text);
      } catch {
        throw ServiceError.validation('the body is not valid JSON', [{ field: 'body', constraints: ['must be JSON'] }]);
      }
    } else if (/x-www-form-urlencoded/i.test(request.headers['content-type'] ?? '')) {
      body = Object.fromEntries(new URLSearchParams(text));
    }
    const { [headerName]: _secret, ...headers } = request.headers;
    const key = request.headers['idempotency-key'];
    const { execution, created } = await this.starts.start(
      ctx.manager,
      workflow,
      { body, query: request.query, headers, received_at: new Date().toISOString() },
      key ? `webhook:${key.slice(0, 200)}` : null,
      'trigger',
    );
    return { execution_id: execution.id, status: execution.status, created };
  }
}
