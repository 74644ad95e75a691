import { Inject, Injectable } from '@nestjs/common';
import { CONTACT_CREATED, CONTACT_UPDATED, type ContactFields, type ContactStatus } from '@mab/contracts';
import { EventPublisher } from '@mab/messaging';
import { WorkspaceRepository } from '@mab/persistence';
import type { EntityManager } from 'typeorm';
import { CRM_ENV } from '../../crm.config';
import type { CrmEnv } from '../../crm.env';
import { checkCustomFields, customFieldDefinitions } from '../../custom-fields/custom-field-values';
import { contactChanged } from '../contact-view';
import { displayName, hasValue, normalizePhone, normalizeTags } from '../contact-values';
import { ContactEntity } from '../contact.entity';

export interface UpsertContactCommand {
  manager: EntityManager;
  workspaceId: string;
  email: string;
  fields: ContactFields & { status?: ContactStatus };
  /** When set, a creation only (the caller answers 409 if the email is known). */
  createOnly?: boolean;
}

export interface UpsertResult {
  contact: ContactEntity;
  created: boolean;
}

/**
 * Creates the contact of an email, or merges into it: values given replace known ones, empty values never wipe
 * them, tags and custom fields are added to, the source (component, workflow) is the first touch and stays, and
 * a status is set only on creation (a re-submitted form must not re-subscribe someone who unsubscribed). Two
 * simultaneous calls for one address: the unique index lets one insert, the other merges into it.
 */
@Injectable()
export class UpsertContactUseCase {
  constructor(
    private readonly publisher: EventPublisher,
    @Inject(CRM_ENV) private readonly env: CrmEnv,
  ) {}

  async execute(command: UpsertContactCommand): Promise<UpsertResult | null> {
    const { manager, workspaceId, fields } = command;
    const contacts = WorkspaceRepository.of(manager, ContactEntity, workspaceId);
    const custom = fields.custom_fields
      ? checkCustomFields(fields.custom_fields, await customFieldDefinitions(manager, workspaceId))
      : { set: {}, remove: [] };
    const phone = hasValue(fields.phone) ? normalizePhone(fields.phone!, this.env.CRM_DEFAULT_PHONE_COUNTRY) : null;
    const tags = normalizeTags(fields.tags ?? []);

    const inserted = await contacts.insertUnlessConflict({
      email: command.email,
      name: displayName(fields),
      firstName: hasValue(fields.first_name) ? fields.first_name!.trim() : null,
      lastName: hasValue(fields.last_name) ? fields.last_name!.trim() : null,
      phone,
      sourceComponent: fields.source_component ?? null,
      sourceWorkflow: fields.source_workflow ?? null,
      tags,
      customFields: custom.set,
      status: fields.status ?? 'active',
    });
    if (inserted) {
      const contact = (await contacts.findById(inserted.id))!;
      await this.publisher.publish(manager, CONTACT_CREATED, contactChanged(contact, ['all']));
      return { contact, created: true };
    }
    if (command.createOnly) return null;

    // Known: merge under the row lock (the other writer of this address waits here).
    const contact = (await contacts.findOne({ email: command.email }, { lockForUpdate: true }))!;
    const patch: Partial<ContactEntity> = {};
    const changed: string[] = [];
    const offer = <K extends keyof ContactEntity>(field: string, key: K, value: ContactEntity[K] | null) => {
      if (!hasValue(value) || JSON.stringify(value) === JSON.stringify(contact[key])) return;
      patch[key] = value as ContactEntity[K];
      changed.push(field);
    };
    offer('name', 'name', displayName(fields));
    offer('first_name', 'firstName', fields.first_name?.trim() ?? null);
    offer('last_name', 'lastName', fields.last_name?.trim() ?? null);
    offer('phone', 'phone', phone);
    if (!contact.sourceComponent) offer('source_component', 'sourceComponent', fields.source_component ?? null);
    if (!contact.sourceWorkflow) offer('source_workflow', 'sourceWorkflow', fields.source_workflow ?? null);
    const mergedTags = normalizeTags([...contact.tags, ...tags]);
    if (mergedTags.length !== contact.tags.length) offer('tags', 'tags', mergedTags);
    const mergedCustom = { ...contact.customFields, ...custom.set };
    offer('custom_fields', 'customFields', mergedCustom);
    if (!changed.length) return { contact, created: false };

    await contacts.update({ id: contact.id }, patch);
    const updated = (await contacts.findById(contact.id))!;
    await this.publisher.publish(manager, CONTACT_UPDATED, contactChanged(updated, changed));
    return { contact: updated, created: false };
  }
}
