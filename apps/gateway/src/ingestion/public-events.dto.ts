import { ApiProperty } from '@nestjs/swagger';
import { JsonObject, OneOf, SITE_EVENT_TYPES, Text, Uuid, type SiteEventType } from '@mab/contracts';

export class PublicEventDto {
  @OneOf(SITE_EVENT_TYPES, { example: 'form_submission' })
  type: SiteEventType;

  @Uuid({ optional: true })
  component_id?: string;

  @Text({ optional: true, max: 200, example: 'v_9f2c1a' })
  visitor_id?: string;

  @JsonObject({
    optional: true,
    example: { form_data: { email: 'visitor@example.com', name: 'Vi Sitor', message: 'Hello' }, page: '/contact' },
    description: 'Free-form; a form_submission carries the form fields in data.form_data',
  })
  data?: Record<string, unknown>;
}

export class AcceptedEventView {
  @ApiProperty({ format: 'uuid' }) event_id: string;
}
