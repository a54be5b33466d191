#!/usr/bin/env bash
# Starts the machine's Debian PostgreSQL cluster for the data tests and prints the connection string.
# Installs nothing: the packages come from .ci/run (or the developer's machine).
# Usage: export ARVEX_TEST_POSTGRES="$(bash .ci/postgres.sh)"
set -euo pipefail

password="${ARVEX_PG_PASSWORD:-arvex-ci}"

if ! command -v pg_lsclusters >/dev/null 2>&1; then
  echo "postgres.sh: PostgreSQL is not installed (apt-get install -y postgresql)" >&2
  exit 1
fi

# The newest installed major version with a 'main' cluster; create one if the package made none.
version="$(pg_lsclusters --no-header 2>/dev/null | awk '$2 == "main" { print $1 }' | sort -n | tail -1)"
if [ -z "$version" ]; then
  version="$(ls /usr/lib/postgresql | sort -n | tail -1)"
  pg_createcluster "$version" main >&2
fi

if ! pg_lsclusters --no-header | awk -v v="$version" '$1 == v && $2 == "main" { print $4 }' | grep -q online; then
  pg_ctlcluster "$version" main start >&2 || service postgresql start >&2
fi

# Wait until the server accepts connections (a cold start takes a moment).
for _ in $(seq 1 30); do
  if su postgres -c "pg_isready -q -h 127.0.0.1" >/dev/null 2>&1; then break; fi
  sleep 1
done

su postgres -c "psql -q -h /var/run/postgresql -c \"ALTER USER postgres WITH PASSWORD '${password}';\"" >&2

port="$(pg_lsclusters --no-header | awk -v v="$version" '$1 == v && $2 == "main" { print $3 }')"
echo "Host=127.0.0.1;Port=${port};Username=postgres;Password=${password}"
