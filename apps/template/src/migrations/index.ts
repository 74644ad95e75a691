import { messagingMigrations } from '@mab/persistence';
import { TemplateSites1764028800000 } from './1764028800000-template-sites';

/** Every migration of the template schema, oldest first. */
export const TEMPLATE_MIGRATIONS: Function[] = [...messagingMigrations('template'), TemplateSites1764028800000];
