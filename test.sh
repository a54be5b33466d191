#!/usr/bin/env bash
# Runs the whole test suite (all .NET test projects, the portal's Vitest tests and the client samples
# against a live server) and ends with
# one line "N passed, N failed[, N skipped]". Exit status is non-zero when anything failed.
# PostgreSQL tests run when ARVEX_TEST_POSTGRES names a server (see .ci/postgres.sh), else they are skipped.
set -uo pipefail
cd "$(dirname "$0")"

results="$(mktemp -d)"
status=0

dotnet test ArvexLab.Graph.sln --logger "trx" --results-directory "$results/dotnet" "$@" || status=1

portal=src/ArvexLab.Graph.Server/Portal
if [ -f "$portal/package.json" ] && grep -q '"test:ci"' "$portal/package.json"; then
  (cd "$portal" && { [ -d node_modules ] || npm ci --no-audit --no-fund; } && npm run --silent test:ci -- --outputFile="$results/vitest.json") || status=1
fi

# The client samples run against a server they start on 127.0.0.1 (needs curl and jq).
if [ -x client-samples/run-all.sh ]; then
  client-samples/run-all.sh | tee "$results/samples.log" || status=1
fi

passed=0; failed=0; skipped=0
for trx in "$results"/dotnet/*.trx; do
  [ -f "$trx" ] || continue
  counters="$(grep -o '<Counters [^>]*>' "$trx")"
  get() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*'; }
  total=$(get total); executed=$(get executed); p=$(get passed); f=$(get failed); e=$(get error)
  passed=$((passed + p)); failed=$((failed + f + e)); skipped=$((skipped + total - executed))
done
if [ -f "$results/vitest.json" ]; then
  vp=$(grep -o '"numPassedTests":[0-9]*' "$results/vitest.json" | grep -o '[0-9]*$')
  vf=$(grep -o '"numFailedTests":[0-9]*' "$results/vitest.json" | grep -o '[0-9]*$')
  vs=$(grep -o '"numPendingTests":[0-9]*' "$results/vitest.json" | grep -o '[0-9]*$')
  passed=$((passed + ${vp:-0})); failed=$((failed + ${vf:-0})); skipped=$((skipped + ${vs:-0}))
fi

if [ -f "$results/samples.log" ]; then
  line="$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$results/samples.log" | tail -1)"
  sp=$(echo "$line" | grep -o '^[0-9]*'); sf=$(echo "$line" | grep -o '[0-9]* failed' | grep -o '[0-9]*')
  passed=$((passed + ${sp:-0})); failed=$((failed + ${sf:-1}))
fi

[ "$failed" -gt 0 ] && status=1
echo "$passed passed, $failed failed, $skipped skipped"
exit $status
