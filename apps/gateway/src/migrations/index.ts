import { messagingMigrations } from '@mab/persistence';
import { GatewayIdentity1763856000000 } from './1763856000000-gateway-identity';
import { GatewayInvitations1763942400000 } from './1763942400000-gateway-invitations';
import { GatewaySiteDirectory1764115200000 } from './1764115200000-gateway-site-directory';

/** Every migration of the gateway schema, oldest first. */
export const GATEWAY_MIGRATIONS: Function[] = [
  ...messagingMigrations('gateway'),
  GatewayIdentity1763856000000,
  GatewayInvitations1763942400000,
  GatewaySiteDirectory1764115200000,
];
