import {
  DataSource,
  type EntityManager,
  type FindOptionsOrder,
  type FindOptionsWhere,
  type ObjectLiteral,
  type QueryDeepPartialEntity,
  type SelectQueryBuilder,
} from 'typeorm';
import { randomBytes } from 'node:crypto';
import { quotedTablePath } from './service-data-source';

/**
 * `where()`/`orWhere()` would replace the workspace condition or OR around it: refused at run time too, since a
 * chained call (`.andWhere(…).where(…)`) is typed as a plain query builder again. Clones keep the guard.
 */
function guardScope<E extends ObjectLiteral>(qb: SelectQueryBuilder<E>): SelectQueryBuilder<E> {
  const refuse = (method: string) => () => {
    throw new Error(`${method}() would drop the workspace restriction of a scoped query builder; use andWhere()`);
  };
  const clone = qb.clone.bind(qb);
  return Object.assign(qb, { where: refuse('where'), orWhere: refuse('orWhere'), clone: () => guardScope(clone()) });
}

/** A row that belongs to one workspace (column `workspace_id`, property `workspaceId`). */
export interface WorkspaceOwned extends ObjectLiteral {
  workspaceId: string;
}

/** An entity class (not any Function: the compiler must see that its rows carry a workspace id). */
export type EntityClass<E> = new () => E;

/** A filter without the workspace: the repository adds it, and a caller cannot override it. */
export type ScopedWhere<E> = Omit<FindOptionsWhere<E>, 'workspaceId'>;
/**
 * Values to write without the workspace: the repository sets it. Column by column, a value of the column's own
 * type or a SQL expression (`() => '"position" + 1'`). Shallow on purpose: TypeORM's deep partial does not
 * accept a jsonb column typed as a plain record (`Record<string, unknown>`), which is what jsonb holds.
 */
export type ScopedValues<E> = { [K in Exclude<keyof E, 'workspaceId'>]?: E[K] | (() => string) };

export interface ScopedFindOptions<E> {
  /** One filter, or several OR-ed ones (each is scoped to the workspace). */
  where?: ScopedWhere<E> | ScopedWhere<E>[];
  order?: FindOptionsOrder<E>;
  take?: number;
  skip?: number;
  /** Locks the rows found until the transaction ends (`SELECT … FOR UPDATE`). */
  lockForUpdate?: boolean;
}

/**
 * A query builder already restricted to the workspace. `where`/`orWhere` would replace or OR around that
 * restriction, so they are not offered: add conditions with `andWhere` (use `new Brackets(...)` for an OR group).
 */
export type ScopedQueryBuilder<E extends ObjectLiteral> = Omit<SelectQueryBuilder<E>, 'where' | 'orWhere'>;

/**
 * Tenant scoping by construction: every read and write of a workspace's rows goes through a repository bound to
 * one workspace id, and there is no way to ask it for another workspace's rows. A handler gets the workspace id
 * from its command context (non-null for workspace-scoped commands), so "forgot the workspace filter" cannot
 * compile. Another workspace's id simply finds nothing, which the API answers as 404.
 *
 * ```ts
 * const sites = WorkspaceRepository.of(ctx.manager, SiteEntity, ctx.workspaceId);
 * const site = await sites.findById(id); // null for another workspace's site
 * ```
 */
export class WorkspaceRepository<E extends WorkspaceOwned> {
  private constructor(
    private readonly manager: EntityManager,
    private readonly entity: EntityClass<E>,
    readonly workspaceId: string,
  ) {
    if (typeof workspaceId !== 'string' || workspaceId.length === 0) {
      throw new Error('WorkspaceRepository needs a workspace id');
    }
  }

  /** The repository of `entity` for one workspace, on a transaction's manager or the DataSource. */
  static of<E extends WorkspaceOwned>(
    source: EntityManager | DataSource,
    entity: EntityClass<E>,
    workspaceId: string,
  ): WorkspaceRepository<E> {
    return new WorkspaceRepository(source instanceof DataSource ? source.manager : source, entity, workspaceId);
  }

  /** `"schema"."table"`, for raw SQL (which must then filter on `workspace_id = $n` with `this.workspaceId`). */
  get tablePath(): string {
    return quotedTablePath(this.manager, this.entity);
  }

  private scoped(where: ScopedWhere<E> = {} as ScopedWhere<E>): FindOptionsWhere<E> {
    return { ...where, workspaceId: this.workspaceId } as FindOptionsWhere<E>;
  }

