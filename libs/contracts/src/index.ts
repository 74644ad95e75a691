export * from './service-names';
export * from './envelope';
export * from './registry';
export * from './service-error';
export * from './commands/system.commands';
export * from './commands/probe.commands';
export * from './events/probe-emitted.event';
export * from './catalog';
