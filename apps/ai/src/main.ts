import { runServiceMain } from '@mab/runtime';
import { aiApp } from './ai.app';

runServiceMain(aiApp);
