import { Injectable } from '@nestjs/common';
import { INSTANTIATE_TEMPLATE, type InstantiateTemplateRequest, type SiteWithComponentsView } from '@mab/contracts';
import { OnCommand, type CommandContext } from '@mab/messaging';
import { InstantiateTemplateUseCase } from './usecases/instantiate-template.usecase';

@Injectable()
export class InstantiateTemplateHandler {
  constructor(private readonly instantiate: InstantiateTemplateUseCase) {}

  @OnCommand(INSTANTIATE_TEMPLATE)
  handle(
    request: InstantiateTemplateRequest,
    ctx: CommandContext<typeof INSTANTIATE_TEMPLATE>,
  ): Promise<SiteWithComponentsView> {
    return this.instantiate.execute({
      request,
      manager: ctx.manager,
      workspaceId: ctx.workspaceId,
      userId: ctx.userId,
    });
  }
}
