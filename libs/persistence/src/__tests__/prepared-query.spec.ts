import { DataSource } from 'typeorm';
import { preparedQuery } from '../prepared-query';

const POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** preparedQuery against a real PostgreSQL: prepared once per connection inside a transaction, plain outside. */
describe('preparedQuery', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = new DataSource({ type: 'postgres', url: POSTGRES_URL, poolSize: 1 });
    await dataSource.initialize();
  });

  afterAll(() => dataSource?.destroy());

  it('prepares a named statement on the transaction connection and reuses it', async () => {
    const sql = 'SELECT $1::int + 1 AS n';
    for (const value of [1, 2, 3]) {
      const rows = await dataSource.transaction((m) => preparedQuery<{ n: number }>(m, 'test.add-one', sql, [value]));
      expect(rows).toEqual([{ n: value + 1 }]);
    }
    // One connection in the pool: the statement is prepared there, once.
    const prepared = await dataSource.transaction((m) =>
      m.query(`SELECT count(*)::int AS n FROM pg_prepared_statements WHERE name = 'test.add-one'`),
    );
    expect(prepared).toEqual([{ n: 1 }]);
  });

  it('answers the rows a write returns, and runs as a plain query outside a transaction', async () => {
    const rows = await dataSource.transaction(async (m) => {
      await m.query('CREATE TEMP TABLE prepared_probe (id int) ON COMMIT DROP');
      return preparedQuery(m, 'test.insert-probe', 'INSERT INTO prepared_probe VALUES ($1), ($2) RETURNING id', [7, 8]);
    });
    expect(rows).toEqual([{ id: 7 }, { id: 8 }]);
    expect(await preparedQuery(dataSource, 'unused', 'SELECT 41 + $1::int AS n', [1])).toEqual([{ n: 42 }]);
  });
});
