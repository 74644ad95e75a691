/** The six deployable services. The first segment of every event and command name is one of these. */
export const SERVICE_NAMES = ['gateway', 'template', 'workflow-engine', 'crm', 'ai', 'analytics'] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];

/** A service behind the gateway: it answers the gateway's commands and owns a domain. */
export type BackendServiceName = Exclude<ServiceName, 'gateway'>;

/** Services that sit behind the gateway and answer its commands. */
export const BACKEND_SERVICES = SERVICE_NAMES.filter((s) => s !== 'gateway') as BackendServiceName[];

export function isServiceName(value: string): value is ServiceName {
  return (SERVICE_NAMES as readonly string[]).includes(value);
}

export function isBackendServiceName(value: string): value is BackendServiceName {
  return (BACKEND_SERVICES as readonly string[]).includes(value);
}
