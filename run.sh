#!/usr/bin/env bash
# Serves CaseTracker in Development, with demo accounts, at http://127.0.0.1:5080 (CASETRACKER_URL).
# Installs PostgreSQL if it is missing, keeps a local cluster under .data/ (unless
# ConnectionStrings__CaseTracker points elsewhere) and stops both the app and that cluster on Ctrl-C
# or SIGTERM. A second run reuses the data.
set -euo pipefail
cd "$(dirname "$0")"
root=$PWD
source eng/common.sh

url="${CASETRACKER_URL:-http://127.0.0.1:5080}"
app_port=$(sed -E 's|^.*:([0-9]+)/?$|\1|' <<<"$url")
pg_port="${CASETRACKER_PG_PORT:-55432}"
data="$root/.data"
pg_bin="" pg_data="" pg_started="" app_pid="" watcher_pid=""

# Messages from cleanup must not kill it: the terminal or a pipe (./run.sh | tee) may be gone by then.
say() { echo "$@" 2>/dev/null || true; }

cleanup() {
  trap - INT TERM EXIT
  trap '' PIPE
  [[ -n "$watcher_pid" ]] && kill "$watcher_pid" 2>/dev/null || true
  if [[ -n "$app_pid" ]] && kill -0 "$app_pid" 2>/dev/null; then
    say "Stopping CaseTracker..."
    kill -TERM "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
  fi
  if [[ -n "$pg_started" ]]; then
    say "Stopping the local PostgreSQL..."
    as_pg_owner "$pg_bin/pg_ctl" -D "$pg_data" -m fast -w stop >/dev/null 2>&1 || true
  fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# The folder for the cluster. As root the server runs as 'postgres', which must be able to reach it;
# when the clone sits where it cannot (under /root, say), the cluster lives under /var/lib instead.
choose_pg_data() {
  pg_data="$data/pg"
  if [[ $EUID -eq 0 ]] && ! runuser -u postgres -- test -x "$data" 2>/dev/null; then
    pg_data="/var/lib/casetracker/$(printf '%s' "$root" | sha256sum | cut -c1-12)/pg"
    echo "Note: the postgres user cannot reach $data, so the database lives in $pg_data."
  fi
  mkdir -p "$(dirname "$pg_data")"
  if [[ $EUID -eq 0 && "$pg_data" != "$data/pg" ]]; then
    chown postgres:postgres "$(dirname "$pg_data")"
    chmod 700 "$(dirname "$pg_data")"
  fi
}

init_cluster() {
  echo "Creating a local PostgreSQL cluster in $pg_data..."
  local password_file="$data/db-password"
  if [[ ! -s "$password_file" ]]; then
    (umask 077 && head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 32 >"$password_file")
  fi
  mkdir -p "$pg_data"
  chmod 700 "$pg_data"
  local pwfile="$password_file"
  if [[ $EUID -eq 0 ]]; then
    chown postgres:postgres "$pg_data"
    pwfile="$(dirname "$pg_data")/.initdb-password"
    install -m 600 -o postgres -g postgres "$password_file" "$pwfile"
  fi
  as_pg_owner "$pg_bin/initdb" -D "$pg_data" -U postgres -A scram-sha-256 --pwfile="$pwfile" \
    -E UTF8 --locale=C.UTF-8 >/dev/null
  [[ "$pwfile" != "$password_file" ]] && rm -f "$pwfile"
  return 0
}

start_local_postgres() {
  ensure_postgres
  pg_bin=$(find_pg_bin)
  mkdir -p "$data"
  choose_pg_data
  [[ -f "$pg_data/PG_VERSION" ]] || init_cluster

  if as_pg_owner "$pg_bin/pg_ctl" -D "$pg_data" status >/dev/null 2>&1; then
    echo "Reusing the local PostgreSQL that is already running (left by an earlier run)."
  else
    if port_in_use "$pg_port"; then
      echo "Port $pg_port, for the local PostgreSQL, is already in use by another program." >&2
      echo "Stop it, or choose another port: CASETRACKER_PG_PORT=55433 ./run.sh" >&2
      exit 1
    fi
    echo "Starting the local PostgreSQL on 127.0.0.1:$pg_port..."
    if ! as_pg_owner "$pg_bin/pg_ctl" -D "$pg_data" -l "$pg_data/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $pg_port -c unix_socket_directories=''" start >/dev/null; then
      echo "PostgreSQL did not start. Its log says:" >&2
      tail -n 20 "$pg_data/server.log" >&2 || true
      exit 1
    fi
  fi
  pg_started=1
  ensure_app_role
  local server="Host=127.0.0.1;Port=$pg_port;Database=casetracker;Timeout=5"
  # The schema belongs to 'postgres', which migrates; the app connects as a role that may only read and
  # write rows, so it can neither alter the schema nor switch off the audit trail's triggers (ADR 12).
  export ConnectionStrings__CaseTrackerOwner="$server;Username=postgres;Password=$(cat "$data/db-password")"
  export ConnectionStrings__CaseTracker="$server;Username=casetracker_app;Password=$(cat "$data/db-app-password")"
}

ensure_app_role() {
  local password_file="$data/db-app-password"
  if [[ ! -s "$password_file" ]]; then
    (umask 077 && head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 32 >"$password_file")
  fi
  PGPASSWORD="$(cat "$data/db-password")" "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -d postgres \
    -v ON_ERROR_STOP=1 -q -v app_password="$(cat "$password_file")" >/dev/null <<'SQL'
SELECT 'CREATE ROLE casetracker_app LOGIN' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'casetracker_app') \gexec
ALTER ROLE casetracker_app NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'app_password';
SQL
}

ensure_dotnet
if port_in_use "$app_port"; then
  echo "Port $app_port is already in use, so CaseTracker cannot listen on $url." >&2
  echo "Is CaseTracker already running? Stop the program that uses the port, or choose another address:" >&2
  echo "  CASETRACKER_URL=http://127.0.0.1:5081 ./run.sh" >&2
  exit 1
fi

if [[ -z "${ConnectionStrings__CaseTracker:-}" ]]; then
  start_local_postgres
else
  echo "Using the database in ConnectionStrings__CaseTracker."
fi

export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
export ASPNETCORE_URLS="$url"

echo "Building CaseTracker..."
dotnet build src/CaseTracker.Web -c Debug -nologo -v quiet -clp:ErrorsOnly

(cd src/CaseTracker.Web && exec dotnet bin/Debug/net10.0/CaseTracker.Web.dll) &
app_pid=$!

if command -v curl >/dev/null 2>&1; then
  (
    for _ in $(seq 1 180); do
      if curl -fsS -o /dev/null "$url/health/ready" 2>/dev/null; then
        echo
        echo "CaseTracker is ready at $url  (demo accounts: admin@, caseworker@, researcher@casetracker.local; Ctrl-C stops it)"
        exit 0
      fi
      sleep 1
    done
  ) &
  watcher_pid=$!
fi

set +e
wait "$app_pid"
status=$?
set -e
app_pid=""
exit "$status"
