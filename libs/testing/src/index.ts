export * from './test-database';
export * from './test-broker';
export * from './tcp-proxy';
export * from './wait-for';
export * from './test-service';
export * from './service-boot-check';
export * from './cross-tenant';
