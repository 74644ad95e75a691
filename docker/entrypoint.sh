#!/bin/sh
# Entrypoint of the platform image: runs the service named by $APP, passing the command's arguments through
# (`migrate` applies the service's migrations and exits). See the comment at the top of docker/Dockerfile.
set -eu

cd /app

if [ -z "${APP:-}" ] || [ ! -f "dist/apps/${APP}/src/main.js" ]; then
  echo "mab-entrypoint: APP must name one of the services: $(ls dist/apps | tr '\n' ' ')(got '${APP:-}')" >&2
  exit 64
fi

exec node "dist/apps/${APP}/src/main.js" "$@"
