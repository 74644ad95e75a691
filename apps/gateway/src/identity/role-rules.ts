import { ApiError } from '../http/api-error';
import type { Role } from '@mab/contracts';
import type { Principal } from './principal';

/** Only an owner may hand out (or take away) the owner role, by membership or by invitation. */
export function assertMayGrantRole(principal: Principal, role: Role): void {
  if (role === 'owner' && principal.role !== 'owner') {
    throw ApiError.forbidden('only an owner can grant, change or remove the owner role', 'insufficient_role');
  }
}
