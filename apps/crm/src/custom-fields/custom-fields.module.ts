import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CustomFieldEntity } from './custom-field.entity';
import { CustomFieldsHandlers } from './custom-fields.handlers';

/** Custom field definitions per workspace. */
@Module({ imports: [TypeOrmModule.forFeature([CustomFieldEntity])], providers: [CustomFieldsHandlers] })
export class CustomFieldsModule {}
