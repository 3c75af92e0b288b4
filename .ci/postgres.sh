#!/usr/bin/env bash
# Installs (when missing) and starts a local PostgreSQL, with a `tracker` role and database for the
# storage tests. Prints the URL to export as TRACKER_TEST_POSTGRES_URL.
set -euo pipefail
if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
fi
version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
if ! pg_lsclusters -h 2>/dev/null | grep -q "^$version main"; then
  pg_createcluster "$version" main >&2
fi
pg_ctlcluster "$version" main start >&2 2>/dev/null || true
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p 5432 && break
  sleep 1
done
su postgres -c "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname='tracker'\"" | grep -q 1 ||
  su postgres -c "psql -qc \"CREATE ROLE tracker LOGIN SUPERUSER PASSWORD 'tracker'\"" >&2
su postgres -c "psql -qtAc \"SELECT 1 FROM pg_database WHERE datname='tracker_test'\"" | grep -q 1 ||
  su postgres -c "createdb -O tracker tracker_test" >&2
echo "postgresql+psycopg://tracker:tracker@127.0.0.1:5432/tracker_test"
