import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SiteEntity } from './site.entity';
import { SitesHandlers } from './sites.handlers';
import { UpdateSiteUseCase } from './usecases/update-site.usecase';

/** A workspace's sites. */
@Module({ imports: [TypeOrmModule.forFeature([SiteEntity])], providers: [SitesHandlers, UpdateSiteUseCase] })
export class SitesModule {}
