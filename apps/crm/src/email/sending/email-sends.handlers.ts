import { Injectable } from '@nestjs/common';
import {
  GET_EMAIL_SEND,
  LIST_EMAIL_SENDS,
  RENDER_SEND,
  SEND_EMAIL,
  ServiceError,
  type EmailSendIdRequest,
  type EmailSendView,
  type ListEmailSendsQuery,
  type Page,
  type RenderedSendView,
  type SendEmailRequest,
} from '@mab/contracts';
import { OnCommand, type CommandContext } from '@mab/messaging';
import { WorkspaceRepository, keysetPage } from '@mab/persistence';
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
}
