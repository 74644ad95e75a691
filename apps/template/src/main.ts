import { runServiceMain } from '@mab/runtime';
import { templateService } from './template.service';

runServiceMain(templateService);
