export * from './request-context';
export * from './logging';
export * from './metrics.service';
export * from './observability.module';
