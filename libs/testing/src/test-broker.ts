import { connect } from 'amqp-connection-manager';
import { randomBytes } from 'node:crypto';
import { SERVICE_NAMES } from '@mab/contracts';
import { deleteTopology } from '@mab/messaging';

export const TEST_AMQP_URL = process.env.TEST_AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672';

/**
 * A name prefix for every exchange and queue of one test run. Runs on one broker never share a name, and
 * `cleanup` removes what the run declared.
 */
export function createTestBrokerNamespace(label = 't') {
  const prefix = `${label}-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
  return {
    prefix,
    async cleanup(retryDelaysMs: number[], services: readonly string[] = SERVICE_NAMES): Promise<void> {
      const connection = connect([TEST_AMQP_URL]);
      const channel = connection.createChannel({ confirm: false });
      try {
        await channel.waitForConnect();
        await deleteTopology(channel, prefix, [...services], retryDelaysMs);
      } finally {
        await channel.close().catch(() => undefined);
        await connection.close().catch(() => undefined);
      }
    },
  };
}
