import { runServiceMain } from '@mab/runtime';
import { workflowEngineApp } from './workflow-engine.app';

runServiceMain(workflowEngineApp);
