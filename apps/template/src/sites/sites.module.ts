import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SiteEntity } from './site.entity';
import { SitesHandlers } from './sites.handlers';

/** A workspace's sites. */
@Module({ imports: [TypeOrmModule.forFeature([SiteEntity])], providers: [SitesHandlers] })
export class SitesModule {}
