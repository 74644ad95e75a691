export * from './custom-fields.contracts';
export * from './contacts.contracts';
export * from './activities.contracts';
export * from './scoring.contracts';
export * from './email.contracts';
