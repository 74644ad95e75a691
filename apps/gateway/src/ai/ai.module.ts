import { Module } from '@nestjs/common';
import { AiController } from './ai.controller';

/** The AI assistant (the ai service). */
@Module({ controllers: [AiController] })
export class AiModule {}
