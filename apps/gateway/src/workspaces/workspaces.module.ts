import { Module } from '@nestjs/common';
import { SwitchWorkspaceUseCase } from './usecases/switch-workspace.usecase';
import { WorkspacesController } from './workspaces.controller';
import { WorkspacesService } from './workspaces.service';

/** The caller's workspaces: list, create, switch. */
@Module({ controllers: [WorkspacesController], providers: [WorkspacesService, SwitchWorkspaceUseCase] })
export class WorkspacesModule {}
