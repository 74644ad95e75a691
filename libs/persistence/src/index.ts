export * from './database-unavailable';
export * from './messaging-tables.entities';
export * from './messaging-tables.migration';
export * from './service-data-source';
export * from './workspace-repository';
export * from './keyset-page';
export * from './like-pattern';
export * from './after-commit';
