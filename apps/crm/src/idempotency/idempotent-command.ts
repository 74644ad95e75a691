import { WorkspaceRepository } from '@mab/persistence';
import type { EntityManager } from 'typeorm';
import { CommandResultEntity } from './command-result.entity';

/**
 * Runs `effect` once per (workspace, command, key), in the caller's transaction: a retried workflow step with the
 * same key gets the first result back and causes nothing. Two concurrent calls with one key take turns on a
 * transaction lock, so the second sees the first's result. Without a key, `effect` simply runs.
 */
export async function idempotent<T>(
  manager: EntityManager,
  workspaceId: string,
  command: string,
  key: string | undefined,
  effect: () => Promise<T>,
): Promise<T> {
  if (!key) return effect();
  // eslint-disable-next-line no-restricted-syntax -- a lock, no data read
  await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`${workspaceId}:${command}:${key}`]);
  const results = WorkspaceRepository.of(manager, CommandResultEntity, workspaceId);
  const earlier = await results.findOne({ command, idempotencyKey: key });
  if (earlier) return earlier.result as T;
  const result = await effect();
  await results.insert({ command, idempotencyKey: key, result: result as object });
  return result;
}
