import { messagingMigrations } from '@mab/persistence';
import { TemplateSites1764028800000 } from './1764028800000-template-sites';
import { TemplateLibraryAndPublishing1764115200000 } from './1764115200000-template-library-and-publishing';

/** Every migration of the template schema, oldest first. */
export const TEMPLATE_MIGRATIONS: Function[] = [
  ...messagingMigrations('template'),
  TemplateSites1764028800000,
  TemplateLibraryAndPublishing1764115200000,
];
