import { defineBackendService } from '@mab/runtime';
import { ComponentTypesModule } from './component-types/component-types.module';
import { TEMPLATE_MIGRATIONS } from './migrations';
import { SitesModule } from './sites/sites.module';
import { TemplateEnv } from './template.env';

/** The template service: site templates, sites, smart components, publishing. */
export const templateApp = defineBackendService({
  service: 'template',
  envSchema: TemplateEnv,
  migrations: TEMPLATE_MIGRATIONS,
  features: [ComponentTypesModule, SitesModule],
});
