import type { Provider } from '@nestjs/common';
import { CRM_ENV } from '../../crm.config';
import type { CrmEnv } from '../../crm.env';
import type { MailTransport } from '../transport/mail-transport';
import { SendGridTransport } from '../transport/sendgrid-transport';
import { SinkTransport } from '../transport/sink-transport';

export const MAIL_TRANSPORT = Symbol('MAIL_TRANSPORT');

/** SendGrid when a key is set, the local sink otherwise (the platform works offline, every message kept). */
export const mailTransportProvider: Provider = {
  provide: MAIL_TRANSPORT,
  inject: [CRM_ENV],
  useFactory: (env: CrmEnv): MailTransport =>
    env.SENDGRID_API_KEY
      ? new SendGridTransport({ apiKey: env.SENDGRID_API_KEY, baseUrl: env.SENDGRID_API_BASE_URL })
      : new SinkTransport(),
};
