import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TemplateLibrarySeeder } from './template-library.seeder';
import { TemplateEntity } from './template.entity';
import { TemplatesHandlers } from './templates.handlers';
import { InstantiateTemplateUseCase } from './usecases/instantiate-template.usecase';
import { InstantiateTemplateHandler } from './instantiate-template.handler';

/** The template library: seeded at start, searched, read, and instantiated into sites. */
@Module({
  imports: [TypeOrmModule.forFeature([TemplateEntity])],
  providers: [TemplateLibrarySeeder, TemplatesHandlers, InstantiateTemplateUseCase, InstantiateTemplateHandler],
})
export class TemplatesModule {}
