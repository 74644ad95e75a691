import { ApiProperty } from '@nestjs/swagger';
import { Bool, DateTime, Int, JsonObject, Text, Uuid, UuidList } from '../fields';
import { PageOf, PageQuery } from '../pagination';
import { defineCommand, defineEvent } from '../registry';
import { PAGE_PATH_MAX_LENGTH, PAGE_PATH_PATTERN } from './sites.contracts';

export const COMPONENT_TYPE_PATTERN = /^[a-z][a-z0-9_]{0,39}$/;
/** Most components a site holds (a long landing page has 15–25). */
export const SITE_COMPONENTS_MAX = 300;

const PagePath = (optional: boolean) =>
  Text({
    optional,
    max: PAGE_PATH_MAX_LENGTH,
    pattern: PAGE_PATH_PATTERN,
    patternMessage: 'must be / or one lower-case segment such as /pricing',
    example: '/',
    description: 'The page of the site it is on',
  });

export class ComponentView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) site_id: string;
  @ApiProperty({ example: '/' }) page: string;
  @ApiProperty({ example: 'contact_form' }) type: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: "Valid against the type's schema" })
  config: Record<string, unknown>;
  @ApiProperty({ example: 3, description: 'Order on its page, from 0' }) position: number;
  @ApiProperty({ type: String, isArray: true, example: ['contact_email', 'company_name'] })
  customization_keys: string[];
  @ApiProperty({ format: 'date-time' }) created_at: string;
  @ApiProperty({ format: 'date-time' }) updated_at: string;
}
export const ComponentPage = PageOf(ComponentView);

export class CreateComponentRequest {
  @Uuid() site_id: string;

  @PagePath(true)
  page?: string;

  @Text({
    max: 40,
    pattern: COMPONENT_TYPE_PATTERN,
    example: 'contact_form',
    description: 'See GET /api/components/types',
  })
  type: string;

  @JsonObject({
    example: {
      heading: 'Get in touch',
      fields: [{ name: 'email', type: 'email', label: 'Email', required: true }],
      submit_label: 'Send',
      success_message: 'Thanks!',
    },
    description: "Validated against the type's schema (GET /api/components/types); every problem names its field",
  })
  config: Record<string, unknown>;

  @Int({ optional: true, min: 0, max: SITE_COMPONENTS_MAX, description: 'Where on the page (default: last)' })
  position?: number;
}

export class ListComponentsQuery extends PageQuery {
  @Uuid({ optional: true }) site_id?: string;
  @Text({ optional: true, max: 40, pattern: COMPONENT_TYPE_PATTERN }) type?: string;
  @PagePath(true) page?: string;
}

export class GetComponentRequest {
  @Uuid() component_id: string;
}

export class UpdateComponentBody {
  @JsonObject({ optional: true, description: 'Replaces the whole config; validated like a creation' })
  config?: Record<string, unknown>;

  @PagePath(true)
  page?: string;

  @Int({ optional: true, min: 0, max: SITE_COMPONENTS_MAX })
  position?: number;
}

export class UpdateComponentRequest extends UpdateComponentBody {
  @Uuid() component_id: string;
}

export class DeleteComponentQuery {
  @Bool({ optional: true, fromQuery: true, description: 'Delete even when workflows are connected to it' })
  force?: boolean;
}

export class DeleteComponentRequest extends DeleteComponentQuery {
  @Uuid() component_id: string;
}

export class ListSiteComponentsQuery {
  @PagePath(true) page?: string;
}

export class ListSiteComponentsRequest extends ListSiteComponentsQuery {
  @Uuid() site_id: string;
}

export class ReorderComponentsBody {
  @PagePath(false) page: string;

  @UuidList({ maxItems: SITE_COMPONENTS_MAX, description: 'Every component of the page, in the new order' })
  component_ids: string[];
}

export class ReorderComponentsRequest extends ReorderComponentsBody {
  @Uuid() site_id: string;
}

export class ComponentListView {
  @ApiProperty({ type: ComponentView, isArray: true }) items: ComponentView[];
}

export class ComponentWorkflowView {
  @ApiProperty({ format: 'uuid' }) workflow_id: string;
  @ApiProperty({ example: 'Lead follow-up' }) name: string;
  @ApiProperty() active: boolean;
  @ApiProperty({ description: 'Version of the workflow that uses the component' }) workflow_version: number;
  @ApiProperty({ format: 'date-time' }) connected_at: string;
}

