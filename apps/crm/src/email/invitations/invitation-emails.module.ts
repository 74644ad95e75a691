import { Module } from '@nestjs/common';
import { EmailModule } from '../email.module';
import { InvitationEmailsHandlers } from './invitation-emails.handlers';

/** The invitation email for `gateway.invitation.created.v1`. */
@Module({
  imports: [EmailModule],
  providers: [InvitationEmailsHandlers],
})
export class InvitationEmailsModule {}
