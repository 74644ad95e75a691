import { Module } from '@nestjs/common';
import { TemplatesController } from './templates.controller';

/** The template library (the template service). */
@Module({ controllers: [TemplatesController] })
export class TemplatesModule {}
