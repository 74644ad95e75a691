import { ApiProperty } from '@nestjs/swagger';
import { Uuid } from '../fields';
import { defineCommand } from '../registry';
import { ActivityView } from './activities.contracts';
import { ContactView } from './contacts.contracts';
import { CUSTOM_FIELD_TYPES, type CustomFieldType } from './custom-fields.contracts';
import { EmailSendView, SUPPRESSION_REASONS, type SuppressionReason } from './email.contracts';
import { ScoreChangeView } from './scoring.contracts';

/** Most rows of one kind an export carries (a reply travels through the broker); `truncated` names a cut list. */
export const CONTACT_EXPORT_LIMITS = { activities: 10_000, email_sends: 1_000, score_changes: 10_000 } as const;

export class ContactExportRequest {
  @Uuid() contact_id: string;
}

export class ExportedCustomField {
  @ApiProperty() key: string;
  @ApiProperty({ type: String, nullable: true, description: 'null when the definition was deleted since' })
  label: string | null;
  @ApiProperty({ enum: CUSTOM_FIELD_TYPES, nullable: true }) type: CustomFieldType | null;
  @ApiProperty({ description: 'The stored value' }) value: unknown;
}

export class ExportedEmailSend extends EmailSendView {
  @ApiProperty({ type: String, nullable: true }) to_name: string | null;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } }) headers: Record<string, string>;
}

export class ExportedVisitor {
  @ApiProperty({ description: "A published site's visitor id that turned out to be this person" }) visitor_id: string;
  @ApiProperty({ format: 'date-time' }) identified_at: string;
}

export class ExportedSuppression {
  @ApiProperty({ description: 'Whether the address gets no marketing email' }) suppressed: boolean;
  @ApiProperty({ enum: SUPPRESSION_REASONS, nullable: true }) reason: SuppressionReason | null;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) since: string | null;
}

/** Everything the crm keeps about one person (GDPR art. 15 and 20), as one JSON document. */
export class ContactExportView {
  @ApiProperty({ format: 'date-time' }) exported_at: string;
  @ApiProperty({ type: ContactView }) contact: ContactView;
  @ApiProperty({ type: [ExportedCustomField], description: 'The custom field values with their definitions' })
  custom_fields: ExportedCustomField[];
  @ApiProperty({ type: [ActivityView], description: 'The timeline, newest first' }) activities: ActivityView[];
  @ApiProperty({
    type: [ExportedEmailSend],
    description: 'Every email to the contact or its address, newest first, content included',
  })
  email_sends: ExportedEmailSend[];
  @ApiProperty({ type: [ScoreChangeView], description: 'The lead score log, newest first' })
  score_changes: ScoreChangeView[];
  @ApiProperty({ type: [ExportedVisitor] }) known_visitors: ExportedVisitor[];
  @ApiProperty({ type: ExportedSuppression }) suppression: ExportedSuppression;
  @ApiProperty({
    type: String,
    isArray: true,
    description: `Lists cut at their limit (${Object.entries(CONTACT_EXPORT_LIMITS)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}): the newest rows are kept`,
  })
  truncated: string[];
}

export const EXPORT_CONTACT = defineCommand({
  name: 'crm.contact.export',
  service: 'crm',
  request: ContactExportRequest,
  reply: ContactExportView,
  scope: 'workspace',
  mutation: false,
  description:
    'GDPR export: the contact, its custom fields, timeline, emails (with content), score log, visitor ids and suppression state.',
});
