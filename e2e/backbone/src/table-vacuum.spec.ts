import { createTestDatabase } from '@mab/testing';
import { DataSource } from 'typeorm';
import { vacuumWhenBloated } from '@mab/persistence';

describe('vacuumWhenBloated', () => {
  it('leaves a healthy table alone and vacuums one full of dead rows', async () => {
    const db = await createTestDatabase('vacuum');
    const dataSource = new DataSource({ type: 'postgres', url: db.url, schema: 'queue_test' });
    await dataSource.initialize();
    try {
      await dataSource.query('CREATE SCHEMA queue_test');
      await dataSource.query(
        'CREATE TABLE queue_test.outbox (id serial PRIMARY KEY, sent boolean NOT NULL DEFAULT false)',
      );
      await dataSource.query('INSERT INTO queue_test.outbox (sent) SELECT false FROM generate_series(1, 3000)');
      await dataSource.query('SELECT pg_stat_force_next_flush()');
      expect(await vacuumWhenBloated(dataSource, 'outbox')).toBe(false);
      await dataSource.query('DELETE FROM queue_test.outbox WHERE id <= 2500');
      await dataSource.query('SELECT pg_stat_force_next_flush()');
      expect(await vacuumWhenBloated(dataSource, 'outbox')).toBe(true);
      const [after] = await dataSource.query(
        `SELECT n_dead_tup::int AS dead FROM pg_stat_user_tables WHERE schemaname = 'queue_test' AND relname = 'outbox'`,
      );
      expect(after.dead).toBe(0);
    } finally {
      await dataSource.destroy();
      await db.drop();
    }
  });
});
