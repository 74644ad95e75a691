import { defineBackendService } from '@mab/runtime';
import { TemplateEnv } from './template.env';
import { TEMPLATE_MIGRATIONS } from './migrations';

/** The template service: site templates, sites, smart components, publishing. Feature modules are added to `imports` as they land. */
export const templateService = defineBackendService({
  service: 'template',
  envSchema: TemplateEnv,
  migrations: TEMPLATE_MIGRATIONS,
  entities: [],
  imports: () => [],
});
