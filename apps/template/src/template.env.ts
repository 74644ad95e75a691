import { ServiceEnv } from '@mab/config';
import { parseHostList } from '@mab/contracts';
import { IsString, Matches } from 'class-validator';

/** Environment of the template service (site templates, sites, smart components, publishing). */
export class TemplateEnv extends ServiceEnv {
  override PORT = 3001;

  /**
   * Where the gateway serves published sites to the public (`{PUBLIC_BASE_URL}/s/{slug}/`), as visitors reach
   * it: the publish answer and site views build their URLs from it.
   */
  @Matches(/^https?:\/\/[^/\s]+$/, { message: 'PUBLIC_BASE_URL must be an http(s) origin without a path' })
  PUBLIC_BASE_URL: string = 'http://localhost:3000';

  /**
   * The platform's own host names (comma-separated, as the gateway's PLATFORM_HOSTS): no site may claim them, or
   * a sub-domain of them, as its custom domain. The host of PUBLIC_BASE_URL is always among them.
   */
  @IsString()
  PLATFORM_HOSTS: string = 'localhost';
}

/** The host names no custom domain may be, or end in. */
export function platformHosts(env: TemplateEnv): string[] {
  return parseHostList(`${env.PLATFORM_HOSTS},${new URL(env.PUBLIC_BASE_URL).hostname}`);
}
