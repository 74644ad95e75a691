import { messagingMigrations } from '@mab/persistence';
import { AiUsageAndCache1765065600000 } from './1765065600000-ai-usage-and-cache';

/** Every migration of the ai schema, oldest first. */
export const AI_MIGRATIONS: Function[] = [...messagingMigrations('ai'), AiUsageAndCache1765065600000];
