import { Injectable } from '@nestjs/common';
import {
  ADD_SUPPRESSION,
  LIST_SUPPRESSIONS,
  REMOVE_SUPPRESSION,
  ServiceError,
  type AddSuppressionRequest,
  type ListSuppressionsQuery,
  type Page,
  type SuppressionIdRequest,
  type SuppressionView,
} from '@mab/contracts';
import { OnCommand, type CommandContext } from '@mab/messaging';
import { WorkspaceRepository, keysetPage } from '@mab/persistence';
import { DataSource } from 'typeorm';
import { SuppressionEntity } from '../email.entities';
import { emailHash } from '../email-tokens';
import { suppressionView } from '../email-views';

/** The suppression list: addresses that get no marketing email (unsubscribed, bounced, complained, by hand). */
@Injectable()
export class SuppressionsHandlers {
  constructor(private readonly dataSource: DataSource) {}

  @OnCommand(ADD_SUPPRESSION)
  async add(request: AddSuppressionRequest, ctx: CommandContext<typeof ADD_SUPPRESSION>): Promise<SuppressionView> {
    const suppressions = WorkspaceRepository.of(ctx.manager, SuppressionEntity, ctx.workspaceId);
    const hash = emailHash(ctx.workspaceId, request.email);
    await suppressions.insertUnlessConflict({
      emailHash: hash,
      email: request.email,
      reason: request.reason ?? 'manual',
      note: request.note ?? null,
    });
    return suppressionView((await suppressions.findOne({ emailHash: hash }))!);
  }

  @OnCommand(LIST_SUPPRESSIONS)
  list(query: ListSuppressionsQuery, ctx: CommandContext<typeof LIST_SUPPRESSIONS>): Promise<Page<SuppressionView>> {
    const qb = WorkspaceRepository.of(this.dataSource, SuppressionEntity, ctx.workspaceId).queryBuilder('suppression');
    if (query.reason) qb.andWhere('suppression.reason = :reason', { reason: query.reason });
    return keysetPage(qb, { keys: ['createdAt', 'id'], direction: 'DESC' }, query, suppressionView);
  }

  @OnCommand(REMOVE_SUPPRESSION)
  async remove(request: SuppressionIdRequest, ctx: CommandContext<typeof REMOVE_SUPPRESSION>): Promise<void> {
    const removed = await WorkspaceRepository.of(ctx.manager, SuppressionEntity, ctx.workspaceId).delete({
      id: request.suppression_id,
    });
    if (!removed) throw ServiceError.notFound('suppression', request.suppression_id);
  }
}
