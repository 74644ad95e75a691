import { runServiceMain } from '@mab/runtime';
import { analyticsService } from './analytics.service';

runServiceMain(analyticsService);
