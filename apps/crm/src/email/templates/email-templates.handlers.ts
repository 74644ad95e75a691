import { Injectable } from '@nestjs/common';
import {
  CREATE_EMAIL_TEMPLATE,
  DELETE_EMAIL_TEMPLATE,
  GET_EMAIL_TEMPLATE,
  LIST_EMAIL_TEMPLATES,
  PREVIEW_EMAIL_TEMPLATE,
  ServiceError,
  UPDATE_EMAIL_TEMPLATE,
  type EmailTemplateBody,
  type EmailTemplateIdRequest,
  type EmailTemplateView,
  type Page,
  type PreviewEmailRequest,
  type RenderedEmailView,
  type UpdateEmailTemplateRequest,
} from '@mab/contracts';
import { OnCommand, type CommandContext } from '@mab/messaging';
import { WorkspaceRepository } from '@mab/persistence';
import { DataSource, type EntityManager } from 'typeorm';
import { EmailTemplateEntity } from '../email.entities';
import { builtInView, templateView } from '../email-views';
import { MergeDataBuilder } from '../sending/merge-data';
import { BUILT_IN_EMAIL_TEMPLATES } from '../rendering/built-in-email-templates';
import { checkEmailTemplate, defaultEmailTemplateEngine, type EmailContent } from '../rendering/email-template-engine';
import { builtInId, resolveTemplate } from './email-template-lookup';

function assertTemplate(content: EmailContent): void {
  const issues = checkEmailTemplate(content);
  if (issues.length) throw ServiceError.validation('the template does not compile', issues);
}

/** Email templates of a workspace (with the built-ins beside them, read-only), checked on every write. */
@Injectable()
export class EmailTemplatesHandlers {
  private readonly engine = defaultEmailTemplateEngine();

  constructor(
    private readonly dataSource: DataSource,
    private readonly mergeData: MergeDataBuilder,
  ) {}

  private async ownOr404(manager: EntityManager, workspaceId: string, id: string) {
    const template = await WorkspaceRepository.of(manager, EmailTemplateEntity, workspaceId).findById(id);
    if (!template) {
      if (BUILT_IN_EMAIL_TEMPLATES.some((t) => builtInId(t.key) === id)) {
        throw new ServiceError(
          409,
          'built_in_template',
          'built-in templates are read-only: create a copy to change it',
        );
      }
      throw ServiceError.notFound('email template', id);
    }
    return template;
  }

  private async assertKeyFree(manager: EntityManager, workspaceId: string, key: string, id?: string) {
    const other = await WorkspaceRepository.of(manager, EmailTemplateEntity, workspaceId).findOne({ key });
    if (other && other.id !== id) {
      throw new ServiceError(409, 'key_taken', `another template is ${key}`, [
        { field: 'key', constraints: ['is the key of another template of this workspace'] },
      ]);
    }
  }

  @OnCommand(CREATE_EMAIL_TEMPLATE)
  async create(
    request: EmailTemplateBody,
    ctx: CommandContext<typeof CREATE_EMAIL_TEMPLATE>,
  ): Promise<EmailTemplateView> {
    assertTemplate({ subject: request.subject, html: request.html, text: request.text ?? null });
    if (request.key) await this.assertKeyFree(ctx.manager, ctx.workspaceId, request.key);
    const templates = WorkspaceRepository.of(ctx.manager, EmailTemplateEntity, ctx.workspaceId);
    const created = await templates.insert({
      key: request.key ?? null,
      name: request.name,
      subject: request.subject,
      html: request.html,
      text: request.text ?? null,
      category: request.category ?? 'marketing',
    });
    return templateView((await templates.findById(created.id))!);
  }

  @OnCommand(LIST_EMAIL_TEMPLATES)
  async list(_: object, ctx: CommandContext<typeof LIST_EMAIL_TEMPLATES>): Promise<Page<EmailTemplateView>> {
    const own = await WorkspaceRepository.of(this.dataSource, EmailTemplateEntity, ctx.workspaceId).find({
      order: { createdAt: 'DESC' },
      take: 500,
    });
    const items = [...own.map(templateView), ...BUILT_IN_EMAIL_TEMPLATES.map((t) => builtInView(t, builtInId(t.key)))];
    return { items, total: items.length, next_cursor: null };
  }

  @OnCommand(GET_EMAIL_TEMPLATE)
  async get(
    request: EmailTemplateIdRequest,
    ctx: CommandContext<typeof GET_EMAIL_TEMPLATE>,
  ): Promise<EmailTemplateView> {
    const resolved = await resolveTemplate(this.dataSource, ctx.workspaceId, request.template_id);
    return resolved.kind === 'workspace'
      ? templateView(resolved.template)
      : builtInView(resolved.template, resolved.id);
  }

  @OnCommand(UPDATE_EMAIL_TEMPLATE)
  async update(
    request: UpdateEmailTemplateRequest,
    ctx: CommandContext<typeof UPDATE_EMAIL_TEMPLATE>,
  ): Promise<EmailTemplateView> {
    const template = await this.ownOr404(ctx.manager, ctx.workspaceId, request.template_id);
    const next = {
      subject: request.subject ?? template.subject,
      html: request.html ?? template.html,
      text: request.text === undefined ? template.text : request.text,
    };
    assertTemplate(next);
    if (request.key) await this.assertKeyFree(ctx.manager, ctx.workspaceId, request.key, template.id);
    const templates = WorkspaceRepository.of(ctx.manager, EmailTemplateEntity, ctx.workspaceId);
    await templates.update(
      { id: template.id },
      {
        ...next,
        ...(request.name !== undefined ? { name: request.name } : {}),
        ...(request.key !== undefined ? { key: request.key } : {}),
        ...(request.category !== undefined ? { category: request.category } : {}),
      },
    );
    return templateView((await templates.findById(template.id))!);
  }

  @OnCommand(DELETE_EMAIL_TEMPLATE)
  async delete(request: EmailTemplateIdRequest, ctx: CommandContext<typeof DELETE_EMAIL_TEMPLATE>): Promise<void> {
    const template = await this.ownOr404(ctx.manager, ctx.workspaceId, request.template_id);
    await WorkspaceRepository.of(ctx.manager, EmailTemplateEntity, ctx.workspaceId).delete({ id: template.id });
  }

  @OnCommand(PREVIEW_EMAIL_TEMPLATE)
  async preview(
    request: PreviewEmailRequest,
    ctx: CommandContext<typeof PREVIEW_EMAIL_TEMPLATE>,
  ): Promise<RenderedEmailView> {
    const resolved = await resolveTemplate(this.dataSource, ctx.workspaceId, request.template_id);
    const content = resolved.kind === 'workspace' ? resolved.template : resolved.template.content;
    const data = await this.mergeData.forPreview(this.dataSource, ctx.workspaceId, request.contact_id, request.data);
    return this.engine.render({ subject: content.subject, html: content.html, text: content.text ?? null }, data);
  }
}
