#!/usr/bin/env bash
# Installs and starts what the tests use for real: a PostgreSQL server and Debian's Chromium.
# Needs root for apt; without it, says what is missing (those tests then skip locally, and fail
# under CI=true, so nothing passes by skipping).
set -euo pipefail
cd "$(dirname "$0")/.."
need=()
ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || need+=(postgresql)
[ -x /usr/bin/chromium ] || need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${need[@]}" fonts-dejavu-core >/dev/null
  else
    echo "test-deps: not root; install these for the full test run: ${need[*]}" >&2
  fi
fi
if [ -z "${TRACKER_TEST_POSTGRES_URL:-}" ] && [ "$(id -u)" = 0 ] && ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  bash .ci/postgres.sh > .test-postgres-url
fi
