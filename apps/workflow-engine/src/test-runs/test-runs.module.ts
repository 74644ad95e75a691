import { Module } from '@nestjs/common';
import { ExecutionsModule } from '../executions/executions.module';
import { WorkflowsModule } from '../workflows/workflows.module';
import { TestRunsHandlers } from './test-runs.handlers';

/** Test runs with simulated effects. */
@Module({ imports: [ExecutionsModule, WorkflowsModule], providers: [TestRunsHandlers] })
export class TestRunsModule {}
