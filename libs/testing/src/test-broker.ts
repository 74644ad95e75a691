import * as amqplib from 'amqplib';
import { connect } from 'amqp-connection-manager';
import { randomBytes, randomUUID } from 'node:crypto';
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

/**
 * Publishes a domain event on a platform's broker as its producer would (a proper envelope, persistent, with
 * confirms), for tests of a consumer whose producer is not running, or not built yet.
 */
export async function publishTestEvent(
  prefix: string,
  name: string,
  payload: object,
  identity: { workspaceId?: string | null; source?: string; id?: string } = {},
): Promise<string> {
  const id = identity.id ?? randomUUID();
  const envelope = {
    id,
    name,
    occurred_at: new Date().toISOString(),
    correlation_id: `test-${id}`,
    workspace_id: identity.workspaceId ?? null,
    user_id: null,
    source: identity.source ?? name.split('.')[0],
    payload,
  };
  const connection = await amqplib.connect(TEST_AMQP_URL);
  try {
    const channel = await connection.createConfirmChannel();
    channel.publish(`${prefix}.events`, name, Buffer.from(JSON.stringify(envelope)), {
      persistent: true,
      contentType: 'application/json',
      messageId: id,
      type: name,
    });
    await channel.waitForConfirms();
  } finally {
    await connection.close();
  }
  return id;
}
