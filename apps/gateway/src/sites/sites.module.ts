import { Module } from '@nestjs/common';
import { SitesController } from './sites.controller';

/** Sites (the template service). */
@Module({ controllers: [SitesController] })
export class SitesModule {}
