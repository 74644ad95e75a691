export * from './validate-env';
export * from './service-env';
