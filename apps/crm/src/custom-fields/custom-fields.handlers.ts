import { Injectable } from '@nestjs/common';
import {
  CREATE_CUSTOM_FIELD,
  CUSTOM_FIELDS_MAX,
  DELETE_CUSTOM_FIELD,
  GET_CUSTOM_FIELD,
  LIST_CUSTOM_FIELDS,
  ServiceError,
  UPDATE_CUSTOM_FIELD,
  type CreateCustomFieldRequest,
  type CustomFieldIdRequest,
  type CustomFieldView,
  type DeleteCustomFieldRequest,
  type Page,
  type UpdateCustomFieldRequest,
} from '@mab/contracts';
import { OnCommand, type CommandContext } from '@mab/messaging';
import { WorkspaceRepository, quotedTablePath } from '@mab/persistence';
import { DataSource, type EntityManager } from 'typeorm';
import { ContactEntity } from '../contacts/contact.entity';
import { CustomFieldEntity } from './custom-field.entity';

function view(field: CustomFieldEntity): CustomFieldView {
  return {
    id: field.id,
    key: field.key,
    label: field.label,
    type: field.type,
    options: field.options,
    description: field.description,
    created_at: field.createdAt.toISOString(),
    updated_at: field.updatedAt.toISOString(),
  };
}

function assertOptions(type: string, options: string[] | undefined): void {
  if (type === 'select' && !options?.length) {
    throw ServiceError.validation('a select field needs its options', [
      { field: 'options', constraints: ['is required for a select field'] },
    ]);
  }
  if (type !== 'select' && options !== undefined) {
    throw ServiceError.validation('only a select field has options', [
      { field: 'options', constraints: ['is only for select fields'] },
    ]);
  }
  if (options && new Set(options).size !== options.length) {
    throw ServiceError.validation('options repeat', [{ field: 'options', constraints: ['must differ'] }]);
  }
}

/** Custom field definitions of a workspace: contacts' custom values are validated against them. */
@Injectable()
export class CustomFieldsHandlers {
  constructor(private readonly dataSource: DataSource) {}

  private async fieldOr404(manager: EntityManager | DataSource, workspaceId: string, id: string) {
    const field = await WorkspaceRepository.of(manager, CustomFieldEntity, workspaceId).findById(id);
    if (!field) throw ServiceError.notFound('custom field', id);
    return field;
  }

  @OnCommand(CREATE_CUSTOM_FIELD)
  async create(request: CreateCustomFieldRequest, ctx: CommandContext<typeof CREATE_CUSTOM_FIELD>) {
    assertOptions(request.type, request.options);
    const fields = WorkspaceRepository.of(ctx.manager, CustomFieldEntity, ctx.workspaceId);
    if ((await fields.count()) >= CUSTOM_FIELDS_MAX) {
      throw new ServiceError(409, 'too_many_custom_fields', `a workspace defines at most ${CUSTOM_FIELDS_MAX} fields`);
    }
    const created = await fields.insertUnlessConflict({
      key: request.key,
      label: request.label,
      type: request.type,
      options: request.options ?? null,
      description: request.description ?? null,
    });
    if (!created) {
      throw new ServiceError(409, 'key_taken', `the workspace already has a custom field ${request.key}`, [
        { field: 'key', constraints: ['is already the key of another custom field'] },
      ]);
    }
    return view((await fields.findById(created.id))!);
  }

  @OnCommand(LIST_CUSTOM_FIELDS)
  async list(_: object, ctx: CommandContext<typeof LIST_CUSTOM_FIELDS>): Promise<Page<CustomFieldView>> {
    const rows = await WorkspaceRepository.of(this.dataSource, CustomFieldEntity, ctx.workspaceId).find({
      order: { key: 'ASC' },
    });
    return { items: rows.map(view), total: rows.length, next_cursor: null };
  }

  @OnCommand(GET_CUSTOM_FIELD)
  async get(request: CustomFieldIdRequest, ctx: CommandContext<typeof GET_CUSTOM_FIELD>) {
    return view(await this.fieldOr404(this.dataSource, ctx.workspaceId, request.field_id));
  }

  @OnCommand(UPDATE_CUSTOM_FIELD)
  async update(request: UpdateCustomFieldRequest, ctx: CommandContext<typeof UPDATE_CUSTOM_FIELD>) {
    const field = await this.fieldOr404(ctx.manager, ctx.workspaceId, request.field_id);
    if (request.options !== undefined) assertOptions(field.type, request.options);
    const patch: Partial<CustomFieldEntity> = {};
    if (request.label !== undefined) patch.label = request.label;
    if (request.options !== undefined) patch.options = request.options;
    if (request.description !== undefined) patch.description = request.description ?? null;
    const fields = WorkspaceRepository.of(ctx.manager, CustomFieldEntity, ctx.workspaceId);
    if (Object.keys(patch).length) await fields.update({ id: field.id }, patch);
    return view((await fields.findById(field.id))!);
  }

  @OnCommand(DELETE_CUSTOM_FIELD)
  async delete(request: DeleteCustomFieldRequest, ctx: CommandContext<typeof DELETE_CUSTOM_FIELD>): Promise<void> {
    const field = await this.fieldOr404(ctx.manager, ctx.workspaceId, request.field_id);
    await WorkspaceRepository.of(ctx.manager, CustomFieldEntity, ctx.workspaceId).delete({ id: field.id });
    if (request.purge) {
      const contacts = quotedTablePath(ctx.manager, ContactEntity);
      // eslint-disable-next-line no-restricted-syntax -- scoped by hand: workspace_id in the WHERE
      await ctx.manager.query(
        `UPDATE ${contacts} SET "custom_fields" = "custom_fields" - $1, "updated_at" = now()
          WHERE "workspace_id" = $2 AND "custom_fields" ? $1`,
        [field.key, ctx.workspaceId],
      );
    }
  }
}
