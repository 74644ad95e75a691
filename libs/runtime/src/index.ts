export * from './service-runtime.module';
export * from './bootstrap-service';
export * from './health.controller';
export * from './diagnostics.module';
export * from './backend-service';
export * from './periodic-task';
