import { Injectable } from '@nestjs/common';
import type { Page } from '@mab/contracts';
import { WorkspaceRepository } from '@mab/persistence';
import { DataSource, IsNull, MoreThan } from 'typeorm';
import { ApiError } from '../http/api-error';
import { offsetPageResult, type OffsetPage } from '../http/list-query';
import { InvitationEntity } from '../identity/identity.entities';
import type { Principal } from '../identity/principal';
import { invitationView, type InvitationView } from './invitations.dto';

/** Pending invitations of the caller's active workspace: list and revoke. */
@Injectable()
export class InvitationsService {
  constructor(private readonly dataSource: DataSource) {}

  async listPending(principal: Principal, page: OffsetPage): Promise<Page<InvitationView>> {
    const invitations = WorkspaceRepository.of(this.dataSource, InvitationEntity, principal.workspaceId);
    const where = { acceptedAt: IsNull(), revokedAt: IsNull(), expiresAt: MoreThan(new Date()) };
    const [rows, total] = await Promise.all([
      invitations.find({ where, order: { createdAt: 'DESC', id: 'ASC' }, take: page.limit, skip: page.offset }),
      invitations.count(where),
    ]);
    return offsetPageResult(rows.map(invitationView), total, page);
  }

  async revoke(principal: Principal, id: string): Promise<void> {
    const changed = await WorkspaceRepository.of(this.dataSource, InvitationEntity, principal.workspaceId).update(
      { id, acceptedAt: IsNull(), revokedAt: IsNull() },
      { revokedAt: new Date() },
    );
    if (!changed) throw ApiError.notFound('invitation');
  }
}
