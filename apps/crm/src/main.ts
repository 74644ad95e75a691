import { runServiceMain } from '@mab/runtime';
import { crmService } from './crm.service';

runServiceMain(crmService);
