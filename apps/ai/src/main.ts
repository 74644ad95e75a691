import { runServiceMain } from '@mab/runtime';
import { aiService } from './ai.service';

runServiceMain(aiService);
