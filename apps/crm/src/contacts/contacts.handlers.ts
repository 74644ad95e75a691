import { Inject, Injectable } from '@nestjs/common';
import {
  CONTACT_DELETED,
  CONTACT_UPDATED,
  CREATE_CONTACT,
  DELETE_CONTACT,
  GET_CONTACT,
  LIST_CONTACTS,
  ServiceError,
  TAG_CONTACT,
  UPDATE_CONTACT,
  UPSERT_CONTACT,
  type ContactIdRequest,
  type ContactView,
  type CreateContactRequest,
  type DeleteContactRequest,
  type ListContactsQuery,
  type Page,
  type TagContactRequest,
  type UpdateContactRequest,
  type UpsertContactRequest,
  type UpsertedContactView,
} from '@mab/contracts';
import { EventPublisher, OnCommand, type CommandContext } from '@mab/messaging';
import { WorkspaceRepository, keysetPage } from '@mab/persistence';
import { DataSource, type EntityManager } from 'typeorm';
import { CRM_ENV } from '../crm.config';
import type { CrmEnv } from '../crm.env';
import { checkCustomFields, customFieldDefinitions } from '../custom-fields/custom-field-values';
import { EraseContactUseCase } from '../gdpr/usecases/erase-contact.usecase';
import { idempotent } from '../idempotency/idempotent-command';
import { contactFilter, contactPageOptions, contactSort } from './contact-filters';
import { contactChanged, contactView } from './contact-view';
import { displayName, hasValue, mergeTags, normalizePhone, normalizeTags } from './contact-values';
import { ContactEntity } from './contact.entity';
import { UpsertContactUseCase } from './usecases/upsert-contact.usecase';

