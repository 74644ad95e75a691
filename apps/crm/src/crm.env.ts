import { ServiceEnv } from '@mab/config';

/** Environment of the crm service (contacts, segments, scoring, campaigns, email). */
export class CrmEnv extends ServiceEnv {
  override PORT = 3003;
}
