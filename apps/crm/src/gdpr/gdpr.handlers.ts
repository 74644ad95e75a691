import { Injectable } from '@nestjs/common';
import { EXPORT_CONTACT, type ContactExportRequest, type ContactExportView } from '@mab/contracts';
import { OnCommand, type CommandContext } from '@mab/messaging';
import { ExportContactUseCase } from './usecases/export-contact.usecase';

/** GDPR export (erasure is the contact's DELETE with `erase`, see ContactsHandlers). */
@Injectable()
export class GdprHandlers {
  constructor(private readonly exportContact: ExportContactUseCase) {}

  @OnCommand(EXPORT_CONTACT)
  export(request: ContactExportRequest, ctx: CommandContext<typeof EXPORT_CONTACT>): Promise<ContactExportView> {
    return this.exportContact.execute({ workspaceId: ctx.workspaceId, contactId: request.contact_id });
  }
}
