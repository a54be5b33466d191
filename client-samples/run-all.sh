#!/usr/bin/env bash
# Starts the server on 127.0.0.1 (Development, demo data, a fresh data folder), runs every client sample against it,
# and ends with one line "N passed, N failed" for the samples. Exit status is non-zero when a sample failed.
# Needs: dotnet, node/npm, curl, jq. ARVEX_SAMPLES_PORT picks the port (default 5099); logs stay in the printed folder.
set -uo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
port="${ARVEX_SAMPLES_PORT:-5099}"
url="http://127.0.0.1:$port"
work="$(mktemp -d -t arvexlab-samples-XXXXXX)"
# The demo partner's secret is the demo password; a fresh one per run (12+ characters, upper, lower, digit).
password="Samples-$(date +%s)-$RANDOM-Aa7"
pdf="${ARVEX_SAMPLE_PDF:-$root/tests/ArvexLab.Graph.Extraction.Tests/Fixtures/generated/soc2-type2-qualified-cc6-2.pdf}"
# The npm upload sample sends a real vendor PDF (read where it lies, never copied into the repository).
real_pdf="${ARVEX_REAL_PDF:-/work/shared/corpus/real/tembo_soc2_type1.pdf}"
[ -f "$real_pdf" ] || { echo "samples: $real_pdf not found, the upload sample sends $pdf"; real_pdf="$pdf"; }
echo "samples: server $url, logs in $work"

for tool in dotnet node npm curl jq; do
  command -v "$tool" >/dev/null || { echo "run-all: $tool is not installed"; echo "0 passed, 4 failed"; exit 1; }
done

dotnet build src/ArvexLab.Graph.Server -p:SkipPortalBuild=true -v q --nologo >"$work/build.log" 2>&1 \
  || { tail -20 "$work/build.log"; echo "0 passed, 4 failed"; exit 1; }

(
  cd src/ArvexLab.Graph.Server
  exec env ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="$url" \
    Data__Directory="$work/data" Demo__Enabled=true Demo__Password="$password" \
    dotnet bin/Debug/net10.0/ArvexLab.Graph.Server.dll
) >"$work/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null' EXIT

for _ in $(seq 1 180); do
  curl -sf "$url/health/ready" >/dev/null 2>&1 && break
  kill -0 "$server" 2>/dev/null || break
  sleep 1
done
if ! curl -sf "$url/health/ready" >/dev/null 2>&1; then
  echo "the server did not become ready:"; tail -30 "$work/server.log"; echo "0 passed, 4 failed"; exit 1
fi

export ARVEX_URL="$url" ARVEX_CLIENT_ID=demo-partner ARVEX_CLIENT_SECRET="$password"
passed=0; failed=0
run() {
  local name="$1"; shift
  if ( "$@" ) >"$work/$name.log" 2>&1; then
    passed=$((passed + 1)); echo "PASS $name: $(tail -1 "$work/$name.log")"
  else
    failed=$((failed + 1)); echo "FAIL $name (last lines of $work/$name.log):"; tail -15 "$work/$name.log" | sed 's/^/    /'
  fi
}

run curl client-samples/curl/sample.sh "$pdf"
run typescript bash -c 'cd client-samples/typescript && { [ -d node_modules/extract-files ] || npm ci --no-audit --no-fund; } && npm start'
run typescript-upload bash -c 'cd client-samples/typescript && { [ -d node_modules/extract-files ] || npm ci --no-audit --no-fund; } && npm run upload -- "$0"' "$real_pdf"
run csharp-partner-sync env ARVEX_MIRROR="$work/partner-mirror.db" dotnet run --project client-samples/csharp-partner-sync

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
