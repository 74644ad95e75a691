export * from './ai-workflows.contracts';
export * from './ai-copy.contracts';
export * from './ai-insights.contracts';
