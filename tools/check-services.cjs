// Checks that PostgreSQL, RabbitMQ and (when asked) Redis answer on their ports, and explains how to start the
// ones that do not. Used by start-platform and run-tests so a missing dependency is a clear message, not a stack.
const net = require('node:net');

function endpoint(url, defaultPort) {
  const u = new URL(url);
  return { host: u.hostname || '127.0.0.1', port: Number(u.port || defaultPort) };
}

function reachable({ host, port }, timeoutMs = 1500) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

const HOW_TO_START = {
  PostgreSQL:
    'pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start   (or: docker compose -f docker/docker-compose.yml up -d postgres)',
  RabbitMQ: 'rabbitmq-server -detached   (or: docker compose -f docker/docker-compose.yml up -d rabbitmq)',
  Redis:
    'redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no   (or: docker compose -f docker/docker-compose.yml up -d redis)',
};

async function checkServices({ databaseUrl, amqpUrl, redisUrl }) {
  const wanted = [
    ['PostgreSQL', endpoint(databaseUrl, 5432), 'DATABASE_URL'],
    ['RabbitMQ', endpoint(amqpUrl, 5672), 'AMQP_URL'],
    ...(redisUrl ? [['Redis', endpoint(redisUrl, 6379), 'REDIS_URL']] : []),
  ];
  const missing = [];
  for (const [name, ep, variable] of wanted) {
    if (!(await reachable(ep))) missing.push({ name, ep, variable });
  }
  return missing.map(
    ({ name, ep, variable }) =>
      `${name} does not answer at ${ep.host}:${ep.port} (${variable}).\n    Start it: ${HOW_TO_START[name]}`,
  );
}

function requireNode24() {
  const major = Number(process.versions.node.split('.')[0]);
  if (major < 24) {
    console.error(
      `This platform runs on Node 24; this is Node ${process.versions.node}. Run it through npm (npm start / npm test), ` +
        'which puts the project\'s Node 24 (the "node" devDependency) first on PATH.',
    );
    process.exit(1);
  }
}

module.exports = { checkServices, requireNode24, reachable, endpoint };
