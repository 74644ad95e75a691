export * from './custom-fields.contracts';
export * from './contacts.contracts';
export * from './activities.contracts';
