import { runServiceMain } from '@mab/runtime';
import { gatewayApp } from './gateway.app';

runServiceMain(gatewayApp);