export class ComponentWorkflowListView {
  @ApiProperty({ type: ComponentWorkflowView, isArray: true }) items: ComponentWorkflowView[];
}

export const CREATE_COMPONENT = defineCommand({
  name: 'template.component.create',
  service: 'template',
  request: CreateComponentRequest,
  reply: ComponentView,
  scope: 'workspace',
  mutation: true,
  description: 'Adds a smart component to a page of a site (config validated against its type).',
});

export const LIST_COMPONENTS = defineCommand({
  name: 'template.component.list',
  service: 'template',
  request: ListComponentsQuery,
  reply: ComponentPage,
  scope: 'workspace',
  mutation: false,
  description: "The workspace's components, newest first, by site, type or page.",
});

export const GET_COMPONENT = defineCommand({
  name: 'template.component.get',
  service: 'template',
  request: GetComponentRequest,
  reply: ComponentView,
  scope: 'workspace',
  mutation: false,
  description: 'One component of the workspace.',
});

export const UPDATE_COMPONENT = defineCommand({
  name: 'template.component.update',
  service: 'template',
  request: UpdateComponentRequest,
  reply: ComponentView,
  scope: 'workspace',
  mutation: true,
  description: "Replaces a component's config, or moves it to another page or position.",
});

export const DELETE_COMPONENT = defineCommand({
  name: 'template.component.delete',
  service: 'template',
  request: DeleteComponentRequest,
  reply: 'none',
  scope: 'workspace',
  mutation: true,
  description: 'Deletes a component (409 listing the workflows connected to it, unless forced).',
});

export const LIST_SITE_COMPONENTS = defineCommand({
  name: 'template.component.list-of-site',
  service: 'template',
  request: ListSiteComponentsRequest,
  reply: ComponentPage,
  scope: 'workspace',
  mutation: false,
  description: "A site's components page by page, in order.",
});

export const REORDER_COMPONENTS = defineCommand({
  name: 'template.component.reorder',
  service: 'template',
  request: ReorderComponentsRequest,
  reply: ComponentListView,
  scope: 'workspace',
  mutation: true,
  description: 'Puts the components of one page in a new order.',
});

export const LIST_COMPONENT_WORKFLOWS = defineCommand({
  name: 'template.component.workflows',
  service: 'template',
  request: GetComponentRequest,
  reply: ComponentWorkflowListView,
  scope: 'workspace',
  mutation: false,
  description: 'The workflows connected to a component (kept from the workflow engine events).',
});

export class ComponentChangedV1 {
  @Uuid() component_id: string;
  @Uuid() site_id: string;
  @Text({ max: PAGE_PATH_MAX_LENGTH }) page: string;
  @Text({ max: 40 }) type: string;
  /** The full config, so a reader (the engine, the ai service) has the form's field names without asking. */
  @JsonObject() config: Record<string, unknown>;
  @Int({ min: 0, max: SITE_COMPONENTS_MAX }) position: number;
  /** When this state was written: a reader keeps the newest and drops an older update that arrives late. */
  @DateTime() updated_at: string;
}

export class ComponentDeletedV1 {
  @Uuid() component_id: string;
  @Uuid() site_id: string;
  @Text({ max: 40 }) type: string;
  /** Deleted with ?force=true while these workflows used it: they must stop listening for it. */
  @UuidList({ maxItems: 1000 }) connected_workflow_ids: string[];
}

export const COMPONENT_CREATED = defineEvent({
  name: 'template.component.created.v1',
  producer: 'template',
  payload: ComponentChangedV1,
  description: 'A smart component was added to a site (its type and config included).',
});

export const COMPONENT_UPDATED = defineEvent({
  name: 'template.component.updated.v1',
  producer: 'template',
  payload: ComponentChangedV1,
  description: 'A component changed (config, page or position); the payload holds its new state.',
});

export const COMPONENT_DELETED = defineEvent({
  name: 'template.component.deleted.v1',
  producer: 'template',
  payload: ComponentDeletedV1,
  description: 'A component was deleted (also when its site was), with the workflows that were connected to it.',
});
