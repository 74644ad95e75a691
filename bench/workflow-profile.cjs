// What one workflow execution costs, measured on the running platform (no tracing, nothing added to the hot path):
// transactions committed and rows written per table (PostgreSQL's statistics), index and sequential scans, and the
// messages each service consumed and published (its Prometheus counters), for a batch of submissions sent slowly
// enough that nothing queues, minus what the idle platform does in the same time (outbox polls, timers).
// Used by bench/run.cjs.

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Sums of the messaging counters of one service's /metrics. */
async function messagingCounters(port) {
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  const sums = { events_consumed: 0, commands_handled: 0, events_published: 0 };
  for (const line of text.split('\n')) {
    const value = Number(line.slice(line.lastIndexOf(' ') + 1));
    if (line.startsWith('messages_handled_total{')) {
      if (line.includes('kind="event"')) sums.events_consumed += value;
      else if (line.includes('kind="command"')) sums.commands_handled += value;
    } else if (line.startsWith('outbox_messages_published_total{')) sums.events_published += value;
  }
  return sums;
}

async function snapshot(pgBench, database, services) {
  // Backends flush their statistics at most once a second when idle.
  await sleep(1500);
  const [db] = await pgBench('SELECT xact_commit::bigint AS commits FROM pg_stat_database WHERE datname = $1', [
    database,
  ]);
  const tables = await pgBench(
    `SELECT schemaname || '.' || relname AS name, n_tup_ins::bigint AS ins, n_tup_upd::bigint AS upd,
            n_tup_del::bigint AS del, coalesce(idx_scan, 0)::bigint AS idx, seq_scan::bigint AS seq
       FROM pg_stat_user_tables`,
  );
  const messaging = {};
  for (const [service, port] of Object.entries(services)) messaging[service] = await messagingCounters(port);
  return { at: performance.now(), commits: Number(db.commits), tables, messaging };
}

/** (after - before) minus the idle platform's rate over the same time, per unit. */
function perUnit(after, before, idleAfter, idleBefore, units, get) {
  const seconds = (after.at - before.at) / 1000;
  const idleSeconds = (idleAfter.at - idleBefore.at) / 1000;
  const idle = (get(idleAfter) - get(idleBefore)) / idleSeconds;
  return Math.max(0, (get(after) - get(before) - idle * seconds) / units);
}

/**
 * Sends `count` submissions one at a time (each waits for the previous execution's 202 only, at `perSecond`), waits
 * for every execution, and returns the per-execution costs.
 */
async function profileExecutions({ pgBench, database, services, gateway, site, form, workflowId, count = 100 }) {
  const idleBefore = await snapshot(pgBench, database, services);
  await sleep(5000);
  const idleAfter = await snapshot(pgBench, database, services);
  const since = new Date();
  for (let i = 0; i < count; i++) {
    const res = await fetch(`${gateway}/api/public/sites/${site}/events`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        type: 'form_submission',
        component_id: form,
        visitor_id: `profile-${i}`,
        data: { form_data: { email: `profile${i}@bench.example`, name: 'Profile Visitor' } },
      }),
    });
    if (res.status !== 202) throw new Error(`profile submission: HTTP ${res.status}`);
    await sleep(40);
  }
  for (let i = 0; i < 120; i++) {
    const [row] = await pgBench(
      `SELECT count(*) FILTER (WHERE status IN ('completed', 'failed'))::int AS done
         FROM workflow_engine.executions WHERE workflow_id = $1 AND started_at >= $2`,
      [workflowId, since],
    );
    if (row.done >= count) break;
    await sleep(500);
  }
  const after = await snapshot(pgBench, database, services);
  const cost = (get) => perUnit(after, idleAfter, idleAfter, idleBefore, count, get);
  const tables = after.tables
    .map((t) => {
      const pick = (snap, key) => Number(snap.tables.find((x) => x.name === t.name)?.[key] ?? 0);
      const of = (key) => cost((snap) => pick(snap, key));
      return { table: t.name, inserted: of('ins'), updated: of('upd'), deleted: of('del'), index_scans: of('idx') };
    })
    .filter((t) => t.inserted + t.updated + t.deleted >= 0.05)
    .sort((a, b) => b.inserted + b.updated + b.deleted - (a.inserted + a.updated + a.deleted));
  const messaging = Object.fromEntries(
    Object.keys(services).map((service) => [
      service,
      Object.fromEntries(
        ['events_consumed', 'commands_handled', 'events_published'].map((key) => [
          key,
          cost((snap) => snap.messaging[service][key]),
        ]),
      ),
    ]),
  );
  const profile = {
    executions: count,
    transactions: cost((snap) => snap.commits),
    rows_written: tables.reduce((sum, t) => sum + t.inserted + t.updated + t.deleted, 0),
    tables,
    messaging,
  };
  console.log(JSON.stringify(profile, null, 2));
  return profile;
}

module.exports = { profileExecutions };
