import { Injectable } from '@nestjs/common';
import type { Page, Role } from '@mab/contracts';
import { WorkspaceRepository } from '@mab/persistence';
import { DataSource } from 'typeorm';
import { offsetPageResult, type OffsetPage } from '../http/list-query';
import { MembershipEntity, UserEntity } from '../identity/identity.entities';
import type { Principal } from '../identity/principal';
import type { MemberView } from './members.dto';

/** Members of the caller's active workspace. */
@Injectable()
export class MembersService {
  constructor(private readonly dataSource: DataSource) {}

  async list(principal: Principal, page: OffsetPage): Promise<Page<MemberView>> {
    const members = WorkspaceRepository.of(this.dataSource, MembershipEntity, principal.workspaceId);
    const [total, rows] = await Promise.all([
      members.count(),
      members
        .queryBuilder('m')
        .innerJoin(UserEntity, 'u', 'u.id = m.user_id')
        .select([
          'm.user_id AS user_id',
          'u.email AS email',
          'u.name AS name',
          'm.role AS role',
          'm.created_at AS joined_at',
        ])
        .orderBy('m.created_at', 'ASC')
        .addOrderBy('m.user_id', 'ASC')
        .limit(page.limit)
        .offset(page.offset)
        .getRawMany<{ user_id: string; email: string; name: string | null; role: Role; joined_at: Date }>(),
    ]);
    const items = rows.map((r) => ({ ...r, joined_at: new Date(r.joined_at).toISOString() }));
    return offsetPageResult(items, total, page);
  }
}
