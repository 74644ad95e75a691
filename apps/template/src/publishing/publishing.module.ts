import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PublishingHandlers } from './publishing.handlers';
import { SiteRenderer } from './site-renderer';
import { SiteVersionEntity } from './site-version.entity';

/** Publishing sites to static HTML, their versions, rollback, restore and preview. */
@Module({
  imports: [TypeOrmModule.forFeature([SiteVersionEntity])],
  providers: [SiteRenderer, PublishingHandlers],
})
export class PublishingModule {}
