// Docker HEALTHCHECK of the platform image: GET http://127.0.0.1:$PORT/health, exit 0 on 2xx, 1 otherwise.
// PORT is set by docker-compose and Kubernetes; without it the default of $APP's env class is used, so the check
// never disagrees with the port the service actually listens on.
'use strict';

function defaultPort() {
  const app = process.env.APP;
  try {
    const mod = require(`/app/dist/apps/${app}/src/${app}.env.js`);
    const EnvClass = Object.values(mod).find((value) => typeof value === 'function');
    return new EnvClass().PORT;
  } catch {
    return 3000;
  }
}

const port = process.env.PORT || defaultPort();

fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(4000) })
  .then((res) => process.exit(res.ok ? 0 : 1))
  .catch(() => process.exit(1));
