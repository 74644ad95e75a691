import { runServiceMain } from '@mab/runtime';
import { gatewayService } from './gateway.service';

runServiceMain(gatewayService);
