import { defineBackendService } from '@mab/runtime';
import { ComponentTypesModule } from './component-types/component-types.module';
import { ComponentsModule } from './components/components.module';
import { TEMPLATE_MIGRATIONS } from './migrations';
import { PublishingModule } from './publishing/publishing.module';
import { SiteExportModule } from './site-export/site-export.module';
import { SitesModule } from './sites/sites.module';
import { TemplateConfigModule } from './template.config';
import { TemplateEnv } from './template.env';
import { TemplatesModule } from './template-library/templates.module';

/** The template service: site templates, sites, smart components, publishing. */
export const templateApp = defineBackendService({
  service: 'template',
  envSchema: TemplateEnv,
  migrations: TEMPLATE_MIGRATIONS,
  features: (env) => [
    TemplateConfigModule.forRoot(env),
    ComponentTypesModule,
    TemplatesModule,
    SitesModule,
    ComponentsModule,
    PublishingModule,
    SiteExportModule,
  ],
});
