import type { ContactChangedV1, ContactView } from '@mab/contracts';
import type { ContactEntity } from './contact.entity';

export function contactView(contact: ContactEntity): ContactView {
  return {
    id: contact.id,
    email: contact.email,
    name: contact.name,
    first_name: contact.firstName,
    last_name: contact.lastName,
    phone: contact.phone,
    source_component: contact.sourceComponent,
    source_workflow: contact.sourceWorkflow,
    tags: contact.tags,
    custom_fields: contact.customFields,
    lead_score: contact.leadScore,
    status: contact.status,
    created_at: contact.createdAt.toISOString(),
    updated_at: contact.updatedAt.toISOString(),
    last_activity_at: contact.lastActivityAt?.toISOString() ?? null,
  };
}

export function contactChanged(contact: ContactEntity, changed: string[]): ContactChangedV1 {
  return {
    contact_id: contact.id,
    email: contact.email,
    name: contact.name,
    tags: contact.tags,
    status: contact.status,
    lead_score: contact.leadScore,
    source_component: contact.sourceComponent,
    changed,
    updated_at: contact.updatedAt.toISOString(),
  };
}