/** Contacts of a workspace: CRUD, upsert, tags, filtered keyset lists. */
@Injectable()
export class ContactsHandlers {
  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: EventPublisher,
    private readonly upsertContact: UpsertContactUseCase,
    private readonly eraseContact: EraseContactUseCase,
    @Inject(CRM_ENV) private readonly env: CrmEnv,
  ) {}

  private async contactOr404(manager: EntityManager | DataSource, workspaceId: string, id: string, lock = false) {
    const contact = await WorkspaceRepository.of(manager, ContactEntity, workspaceId).findById(id, {
      lockForUpdate: lock,
    });
    if (!contact) throw ServiceError.notFound('contact', id);
    return contact;
  }

  @OnCommand(CREATE_CONTACT)
  async create(request: CreateContactRequest, ctx: CommandContext<typeof CREATE_CONTACT>): Promise<ContactView> {
    const result = await this.upsertContact.execute({
      manager: ctx.manager,
      workspaceId: ctx.workspaceId,
      email: request.email,
      fields: request,
      createOnly: true,
    });
    if (!result) {
      throw new ServiceError(409, 'email_taken', `the workspace already has a contact ${request.email}`, [
        { field: 'email', constraints: ['belongs to another contact of this workspace (use ?upsert=true to merge)'] },
      ]);
    }
    return contactView(result.contact);
  }

  @OnCommand(UPSERT_CONTACT)
  upsert(request: UpsertContactRequest, ctx: CommandContext<typeof UPSERT_CONTACT>): Promise<UpsertedContactView> {
    return idempotent(ctx.manager, ctx.workspaceId, UPSERT_CONTACT.name, request.idempotency_key, async () => {
      const result = (await this.upsertContact.execute({
        manager: ctx.manager,
        workspaceId: ctx.workspaceId,
        email: request.email,
        fields: request,
      }))!;
      return { contact: contactView(result.contact), created: result.created };
    });
  }

  @OnCommand(LIST_CONTACTS)
  async list(query: ListContactsQuery, ctx: CommandContext<typeof LIST_CONTACTS>): Promise<Page<ContactView>> {
    const qb = WorkspaceRepository.of(this.dataSource, ContactEntity, ctx.workspaceId).queryBuilder('contact');
    await contactFilter(qb, query, () => customFieldDefinitions(this.dataSource, ctx.workspaceId));
    return keysetPage(qb, contactSort(query.sort), query, contactView, contactPageOptions(query));
  }

  @OnCommand(GET_CONTACT)
  async get(request: ContactIdRequest, ctx: CommandContext<typeof GET_CONTACT>): Promise<ContactView> {
    return contactView(await this.contactOr404(this.dataSource, ctx.workspaceId, request.contact_id));
  }

  @OnCommand(UPDATE_CONTACT)
  async update(request: UpdateContactRequest, ctx: CommandContext<typeof UPDATE_CONTACT>): Promise<ContactView> {
    const contact = await this.contactOr404(ctx.manager, ctx.workspaceId, request.contact_id, true);
    const contacts = WorkspaceRepository.of(ctx.manager, ContactEntity, ctx.workspaceId);
    const patch: Partial<ContactEntity> = {};
    const changed: string[] = [];
    const set = <K extends keyof ContactEntity>(field: string, key: K, value: ContactEntity[K] | undefined) => {
      if (value === undefined || JSON.stringify(value) === JSON.stringify(contact[key])) return;
      patch[key] = value;
      changed.push(field);
    };
    if (request.email !== undefined && request.email !== contact.email) {
      if (await contacts.exists({ email: request.email })) {
        throw new ServiceError(409, 'email_taken', `the workspace already has a contact ${request.email}`, [
          { field: 'email', constraints: ['belongs to another contact of this workspace'] },
        ]);
      }
      set('email', 'email', request.email);
    }
    // A PATCH says what it means: null clears a field (unlike an upsert, which never wipes).
    if (request.name !== undefined || request.first_name !== undefined || request.last_name !== undefined) {
      set('first_name', 'firstName', request.first_name === undefined ? undefined : (request.first_name ?? null));
      set('last_name', 'lastName', request.last_name === undefined ? undefined : (request.last_name ?? null));
      set(
        'name',
        'name',
        request.name !== undefined
          ? (request.name ?? null)
          : displayName({
              first_name: patch.firstName ?? contact.firstName,
              last_name: patch.lastName ?? contact.lastName,
            }),
      );
    }
    if (request.phone !== undefined)
      set(
        'phone',
        'phone',
        hasValue(request.phone) ? normalizePhone(request.phone!, this.env.CRM_DEFAULT_PHONE_COUNTRY) : null,
      );
    if (request.source_component !== undefined) set('source_component', 'sourceComponent', request.source_component);
    if (request.source_workflow !== undefined) set('source_workflow', 'sourceWorkflow', request.source_workflow);
    if (request.tags !== undefined) set('tags', 'tags', normalizeTags(request.tags));
    if (request.status !== undefined) set('status', 'status', request.status);
    if (request.custom_fields !== undefined) {
      const { set: values, remove } = checkCustomFields(
        request.custom_fields,
        await customFieldDefinitions(ctx.manager, ctx.workspaceId),
      );
      const merged = { ...contact.customFields, ...values };
      for (const key of remove) delete merged[key];
      set('custom_fields', 'customFields', merged);
    }
    if (!changed.length) return contactView(contact);
    await contacts.update({ id: contact.id }, patch);
    const updated = (await contacts.findById(contact.id))!;
    await this.publisher.publish(ctx.manager, CONTACT_UPDATED, contactChanged(updated, changed));
    return contactView(updated);
  }

  @OnCommand(TAG_CONTACT)
  tag(request: TagContactRequest, ctx: CommandContext<typeof TAG_CONTACT>): Promise<ContactView> {
    return idempotent(ctx.manager, ctx.workspaceId, TAG_CONTACT.name, request.idempotency_key, async () => {
      const contacts = WorkspaceRepository.of(ctx.manager, ContactEntity, ctx.workspaceId);
      let contact: ContactEntity | null = null;
      if (request.contact_id) contact = await contacts.findById(request.contact_id, { lockForUpdate: true });
      else if (request.email) contact = await contacts.findOne({ email: request.email }, { lockForUpdate: true });
      else
        throw ServiceError.validation('name the contact by contact_id or email', [
          { field: 'contact_id', constraints: ['contact_id or email is required'] },
        ]);
      if (!contact) throw ServiceError.notFound('contact', request.contact_id ?? request.email);
      const tags = mergeTags(contact.tags, request.add, request.remove);
      if (JSON.stringify(tags) === JSON.stringify(contact.tags)) return contactView(contact);
      await contacts.update({ id: contact.id }, { tags });
      const updated = (await contacts.findById(contact.id))!;
      await this.publisher.publish(ctx.manager, CONTACT_UPDATED, contactChanged(updated, ['tags']));
      return contactView(updated);
    });
  }

  @OnCommand(DELETE_CONTACT)
  async delete(request: DeleteContactRequest, ctx: CommandContext<typeof DELETE_CONTACT>): Promise<void> {
    const contact = await this.contactOr404(ctx.manager, ctx.workspaceId, request.contact_id, true);
    if (request.erase) {
      // GDPR erasure: the person's data from every table, the address kept only as a hash (see the use case).
      await this.eraseContact.execute({ manager: ctx.manager, workspaceId: ctx.workspaceId, contact });
      return;
    }
    // Activities, known visitors and the score log go with it (ON DELETE CASCADE); sends keep their content.
    await WorkspaceRepository.of(ctx.manager, ContactEntity, ctx.workspaceId).delete({ id: contact.id });
    await this.publisher.publish(ctx.manager, CONTACT_DELETED, { contact_id: contact.id, erased: false });
  }
}
