import { ServiceEnv } from '@mab/config';
import { IsOptional, Matches } from 'class-validator';

/** Environment of the crm service (contacts, segments, scoring, campaigns, email). */
export class CrmEnv extends ServiceEnv {
  override PORT = 3003;

  /**
   * The country phone numbers without a `+` prefix are read in (ISO 3166 alpha-2, e.g. US, GB, DE), to store them
   * in E.164. Empty: only numbers written with their country code are normalised.
   */
  @IsOptional()
  @Matches(/^([A-Z]{2})?$/, { message: 'CRM_DEFAULT_PHONE_COUNTRY must be a two-letter country code' })
  CRM_DEFAULT_PHONE_COUNTRY: string = '';
}
