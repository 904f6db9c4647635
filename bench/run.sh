#!/usr/bin/env bash
# Issue 17's benchmark: a generated database of a million incidents (100,000 with --quick), the app in
# Production, every page of the table measured with wrk, results in bench/results/. See docs/performance.md.
#
#   bench/run.sh [--quick] [--only "name|name"]
#
# Installs wrk and PostgreSQL if missing, keeps its own PostgreSQL cluster (BENCH_PG_DATA, default
# /var/lib/casetracker-bench/pg) with the memory settings a dedicated server would have, generates the
# database once (regenerate with BENCH_REGENERATE=1) and stops the cluster when done.
set -euo pipefail
cd "$(dirname "$0")/.."
source eng/common.sh

quick="" only=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --quick) quick="--quick" ;;
    --only) only=(--only "$2"); shift ;;
    *) echo "Unknown option $1 (use --quick, --only name)" >&2; exit 2 ;;
  esac
  shift
done

ensure_dotnet
ensure_postgres
command -v wrk >/dev/null 2>&1 || ensure_debian_packages wrk
pg_bin=$(find_pg_bin)
pg_data="${BENCH_PG_DATA:-/var/lib/casetracker-bench/pg}"
socket_dir="$(dirname "$pg_data")"
database=$([[ -n "$quick" ]] && echo casetracker_bench_quick || echo casetracker_bench)

mkdir -p "$socket_dir"
[[ $EUID -eq 0 ]] && chown postgres:postgres "$socket_dir"
if [[ ! -f "$pg_data/PG_VERSION" ]]; then
  echo "Creating the benchmark's PostgreSQL cluster in $pg_data..."
  as_pg_owner "$pg_bin/initdb" -D "$pg_data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
fi

# A quarter of the memory for shared buffers, as for a dedicated database server; durable writes as in
# production (the create-incident scenario measures them). Only the Unix socket, no TCP.
memory_mb=$(awk '/MemTotal/ { print int($2 / 1024) }' /proc/meminfo)
settings="-c listen_addresses='' -c unix_socket_directories=$socket_dir -c shared_buffers=$((memory_mb / 4))MB"
settings+=" -c effective_cache_size=$((memory_mb / 2))MB -c work_mem=16MB -c max_connections=200"
stop_cluster() { as_pg_owner "$pg_bin/pg_ctl" -D "$pg_data" -m fast -w stop >/dev/null 2>&1 || true; }
as_pg_owner "$pg_bin/pg_ctl" -D "$pg_data" -l "$socket_dir/server.log" -w -o "$settings" start >/dev/null
trap stop_cluster EXIT

echo "Building (Release)..."
dotnet build bench/CaseTracker.Bench -c Release -nologo -v quiet -clp:ErrorsOnly
bench="dotnet bench/CaseTracker.Bench/bin/Release/net10.0/CaseTracker.Bench.dll"
connection="Host=$socket_dir;Username=postgres;Database=$database"

# The generator fills bench_fortunes last, so a database without it is an interrupted generation.
psql_as() { as_pg_owner psql -h "$socket_dir" -U postgres "$@"; }
generated=$(psql_as -d "$database" -Atc "SELECT 1 FROM bench_fortunes LIMIT 1" 2>/dev/null || true)
if [[ "${BENCH_REGENERATE:-}" == 1 || "$generated" != 1 ]]; then
  psql_as -d postgres -qc "DROP DATABASE IF EXISTS $database" >/dev/null
  echo "Generating $database (about 7 minutes in full, under one with --quick)..."
  $bench generate --connection "$connection" $quick
fi

mkdir -p bench/results
$bench run --connection "$connection" $quick "${only[@]}" --out "bench/results/$(date -u +%Y-%m-%d-%H%M)${quick:+-quick}.md"
