export * from './conditions';
export * from './config-schema';
export * from './expressions';
export * from './graph';
export * from './node-catalogue';
export * from './seed-shape';
export * from './validate-workflow';
export * from './workflow-templates';
