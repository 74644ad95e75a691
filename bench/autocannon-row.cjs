// One table row of docs/benchmarks.md from an autocannon result (bench/run.cjs, bench/crud-bench.cjs).

/** autocannon reports p50, p97.5 and p99: the p95 column shows p97.5 (marked ¹ in the table). */
function autocannonRow(name, result, concurrency) {
  const row = {
    name,
    total: result.requests.sent,
    concurrency,
    failures: result.non2xx + result.errors + result.timeouts,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50.toFixed(1),
    p95: (result.latency.p97_5 ?? result.latency.p90).toFixed(1),
    p99: result.latency.p99.toFixed(1),
    tool: 'autocannon',
  };
  console.log(row);
  return row;
}

module.exports = { autocannonRow };