  private scopedAll(where: ScopedWhere<E> | ScopedWhere<E>[] | undefined): FindOptionsWhere<E> | FindOptionsWhere<E>[] {
    return Array.isArray(where) ? where.map((w) => this.scoped(w)) : this.scoped(where);
  }

  findById(id: string, options: { lockForUpdate?: boolean } = {}): Promise<E | null> {
    return this.findOne({ id } as unknown as ScopedWhere<E>, options);
  }

  findOne(
    where: ScopedWhere<E> | ScopedWhere<E>[],
    options: Omit<ScopedFindOptions<E>, 'where' | 'take' | 'skip'> = {},
  ): Promise<E | null> {
    return this.manager.findOne(this.entity, {
      where: this.scopedAll(where),
      ...(options.order ? { order: options.order } : {}),
      ...(options.lockForUpdate ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  find(options: ScopedFindOptions<E> = {}): Promise<E[]> {
    return this.manager.find(this.entity, {
      where: this.scopedAll(options.where),
      ...(options.order ? { order: options.order } : {}),
      ...(options.take !== undefined ? { take: options.take } : {}),
      ...(options.skip !== undefined ? { skip: options.skip } : {}),
      ...(options.lockForUpdate ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  count(where?: ScopedWhere<E> | ScopedWhere<E>[]): Promise<number> {
    return this.manager.count(this.entity, { where: this.scopedAll(where) });
  }

  exists(where: ScopedWhere<E> | ScopedWhere<E>[]): Promise<boolean> {
    return this.manager.exists(this.entity, { where: this.scopedAll(where) });
  }

  /** Inserts a row of this workspace and returns it as stored: generated columns (id, timestamps, defaults) included. */
  async insert(values: ScopedValues<E>): Promise<E> {
    const row = await this.insertRow(values, false);
    return row!;
  }

  /** A nullable column the insert did not set holds NULL; say so, rather than leave it undefined. */
  private withNulls(row: E): E {
    for (const column of this.manager.connection.getMetadata(this.entity).columns) {
      const record = row as Record<string, unknown>;
      if (column.isNullable && record[column.propertyName] === undefined) record[column.propertyName] = null;
    }
    return row;
  }

  /**
   * Inserts unless a unique constraint says the row exists (`INSERT … ON CONFLICT DO NOTHING`): the row, or null on
   * a conflict. What to do about the conflict (409, another slug) is the caller's decision.
   */
  insertUnlessConflict(values: ScopedValues<E>): Promise<E | null> {
    return this.insertRow(values, true);
  }

  private async insertRow(values: ScopedValues<E>, unlessConflict: boolean): Promise<E | null> {
    // The workspace goes last: a value for it among `values` (not possible in typed code) cannot win.
    const row = this.manager.create(this.entity, { ...values, workspaceId: this.workspaceId } as unknown as E);
    const insert = this.manager
      .createQueryBuilder()
      .insert()
      .into(this.entity)
      .values(row as QueryDeepPartialEntity<E>);
    const result = await (unlessConflict ? insert.orIgnore() : insert).updateEntity(true).execute();
    // ON CONFLICT DO NOTHING inserted nothing when RETURNING gave no row; a plain insert either inserted or threw.
    return unlessConflict && (result.raw as unknown[]).length === 0 ? null : this.withNulls(row);
  }

  /** Updates the workspace's rows matching `where`; returns how many changed (0: none of this workspace). */
  async update(where: ScopedWhere<E>, patch: ScopedValues<E>): Promise<number> {
    // Rows never move to another workspace, even when an untyped patch says so.
    const { workspaceId: _ignored, ...changes } = patch as Record<string, unknown>;
    const result = await this.manager.update(this.entity, this.scoped(where), changes as QueryDeepPartialEntity<E>);
    return result.affected ?? 0;
  }

  /** Deletes the workspace's rows matching `where`; returns how many went. */
  async delete(where: ScopedWhere<E>): Promise<number> {
    const result = await this.manager.delete(this.entity, this.scoped(where));
    return result.affected ?? 0;
  }

  /** A query builder over this workspace's rows only (see ScopedQueryBuilder for what it does not offer). */
  queryBuilder(alias: string): ScopedQueryBuilder<E> {
    // A parameter name of its own, so no parameter a caller adds can repoint the restriction.
    const parameter = `workspace_${randomBytes(6).toString('hex')}`;
    return guardScope(
      this.manager
        .createQueryBuilder(this.entity, alias)
        .where(`${alias}.workspaceId = :${parameter}`, { [parameter]: this.workspaceId }),
    );
  }
}
