import { Injectable } from '@nestjs/common';
import type { CommandReply, MessageEnvelope } from '@mab/contracts';
import { CommandInboxMessage, InboxMessage, quotedTablePath } from '@mab/persistence';
import { DataSource, type EntityManager } from 'typeorm';

/**
 * Inbox rows are kept 30 days: far longer than any retry path (minutes), and long enough that a dead letter replayed
 * weeks later still finds the handlers that had already succeeded on it.
 */
export const INBOX_RETENTION_DAYS = 30;

/** Command replies are kept 2 days: commands expire in seconds, a redelivery comes within minutes. */
const COMMAND_INBOX_RETENTION = "interval '2 days'";

/**
 * What this service has already handled: one row per (event handler, message) and one per state-changing command
 * with the reply it gave. Rows are written in the handler's own transaction, so "handled" and the handler's effect
 * commit together or not at all.
 */
@Injectable()
export class InboxStore {
  private readonly inboxTable: string;
  private readonly commandInboxTable: string;

  constructor(private readonly dataSource: DataSource) {
    this.inboxTable = quotedTablePath(dataSource, InboxMessage);
    this.commandInboxTable = quotedTablePath(dataSource, CommandInboxMessage);
  }

  /** Records that `consumer` handles `envelope`; false when it already had (a duplicate to ignore). */
  async claimEvent(manager: EntityManager, consumer: string, envelope: MessageEnvelope): Promise<boolean> {
    const inserted: unknown[] = await manager.query(
      `INSERT INTO ${this.inboxTable} (consumer, message_id, name) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING RETURNING message_id`,
      [consumer, envelope.id, envelope.name],
    );
    return inserted.length > 0;
  }

  /**
   * Claims a command for this transaction. Returns the stored reply when the command was handled before (answer it
   * again, do not run it again), or null when it is new.
   */
  async claimCommand(manager: EntityManager, envelope: MessageEnvelope): Promise<CommandReply | null> {
    const inserted: unknown[] = await manager.query(
      `INSERT INTO ${this.commandInboxTable} (message_id, name) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING message_id`,
      [envelope.id, envelope.name],
    );
    if (inserted.length > 0) return null;
    const [stored] = await manager.query(`SELECT reply FROM ${this.commandInboxTable} WHERE message_id = $1`, [
      envelope.id,
    ]);
    return stored.reply as CommandReply;
  }

  async storeCommandReply(manager: EntityManager, messageId: string, reply: CommandReply): Promise<void> {
    await manager.query(`UPDATE ${this.commandInboxTable} SET reply = $2 WHERE message_id = $1`, [
      messageId,
      JSON.stringify(reply),
    ]);
  }

  /** Deletes event inbox rows older than `days` and expired command replies; returns how many event rows went. */
  async purge(days: number): Promise<number> {
    const [, deleted] = await this.dataSource.query(
      `DELETE FROM ${this.inboxTable} WHERE handled_at < now() - make_interval(days => $1)`,
      [days],
    );
    await this.dataSource.query(
      `DELETE FROM ${this.commandInboxTable} WHERE handled_at < now() - ${COMMAND_INBOX_RETENTION}`,
    );
    return Number(deleted ?? 0);
  }
}
