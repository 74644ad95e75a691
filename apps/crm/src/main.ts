import { runServiceMain } from '@mab/runtime';
import { crmApp } from './crm.app';

runServiceMain(crmApp);
