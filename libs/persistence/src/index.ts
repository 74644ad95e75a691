export * from './messaging-tables.entities';
export * from './messaging-tables.migration';
export * from './service-data-source';
