import { Injectable } from '@nestjs/common';
import {
  EMAIL_STATS,
  GET_EMAIL_SEND,
  LIST_EMAIL_SENDS,
  RENDER_SEND,
  SEND_EMAIL,
  ServiceError,
  type EmailSendIdRequest,
  type EmailStatsRequest,
  type EmailStatsView,
  type EmailSendView,
  type ListEmailSendsQuery,
  type Page,
  type RenderedSendView,
  type SendEmailRequest,
} from '@mab/contracts';
import { OnCommand, type CommandContext } from '@mab/messaging';
import { WorkspaceRepository, keysetPage, quotedTablePath } from '@mab/persistence';
import { DataSource } from 'typeorm';
import { EmailSendEntity } from '../email.entities';
import { sendView } from '../email-views';
import { SendEmailUseCase } from './send-email.usecase';

/** Sending (the API and workflow steps) and the record of every send. */
@Injectable()
export class EmailSendsHandlers {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sendEmail: SendEmailUseCase,
  ) {}

  @OnCommand(SEND_EMAIL)
  async send(request: SendEmailRequest, ctx: CommandContext<typeof SEND_EMAIL>): Promise<EmailSendView> {
    return sendView(await this.sendEmail.execute({ request, manager: ctx.manager, workspaceId: ctx.workspaceId }));
  }

  @OnCommand(RENDER_SEND)
  render(request: SendEmailRequest, ctx: CommandContext<typeof RENDER_SEND>): Promise<RenderedSendView> {
    return this.sendEmail.preview({ request, manager: this.dataSource.manager, workspaceId: ctx.workspaceId });
  }

  @OnCommand(LIST_EMAIL_SENDS)
  list(query: ListEmailSendsQuery, ctx: CommandContext<typeof LIST_EMAIL_SENDS>): Promise<Page<EmailSendView>> {
    const qb = WorkspaceRepository.of(this.dataSource, EmailSendEntity, ctx.workspaceId).queryBuilder('send');
    if (query.contact_id) qb.andWhere('send.contactId = :contactId', { contactId: query.contact_id });
    if (query.status) qb.andWhere('send.status = :status', { status: query.status });
    return keysetPage(qb, { keys: ['createdAt', 'id'], direction: 'DESC' }, query, sendView);
  }

  @OnCommand(GET_EMAIL_SEND)
  async get(request: EmailSendIdRequest, ctx: CommandContext<typeof GET_EMAIL_SEND>): Promise<EmailSendView> {
    const send = await WorkspaceRepository.of(this.dataSource, EmailSendEntity, ctx.workspaceId).findById(
      request.send_id,
    );
    if (!send) throw ServiceError.notFound('email', request.send_id);
    return sendView(send);
  }

  @OnCommand(EMAIL_STATS)
  async stats(request: EmailStatsRequest, ctx: CommandContext<typeof EMAIL_STATS>): Promise<EmailStatsView> {
    const sends = quotedTablePath(this.dataSource, EmailSendEntity);
    // eslint-disable-next-line no-restricted-syntax -- counts of one workflow's sends (workspace_id in the WHERE)
    const [row] = (await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE "sent_at" IS NOT NULL)::int AS sent,
              count(*) FILTER (WHERE "status" IN ('delivered', 'opened', 'clicked'))::int AS delivered,
              count(*) FILTER (WHERE "open_count" > 0 OR "status" IN ('opened', 'clicked'))::int AS opened,
              count(*) FILTER (WHERE "click_count" > 0 OR "status" = 'clicked')::int AS clicked,
              count(*) FILTER (WHERE "status" IN ('bounced', 'dropped'))::int AS bounced,
              count(*) FILTER (WHERE "status" = 'suppressed')::int AS suppressed
         FROM ${sends}
        WHERE "workspace_id" = $1 AND "workflow_id" = $2 AND "created_at" >= $3 AND "created_at" < $4`,
      [ctx.workspaceId, request.workflow_id, request.from, request.to],
    )) as EmailStatsView[];
    return row;
  }
}
