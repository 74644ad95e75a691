import { runServiceMain } from '@mab/runtime';
import { workflowEngineService } from './workflow-engine.service';

runServiceMain(workflowEngineService);
