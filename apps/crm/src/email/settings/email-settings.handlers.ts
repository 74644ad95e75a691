import { Injectable } from '@nestjs/common';
import {
  GET_EMAIL_SETTINGS,
  UPDATE_EMAIL_SETTINGS,
  type EmailSettingsBody,
  type EmailSettingsView,
} from '@mab/contracts';
import { OnCommand, type CommandContext } from '@mab/messaging';
import { WorkspaceRepository } from '@mab/persistence';
import { DataSource } from 'typeorm';
import { EmailSettingsEntity } from '../email.entities';
import { settingsView } from '../email-views';

/** The workspace's sender and postal address. */
@Injectable()
export class EmailSettingsHandlers {
  constructor(private readonly dataSource: DataSource) {}

  @OnCommand(GET_EMAIL_SETTINGS)
  async get(_: object, ctx: CommandContext<typeof GET_EMAIL_SETTINGS>): Promise<EmailSettingsView> {
    return settingsView(
      await WorkspaceRepository.of(this.dataSource, EmailSettingsEntity, ctx.workspaceId).findOne({}),
    );
  }

  @OnCommand(UPDATE_EMAIL_SETTINGS)
  async update(
    request: EmailSettingsBody,
    ctx: CommandContext<typeof UPDATE_EMAIL_SETTINGS>,
  ): Promise<EmailSettingsView> {
    const settings = WorkspaceRepository.of(ctx.manager, EmailSettingsEntity, ctx.workspaceId);
    await settings.insertUnlessConflict({});
    const patch: Partial<EmailSettingsEntity> = {};
    if (request.from_email !== undefined) patch.fromEmail = request.from_email;
    if (request.from_name !== undefined) patch.fromName = request.from_name ?? null;
    if (request.reply_to !== undefined) patch.replyTo = request.reply_to ?? null;
    if (request.postal_address !== undefined) patch.postalAddress = request.postal_address ?? null;
    if (Object.keys(patch).length) await settings.update({}, patch);
    return settingsView(await settings.findOne({}));
  }
}
