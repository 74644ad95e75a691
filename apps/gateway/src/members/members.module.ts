import { Module } from '@nestjs/common';
import { InvitationsModule } from '../invitations/invitations.module';
import { MembersController } from './members.controller';
import { MembersService } from './members.service';
import { ChangeMemberRoleUseCase } from './usecases/change-member-role.usecase';
import { RemoveMemberUseCase } from './usecases/remove-member.usecase';

/** Members of the active workspace: list, change role, remove; adding one is an invitation. */
@Module({
  imports: [InvitationsModule],
  controllers: [MembersController],
  providers: [MembersService, ChangeMemberRoleUseCase, RemoveMemberUseCase],
})
export class MembersModule {}
