import { Module } from '@nestjs/common';
import { SiteFactsHandlers } from './site-facts.handlers';

/** Facts and rollups from published sites' events; the sites and components reported on. */
@Module({ providers: [SiteFactsHandlers] })
export class SiteFactsModule {}
