import { Module } from '@nestjs/common';
import { ContextReader } from './context-reader';

/** Reads components and sites from the template service. */
@Module({ providers: [ContextReader], exports: [ContextReader] })
export class ContextModule {}
