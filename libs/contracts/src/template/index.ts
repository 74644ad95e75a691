export * from './component-types.contracts';
export * from './sites.contracts';
