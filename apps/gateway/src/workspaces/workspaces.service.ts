import { Injectable } from '@nestjs/common';
import type { Page } from '@mab/contracts';
import { DataSource } from 'typeorm';
import { offsetPageResult, type OffsetPage } from '../http/list-query';
import { MembershipEntity, WorkspaceEntity } from '../identity/identity.entities';
import { workspaceView, type WorkspaceView } from '../identity/identity.views';
import type { Principal } from '../identity/principal';
import type { WorkspaceMembershipView } from './workspaces.dto';

/** The workspaces a user belongs to, and new ones (the creator owns them). */
@Injectable()
export class WorkspacesService {
  constructor(private readonly dataSource: DataSource) {}

  async listMine(principal: Principal, page: OffsetPage): Promise<Page<WorkspaceMembershipView>> {
    // Across workspaces by design (the user's own memberships), so not a workspace-scoped repository.
    const [rows, total] = await this.dataSource.getRepository(MembershipEntity).findAndCount({
      where: { userId: principal.userId },
      relations: { workspace: true },
      order: { createdAt: 'ASC', workspaceId: 'ASC' },
      take: page.limit,
      skip: page.offset,
    });
    return offsetPageResult(
      rows.map((m) => ({ workspace: workspaceView(m.workspace!), role: m.role })),
      total,
      page,
    );
  }

  async create(principal: Principal, name: string): Promise<WorkspaceView> {
    return this.dataSource.transaction(async (manager) => {
      const workspace = await manager.getRepository(WorkspaceEntity).save({ name });
      await manager
        .getRepository(MembershipEntity)
        .insert({ workspaceId: workspace.id, userId: principal.userId, role: 'owner' });
      return workspaceView(workspace);
    });
  }
}
