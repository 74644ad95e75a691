import { ServiceEnv } from '@mab/config';
import { Matches } from 'class-validator';

/** Environment of the template service (site templates, sites, smart components, publishing). */
export class TemplateEnv extends ServiceEnv {
  override PORT = 3001;

  /**
   * Where the gateway serves published sites to the public (`{PUBLIC_BASE_URL}/s/{slug}/`), as visitors reach
   * it: the publish answer and site views build their URLs from it.
   */
  @Matches(/^https?:\/\/[^/\s]+$/, { message: 'PUBLIC_BASE_URL must be an http(s) origin without a path' })
  PUBLIC_BASE_URL: string = 'http://localhost:3000';
}
