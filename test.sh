#!/usr/bin/env bash
# Runs every test of CaseTracker. Installs what is missing first (PostgreSQL, Chromium, Node.js and the
# npm tools in tests/node), builds, runs the whole solution's tests against real PostgreSQL (the tests
# start their own throwaway cluster, or use CASETRACKER_TEST_CONNECTION) and ends with one line:
# "Tests: N passed, N failed, N skipped".
set -euo pipefail
cd "$(dirname "$0")"
source eng/common.sh

ensure_dotnet
ensure_postgres
ensure_node_tools
if [[ -z "${CASETRACKER_CHROMIUM:-}" && ! -x /usr/bin/chromium ]]; then
  ensure_debian_packages chromium
fi

results="$PWD/TestResults"
rm -rf "$results"
export CASETRACKER_TEST_ARTIFACTS="$results/artifacts"

echo "Building..."
dotnet build CaseTracker.sln -c Release -nologo -v quiet -clp:ErrorsOnly
echo "Checking formatting..."
dotnet format CaseTracker.sln --verify-no-changes --no-restore -v quiet

# Every app the tests start also logs into one file; after the suite, one test searches it for seeded
# names, places and the passwords the tests typed (SuiteLogScanTests).
suite_log="$results/suite-log.jsonl"
set +e
CASETRACKER_SUITE_LOG="$suite_log" dotnet test CaseTracker.sln -c Release --no-build -nologo \
  --filter "Category!=AfterSuite" \
  --logger "trx" --logger "console;verbosity=minimal" --results-directory "$results"
status=$?
echo "Scanning the suite's log..."
CASETRACKER_SCAN_SUITE_LOG="$suite_log" dotnet test tests/CaseTracker.Web.Tests -c Release --no-build -nologo \
  --filter "Category=AfterSuite" \
  --logger "trx;LogFileName=after-suite.trx" --logger "console;verbosity=minimal" --results-directory "$results"
scan_status=$?
set -e
[[ $scan_status -eq 0 ]] || status=$scan_status

# Clusters left behind by a test process that crashed would keep running: stop them.
for pid_file in /tmp/casetracker-pg-*/data/postmaster.pid; do
  [[ -f "$pid_file" ]] || continue
  as_pg_owner "$(find_pg_bin)/pg_ctl" -D "$(dirname "$pid_file")" -m immediate stop >/dev/null 2>&1 || true
done

passed=0 failed=0 skipped=0
for trx in "$results"/*.trx; do
  [[ -f "$trx" ]] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  value() { sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"$counters"; }
  passed=$((passed + $(value passed)))
  failed=$((failed + $(value failed) + $(value error) + $(value timeout) + $(value aborted)))
  skipped=$((skipped + $(value notExecuted)))
done
if [[ $status -ne 0 && $failed -eq 0 ]]; then
  failed=1  # the runner failed without reporting a failed test (a crash): count it
fi

echo "Tests: $passed passed, $failed failed, $skipped skipped"
[[ $status -eq 0 && $failed -eq 0 && $passed -gt 0 ]]
