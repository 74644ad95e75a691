import type { DataSource, EntityManager, QueryRunner } from 'typeorm';

const pending = new WeakMap<QueryRunner, (() => void)[]>();
const installed = new WeakSet<DataSource>();

/**
 * Runs `callback` once the transaction of `manager` commits (never if it rolls back): work that must only start
 * when the rows it reads are visible to other connections, such as running a step this transaction scheduled.
 * Outside a transaction it runs on the next tick. Errors of the callback are its own to handle.
 */
export function afterCommit(manager: EntityManager, callback: () => void): void {
  const runner = manager.queryRunner;
  if (!runner?.isTransactionActive) {
    setImmediate(callback);
    return;
  }
  const dataSource = manager.connection;
  if (!installed.has(dataSource)) {
    installed.add(dataSource);
    dataSource.subscribers.push({
      afterTransactionCommit: ({ queryRunner }) => {
        const callbacks = pending.get(queryRunner);
        if (!callbacks) return;
        pending.delete(queryRunner);
        for (const cb of callbacks) setImmediate(cb);
      },
      afterTransactionRollback: ({ queryRunner }) => {
        pending.delete(queryRunner);
      },
    });
  }
  const list = pending.get(runner) ?? [];
  list.push(callback);
  pending.set(runner, list);
}
