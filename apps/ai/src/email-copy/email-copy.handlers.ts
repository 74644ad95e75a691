import { Injectable } from '@nestjs/common';
import { GENERATE_EMAIL, type GenerateEmailRequest, type GeneratedEmailView } from '@mab/contracts';
import { OnCommand, type CommandContext } from '@mab/messaging';
import { GenerateEmailUseCase } from './generate-email.usecase';

@Injectable()
export class EmailCopyHandlers {
  constructor(private readonly generate: GenerateEmailUseCase) {}

  @OnCommand(GENERATE_EMAIL)
  run(request: GenerateEmailRequest, ctx: CommandContext<typeof GENERATE_EMAIL>): Promise<GeneratedEmailView> {
    return this.generate.execute(request, { workspaceId: ctx.workspaceId });
  }
}
