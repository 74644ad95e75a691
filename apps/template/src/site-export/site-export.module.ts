import { Module } from '@nestjs/common';
import { SiteExportHandlers } from './site-export.handlers';

/** Backup (export) and restore (import) of sites. */
@Module({ providers: [SiteExportHandlers] })
export class SiteExportModule {}
