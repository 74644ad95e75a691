import { Module } from '@nestjs/common';
import { ComponentTypesHandlers } from './component-types.handlers';

/** The smart-component catalogue: the types a page can hold and the schema each one's config follows. */
@Module({ providers: [ComponentTypesHandlers] })
export class ComponentTypesModule {}
