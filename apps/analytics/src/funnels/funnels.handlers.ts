import { Injectable } from '@nestjs/common';
import {
  CREATE_FUNNEL,
  DELETE_FUNNEL,
  FUNNEL_REPORT,
  FUNNEL_WINDOW_HOURS_DEFAULT,
  FUNNELS_MAX,
  GET_FUNNEL,
  LIST_FUNNELS,
  ServiceError,
  UPDATE_FUNNEL,
  type CreateFunnelRequest,
  type FunnelIdRequest,
  type FunnelReportRequest,
  type FunnelReportView,
  type FunnelView,
  type ListFunnelsRequest,
  type Page,
  type UpdateFunnelRequest,
} from '@mab/contracts';
import { OnCommand, type CommandContext } from '@mab/messaging';
import { quotedSchema } from '@mab/persistence';
import { DataSource, type EntityManager } from 'typeorm';
import { FunnelReport } from './funnel-report';
import { assertSite, componentTypesOf, funnelView, validatedSteps, type FunnelRow } from './funnel-definition';

type Db = DataSource | EntityManager;

/** Funnel definitions of a workspace (on its sites) and their reports. */
@Injectable()
export class FunnelsHandlers {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reports: FunnelReport,
  ) {}

  private async funnelOr404(db: Db, workspaceId: string, id: string, lock = false): Promise<FunnelRow> {
    const [row] = (await db.query(
      `SELECT * FROM ${quotedSchema(db)}."funnels" WHERE "workspace_id" = $1 AND "id" = $2${lock ? ' FOR UPDATE' : ''}`,
      [workspaceId, id],
    )) as FunnelRow[];
    if (!row) throw ServiceError.notFound('funnel', id);
    return row;
  }

  private async views(db: Db, workspaceId: string, rows: FunnelRow[]): Promise<FunnelView[]> {
    const ids = [...new Set(rows.flatMap((r) => r.steps.flatMap((s) => (s.component_id ? [s.component_id] : []))))];
    const types = await componentTypesOf(db, workspaceId, ids);
    return rows.map((row) => funnelView(row, types));
  }

  @OnCommand(CREATE_FUNNEL)
  async create(request: CreateFunnelRequest, ctx: CommandContext<typeof CREATE_FUNNEL>): Promise<FunnelView> {
    const s = quotedSchema(ctx.manager);
    await assertSite(ctx.manager, ctx.workspaceId, request.site_id);
    const steps = await validatedSteps(ctx.manager, ctx.workspaceId, request.site_id, request.steps);
    // The count and the insert under one per-workspace lock, so parallel creates cannot pass the cap together.
    // eslint-disable-next-line no-restricted-syntax -- a lock keyed by the workspace
    await ctx.manager.query(`SELECT pg_advisory_xact_lock(hashtext('analytics.funnels:' || $1))`, [ctx.workspaceId]);
    // eslint-disable-next-line no-restricted-syntax -- workspace_id = $1 in the WHERE
    const [{ n }] = (await ctx.manager.query(
      `SELECT count(*)::int AS n FROM ${s}."funnels" WHERE "workspace_id" = $1`,
      [ctx.workspaceId],
    )) as { n: number }[];
    if (n >= FUNNELS_MAX)
      throw new ServiceError(409, 'too_many_funnels', `a workspace keeps at most ${FUNNELS_MAX} funnels`);
    // eslint-disable-next-line no-restricted-syntax -- the workspace in the row
    const [row] = (await ctx.manager.query(
      `INSERT INTO ${s}."funnels" ("workspace_id", "site_id", "name", "steps", "window_hours")
       VALUES ($1, $2, $3, $4::jsonb, $5) RETURNING *`,
      [
        ctx.workspaceId,
        request.site_id,
        request.name,
        JSON.stringify(steps),
        request.conversion_window_hours ?? FUNNEL_WINDOW_HOURS_DEFAULT,
      ],
    )) as FunnelRow[];
    return (await this.views(ctx.manager, ctx.workspaceId, [row]))[0];
  }

  @OnCommand(LIST_FUNNELS)
  async list(request: ListFunnelsRequest, ctx: CommandContext<typeof LIST_FUNNELS>): Promise<Page<FunnelView>> {
    // eslint-disable-next-line no-restricted-syntax -- workspace_id = $1 in the WHERE
    const rows = (await this.dataSource.query(
      `SELECT * FROM ${quotedSchema(this.dataSource)}."funnels"
        WHERE "workspace_id" = $1 AND ($2::uuid IS NULL OR "site_id" = $2) ORDER BY "name", "id"`,
      [ctx.workspaceId, request.site_id ?? null],
    )) as FunnelRow[];
    return { items: await this.views(this.dataSource, ctx.workspaceId, rows), total: rows.length, next_cursor: null };
  }

  @OnCommand(GET_FUNNEL)
  async get(request: FunnelIdRequest, ctx: CommandContext<typeof GET_FUNNEL>): Promise<FunnelView> {
    const row = await this.funnelOr404(this.dataSource, ctx.workspaceId, request.funnel_id);
    return (await this.views(this.dataSource, ctx.workspaceId, [row]))[0];
  }

  @OnCommand(UPDATE_FUNNEL)
  async update(request: UpdateFunnelRequest, ctx: CommandContext<typeof UPDATE_FUNNEL>): Promise<FunnelView> {
    const current = await this.funnelOr404(ctx.manager, ctx.workspaceId, request.funnel_id, true);
    const steps = request.steps
      ? await validatedSteps(ctx.manager, ctx.workspaceId, current.site_id, request.steps)
      : current.steps;
    // TypeORM answers an UPDATE … RETURNING with [rows, count].
    // eslint-disable-next-line no-restricted-syntax -- workspace_id = $1 in the WHERE
    const [[row]] = (await ctx.manager.query(
      `UPDATE ${quotedSchema(ctx.manager)}."funnels" SET "name" = $3, "steps" = $4::jsonb, "window_hours" = $5,
              "updated_at" = now()
        WHERE "workspace_id" = $1 AND "id" = $2 RETURNING *`,
      [
        ctx.workspaceId,
        current.id,
        request.name ?? current.name,
        JSON.stringify(steps),
        request.conversion_window_hours ?? current.window_hours,
      ],
    )) as [FunnelRow[], number];
    return (await this.views(ctx.manager, ctx.workspaceId, [row]))[0];
  }

  @OnCommand(DELETE_FUNNEL)
  async delete(request: FunnelIdRequest, ctx: CommandContext<typeof DELETE_FUNNEL>): Promise<void> {
    const funnel = await this.funnelOr404(ctx.manager, ctx.workspaceId, request.funnel_id, true);
    // eslint-disable-next-line no-restricted-syntax -- workspace_id = $1 in the WHERE
    await ctx.manager.query(
      `DELETE FROM ${quotedSchema(ctx.manager)}."funnels" WHERE "workspace_id" = $1 AND "id" = $2`,
      [ctx.workspaceId, funnel.id],
    );
  }

  @OnCommand(FUNNEL_REPORT)
  report(request: FunnelReportRequest, ctx: CommandContext<typeof FUNNEL_REPORT>): Promise<FunnelReportView> {
    return this.reports.read(request, ctx.workspaceId);
  }
}
