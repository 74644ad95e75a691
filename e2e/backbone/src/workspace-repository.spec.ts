import { randomUUID } from 'node:crypto';
import { WorkspaceRepository, keysetPage, serviceDataSourceOptions, type WorkspaceOwned } from '@mab/persistence';
import { createTestDatabase, type TestDatabase } from '@mab/testing';
import { Column, CreateDateColumn, DataSource, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'notes' })
class NoteEntity implements WorkspaceOwned {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid', name: 'workspace_id' }) workspaceId: string;
  @Column({ type: 'varchar', length: 100, unique: true }) title: string;
  @Column({ type: 'varchar', length: 100, nullable: true }) body: string | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3, name: 'created_at' }) createdAt: Date;
}

/** Tenant scoping by construction, against a real PostgreSQL: what one workspace's repository can and cannot reach. */
describe('WorkspaceRepository', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  const [a, b] = [randomUUID(), randomUUID()];

  beforeAll(async () => {
    db = await createTestDatabase('scoping');
    await db.query('CREATE SCHEMA crm');
    await db.query(`CREATE TABLE crm.notes (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(), workspace_id uuid NOT NULL, title varchar(100) NOT NULL UNIQUE,
      body varchar(100), created_at timestamptz(3) NOT NULL DEFAULT now())`);
    dataSource = new DataSource(
      serviceDataSourceOptions({ schema: 'crm', url: db.url, entities: [NoteEntity], migrations: [] }),
    );
    await dataSource.initialize();
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  it("reads, changes and deletes only its own workspace's rows", async () => {
    const notesOfA = WorkspaceRepository.of(dataSource, NoteEntity, a);
    const notesOfB = WorkspaceRepository.of(dataSource, NoteEntity, b);
    const mine = await notesOfA.insert({ title: 'a-1' });
    expect(mine).toMatchObject({
      workspaceId: a,
      title: 'a-1',
      body: null,
      id: expect.any(String),
      createdAt: expect.any(Date),
    });
    const theirs = await notesOfB.insert({ title: 'b-1' });

    expect(await notesOfA.findById(theirs.id)).toBeNull();
    expect(await notesOfA.find({ where: [{ title: 'b-1' }, { title: 'a-1' }] })).toEqual([
      expect.objectContaining({ id: mine.id }),
    ]);
    expect(await notesOfA.count()).toBe(1);
    expect(await notesOfA.update({ id: theirs.id }, { body: 'hijacked' })).toBe(0);
    expect(await notesOfA.delete({ id: theirs.id })).toBe(0);
    // An untyped patch naming another workspace does not move the row.
    expect(await notesOfA.update({ id: mine.id }, { body: 'mine', workspaceId: b } as never)).toBe(1);
    expect(await notesOfA.findById(mine.id)).toMatchObject({ workspaceId: a, body: 'mine' });
    expect(await notesOfB.findById(theirs.id)).toMatchObject({ body: null });
  });

  it('inserts unless a unique constraint says the row exists', async () => {
    const notes = WorkspaceRepository.of(dataSource, NoteEntity, a);
    expect(await notes.insertUnlessConflict({ title: 'unique-1' })).toMatchObject({ title: 'unique-1' });
    expect(await notes.insertUnlessConflict({ title: 'unique-1' })).toBeNull();
  });

  it('keeps its query builders (and their clones) inside the workspace', async () => {
    const notes = WorkspaceRepository.of(dataSource, NoteEntity, a);
    const qb = notes.queryBuilder('n');
    expect((await qb.getMany()).every((n) => n.workspaceId === a)).toBe(true);
    expect(() => (qb as unknown as { where(s: string): void }).where('1 = 1')).toThrow(/workspace restriction/);
    expect(() => qb.andWhere('n.title IS NOT NULL').clone().where('1 = 1')).toThrow(/workspace restriction/);
    expect(() => qb.clone().orWhere('1 = 1')).toThrow(/workspace restriction/);
    // A parameter named like a guess of the restriction's does not repoint it.
    const guessed = await notes
      .queryBuilder('n')
      .andWhere('n.id IS NOT NULL', { workspaceId: b, __workspaceId: b })
      .getMany();
    expect(guessed.every((n) => n.workspaceId === a)).toBe(true);
  });

  it('pages by keyset and refuses forged cursors before the database sees them', async () => {
    const notes = WorkspaceRepository.of(dataSource, NoteEntity, b);
    for (let i = 0; i < 5; i++) await notes.insert({ title: `page-${i}` });
    const sort = { keys: ['createdAt', 'id'] as ('createdAt' | 'id')[], direction: 'DESC' as const };
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await keysetPage(notes.queryBuilder('n'), sort, { limit: 2, cursor }, (n) => n.id);
      expect(page.total).toBe(6);
      seen.push(...page.items);
      cursor = page.next_cursor ?? undefined;
    } while (cursor);
    expect(new Set(seen).size).toBe(6);

    const forged = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');
    for (const cursor of [
      forged(['zzz', randomUUID()]),
      forged([new Date().toISOString(), 'not-a-uuid']),
      forged([1, 2]),
      'bm90LWpzb24',
    ]) {
      await expect(keysetPage(notes.queryBuilder('n'), sort, { cursor }, (n) => n.id)).rejects.toMatchObject({
        statusCode: 400,
        code: 'invalid_cursor',
      });
    }
  });
});
