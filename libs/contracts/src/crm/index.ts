export * from './custom-fields.contracts';
export * from './contacts.contracts';
export * from './activities.contracts';
export * from './scoring.contracts';
export * from './email.contracts';
export * from './email-links.contracts';
export * from './email-webhook.contracts';
export * from './gdpr.contracts';
