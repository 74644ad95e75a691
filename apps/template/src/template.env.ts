import { ServiceEnv } from '@mab/config';

/** Environment of the template service (site templates, sites, smart components, publishing). */
export class TemplateEnv extends ServiceEnv {
  override PORT = 3001;
}
