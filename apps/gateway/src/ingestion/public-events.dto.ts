import { ApiProperty } from '@nestjs/swagger';
import {
  DateTime,
  JsonObject,
  Nested,
  OneOf,
  PAGE_PATH_MAX_LENGTH,
  SITE_EVENT_DEVICES,
  SITE_EVENT_TYPES,
  Text,
  Uuid,
  type SiteEventDevice,
  type SiteEventType,
} from '@mab/contracts';

export class UtmDto {
  @Text({ optional: true, max: 200, example: 'newsletter' }) source?: string;
  @Text({ optional: true, max: 200, example: 'email' }) medium?: string;
  @Text({ optional: true, max: 200, example: 'spring-menu' }) campaign?: string;
  @Text({ optional: true, max: 200 }) term?: string;
  @Text({ optional: true, max: 200 }) content?: string;
}

export class PublicEventDto {
  @OneOf(SITE_EVENT_TYPES, { example: 'form_submission' })
  type: SiteEventType;

  @Uuid({ optional: true })
  component_id?: string;

  @Text({ optional: true, max: 200, example: 'v_9f2c1a' })
  visitor_id?: string;

  @Uuid({
    optional: true,
    description:
      'Made by the page for each event; the dedupe key: the same id again (a retried beacon) is accepted once, ' +
      'and the answer repeats it.',
  })
  event_id?: string;

  @DateTime({
    optional: true,
    description: 'When it happened on the visitor’s clock; kept within the last 24 hours and never after receipt',
  })
  occurred_at?: string;

  @Text({
    optional: true,
    max: PAGE_PATH_MAX_LENGTH,
    example: '/pricing',
    description: "The site's page path (not the URL)",
  })
  page?: string;

  @Text({ optional: true, max: 2000, description: 'document.referrer' })
  referrer?: string;

  @Nested(() => UtmDto, { optional: true, description: 'utm_* parameters of the page URL' })
  utm?: UtmDto;

  @OneOf(SITE_EVENT_DEVICES, { optional: true })
  device?: SiteEventDevice;

  @JsonObject({
    optional: true,
    example: { form_data: { email: 'visitor@example.com', name: 'Vi Sitor', message: 'Hello' } },
    description: 'Free-form; a form_submission carries the form fields in data.form_data',
  })
  data?: Record<string, unknown>;
}

export class AcceptedEventView {
  @ApiProperty({ format: 'uuid' }) event_id: string;
}
