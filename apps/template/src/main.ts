import { runServiceMain } from '@mab/runtime';
import { templateApp } from './template.app';

runServiceMain(templateApp);
