import { runServiceMain } from '@mab/runtime';
import { analyticsApp } from './analytics.app';

runServiceMain(analyticsApp);
