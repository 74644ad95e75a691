import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MembershipEntity, WorkspaceEntity } from '../identity/identity.entities';
import type { Principal } from '../identity/principal';
import { workspaceView } from '../identity/views';
import { listResult, type Page } from '../http/list-query';

/** The workspaces a user belongs to, and new ones (the creator owns them). */
@Injectable()
export class ManageWorkspacesUseCase {
  constructor(private readonly dataSource: DataSource) {}

  async listMine(principal: Principal, page: Page) {
    const [rows, total] = await this.dataSource.getRepository(MembershipEntity).findAndCount({
      where: { userId: principal.userId },
      relations: { workspace: true },
      order: { createdAt: 'ASC', workspaceId: 'ASC' },
      take: page.limit,
      skip: page.offset,
    });
    return listResult(rows.map((m) => ({ workspace: workspaceView(m.workspace!), role: m.role })), total, page);
  }

  async create(principal: Principal, name: string) {
    return this.dataSource.transaction(async (manager) => {
      const workspace = await manager.getRepository(WorkspaceEntity).save({ name });
      await manager.getRepository(MembershipEntity).insert({ workspaceId: workspace.id, userId: principal.userId, role: 'owner' });
      return workspaceView(workspace);
    });
  }
}
