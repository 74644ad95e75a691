import { Injectable } from '@nestjs/common';
import { ServiceError } from '@mab/contracts';
import { WorkspaceRepository } from '@mab/persistence';
import type { DataSource, EntityManager } from 'typeorm';
import { ContactEntity } from '../../contacts/contact.entity';
import { EmailSettingsEntity } from '../email.entities';
import { SAMPLE_EMAIL_MERGE_DATA, type EmailMergeData } from '../rendering/email-template-engine';

/** What a template sees: the contact, the workspace (its sender name and postal address), and a step's data. */
@Injectable()
export class MergeDataBuilder {
  async settings(source: EntityManager | DataSource, workspaceId: string): Promise<EmailSettingsEntity | null> {
    return WorkspaceRepository.of(source, EmailSettingsEntity, workspaceId).findOne({});
  }

  build(
    contact: ContactEntity | null,
    toEmail: string,
    settings: EmailSettingsEntity | null,
    data: Record<string, unknown> = {},
  ): EmailMergeData {
    return {
      contact: {
        email: contact?.email ?? toEmail,
        name: contact?.name ?? null,
        first_name: contact?.firstName ?? contact?.name?.split(' ')[0] ?? null,
        last_name: contact?.lastName ?? null,
        phone: contact?.phone ?? null,
        tags: contact?.tags ?? [],
        lead_score: contact?.leadScore ?? 0,
        custom_fields: contact?.customFields ?? {},
      },
      workspace: { name: settings?.fromName ?? '', postal_address: settings?.postalAddress ?? null },
      data,
    };
  }

  async forPreview(
    source: DataSource,
    workspaceId: string,
    contactId: string | undefined,
    data: Record<string, unknown> | undefined,
  ): Promise<EmailMergeData> {
    const settings = await this.settings(source, workspaceId);
    if (!contactId) {
      return {
        ...SAMPLE_EMAIL_MERGE_DATA,
        workspace: {
          name: settings?.fromName ?? SAMPLE_EMAIL_MERGE_DATA.workspace.name,
          postal_address: settings?.postalAddress ?? null,
        },
        data: { ...SAMPLE_EMAIL_MERGE_DATA.data, ...data },
      };
    }
    const contact = await WorkspaceRepository.of(source, ContactEntity, workspaceId).findById(contactId);
    if (!contact) throw ServiceError.notFound('contact', contactId);
    return this.build(contact, contact.email, settings, data);
  }
}
