// Writes each Jest project's totals to tmp/test-results/<project>.json; tools/run-tests.cjs adds them up into one
// closing line for the whole suite (Nx runs one Jest process per project).
const fs = require('node:fs');
const path = require('node:path');

class SummaryReporter {
  constructor(globalConfig, options = {}) {
    this.dir = options.dir ?? path.resolve(__dirname, '..', 'tmp', 'test-results');
    this.name = options.name ?? 'project';
  }

  onRunComplete(contexts, results) {
    const name = [...contexts][0]?.config?.displayName?.name ?? this.name;
    fs.mkdirSync(this.dir, { recursive: true });
    fs.writeFileSync(
      path.join(this.dir, `${name}.json`),
      JSON.stringify({
        project: name,
        passed: results.numPassedTests,
        failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
        skipped: results.numPendingTests + results.numTodoTests,
        suitesFailed: results.numFailedTestSuites,
      }),
    );
  }
}

module.exports = SummaryReporter;
