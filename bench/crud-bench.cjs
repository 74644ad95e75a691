// CRUD through the gateway at a fixed rate (the target: p99 under 50 ms at 300 requests/s, no errors): create, read,
// update and delete of contacts, sites and workflows, each a route → broker → service → PostgreSQL round trip.
// Used by bench/run.cjs.
const autocannon = require('autocannon');
const { autocannonRow } = require('./autocannon-row.cjs');

const RATE = 300;
const AMOUNT = 1500; // five seconds at 300/s

/** One autocannon run at RATE req/s whose requests are made by `make(i)` ({method, path, body}). */
async function fixedRate(name, gateway, auth, make, { amount = AMOUNT, onBody } = {}) {
  let i = 0;
  const result = await autocannon({
    url: gateway,
    amount,
    connections: 16,
    overallRate: RATE,
    pipelining: 1,
    requests: [
      {
        setupRequest: (req) => {
          const { method, path, body } = make(i++);
          return {
            ...req,
            method,
            path,
            headers: { ...auth, ...(body ? { 'content-type': 'application/json' } : {}) },
            ...(body ? { body: JSON.stringify(body) } : {}),
          };
        },
        ...(onBody ? { onResponse: (status, body) => status < 300 && onBody(JSON.parse(body)) } : {}),
      },
    ],
  });
  return autocannonRow(`${name} (${RATE} req/s fixed rate)`, result, 16);
}

/** Create, read, update, delete of one resource; ids made by the create run are read, updated and deleted. */
async function crudOf(gateway, auth, { label, base, create, update }) {
  const ids = [];
  const rows = [];
  rows.push(
    await fixedRate(`POST ${base}`, gateway, auth, (i) => ({ method: 'POST', path: base, body: create(i) }), {
      onBody: (body) => ids.push(body.id),
    }),
  );
  if (ids.length === 0) throw new Error(`${label}: nothing created`);
  const at = (i) => `${base}/${ids[i % ids.length]}`;
  rows.push(await fixedRate(`GET ${base}/{id}`, gateway, auth, (i) => ({ method: 'GET', path: at(i) })));
  rows.push(
    await fixedRate(`PATCH ${base}/{id}`, gateway, auth, (i) => ({ method: 'PATCH', path: at(i), body: update(i) })),
  );
  rows.push(
    await fixedRate(`DELETE ${base}/{id}`, gateway, auth, (i) => ({ method: 'DELETE', path: at(i) }), {
      amount: Math.min(AMOUNT, ids.length),
    }),
  );
  return rows;
}

async function benchCrud({ gateway, auth }) {
  const run = Date.now().toString(36);
  return [
    ...(await crudOf(gateway, auth, {
      label: 'contacts',
      base: '/api/crm/contacts',
      create: (i) => ({ email: `crud-${run}-${i}@bench.example`, name: 'Bench Contact', tags: ['bench'] }),
      update: (i) => ({ name: `Bench Contact ${i}`, tags: ['bench', 'updated'] }),
    })),
    ...(await crudOf(gateway, auth, {
      label: 'sites',
      base: '/api/sites',
      create: (i) => ({ name: `CRUD site ${run} ${i}` }),
      update: (i) => ({ name: `CRUD site ${run} ${i} (renamed)` }),
    })),
    ...(await crudOf(gateway, auth, {
      label: 'workflows',
      base: '/api/workflows',
      create: (i) => ({
        name: `CRUD workflow ${i}`,
        nodes: [
          { id: 'trigger', type: 'manual', config: {} },
          { id: 'note', type: 'set', config: { values: { n: i } } },
        ],
        edges: [{ source: 'trigger', target: 'note' }],
      }),
      update: (i) => ({ name: `CRUD workflow ${i} (renamed)` }),
    })),
  ];
}

module.exports = { benchCrud };
