import { Module } from '@nestjs/common';
import { FactRetention } from './fact-retention';
import { SiteFactsHandlers } from './site-facts.handlers';

/** Facts and rollups from published sites' events, the facts' retention; the sites and components reported on. */
@Module({ providers: [SiteFactsHandlers, FactRetention] })
export class SiteFactsModule {}
