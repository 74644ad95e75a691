import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PublishedPageCache } from './published-page-cache';
import { PublishedSiteServer } from './published-site-server';
import { SiteDirectory } from './site-directory';
import { SiteDirectoryEntity } from './site-directory.entity';
import { SiteDirectoryHandlers } from './site-directory.handlers';

/**
 * Published sites, served by the gateway: the read model of sites (kept from the template service's events), the
 * cache of published pages, and the public handlers (`/s/...` and custom domains, mounted in gateway.app.ts).
 */
@Module({
  imports: [TypeOrmModule.forFeature([SiteDirectoryEntity])],
  providers: [SiteDirectory, SiteDirectoryHandlers, PublishedPageCache, PublishedSiteServer],
  exports: [SiteDirectory, PublishedSiteServer],
})
export class PublishedSitesModule {}
