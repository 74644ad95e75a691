import type { DataSource } from 'typeorm';
import { quotedSchema } from './service-data-source';

const DEAD_ROWS_FLOOR = 1_000;
const DEAD_RATIO = 0.2;

/**
 * Vacuums a queue-like table (outbox, execution steps) when its dead rows pile up, whatever the server's
 * autovacuum does. Such tables are rewritten all day (every row updated or deleted soon after its insert) and are
 * read through partial indexes (`WHERE sent_at IS NULL`, due steps): every dead row left behind is an index entry
 * each poll walks over. With autovacuum off (this project's development and CI servers run so) or slow, a relay
 * poll went from well under a millisecond to 20 ms within minutes. Cheap to ask (one row of statistics); the
 * VACUUM is the plain, non-blocking kind. Answers whether it vacuumed.
 */
export async function vacuumWhenBloated(dataSource: DataSource, table: string): Promise<boolean> {
  const schema = quotedSchema(dataSource).slice(1, -1);
  const [stats] = (await dataSource.query(
    'SELECT n_live_tup::int AS live, n_dead_tup::int AS dead FROM pg_stat_user_tables WHERE schemaname = $1 AND relname = $2',
    [schema, table],
  )) as { live: number; dead: number }[];
  if (!stats || stats.dead < Math.max(DEAD_ROWS_FLOOR, DEAD_RATIO * stats.live)) return false;
  await dataSource.query(`VACUUM (ANALYZE) "${schema}"."${table}"`);
  return true;
}
