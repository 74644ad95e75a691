import { Module } from '@nestjs/common';
import { ComponentsController } from './components.controller';

/** Smart components (the template service). */
@Module({ controllers: [ComponentsController] })
export class ComponentsModule {}
