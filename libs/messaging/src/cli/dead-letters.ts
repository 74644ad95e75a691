/**
 * Operator CLI for dead-letter queues.
 *
 *   npm run dead-letters -- list    <service> [--limit 50]
 *   npm run dead-letters -- replay  <service> [--id <message-id> ...]   (all when no --id)
 *   npm run dead-letters -- discard <service>  --id <message-id> ...
 *
 * Reads AMQP_URL and AMQP_PREFIX like the services do.
 */
import { connect } from 'amqp-connection-manager';
import { isServiceName } from '@mab/contracts';
import { DeadLetterAdmin } from '../dead-letters';

async function main(argv: string[]): Promise<number> {
  const [action, service, ...rest] = argv;
  const ids: string[] = [];
  let limit = 50;
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '--id') ids.push(rest[++i]);
    else if (rest[i] === '--limit') limit = Number(rest[++i]);
  }
  if (!['list', 'replay', 'discard'].includes(action ?? '') || !service || !isServiceName(service)) {
    process.stderr.write('usage: dead-letters list|replay|discard <service> [--id <message-id>]... [--limit N]\n');
    return 2;
  }
  if (action === 'discard' && ids.length === 0) {
    process.stderr.write('discard needs at least one --id (refusing to drop every dead letter)\n');
    return 2;
  }
  const url = process.env.AMQP_URL || 'amqp://guest:guest@127.0.0.1:5672';
  const prefix = process.env.AMQP_PREFIX ?? 'mab';
  const connection = connect([url], { reconnectTimeInSeconds: 1 });
  const channel = connection.createChannel({ name: 'dead-letter-cli', confirm: true });
  try {
    await channel.waitForConnect();
    const admin = new DeadLetterAdmin(channel, prefix, service);
    await admin.ensureQueue();
    if (action === 'list') {
      const items = await admin.list(limit);
      process.stdout.write(JSON.stringify({ queue: admin.queue, total: await admin.count(), items }, null, 2) + '\n');
    } else if (action === 'replay') {
      const replayed = await admin.replay(ids.length ? ids : undefined);
      process.stdout.write(JSON.stringify({ queue: admin.queue, replayed }, null, 2) + '\n');
    } else {
      const discarded = await admin.discard(ids);
      process.stdout.write(JSON.stringify({ queue: admin.queue, discarded }, null, 2) + '\n');
    }
    return 0;
  } finally {
    await channel.close();
    await connection.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`dead-letters: ${(err as Error).message}\n`);
    process.exit(1);
  },
);
