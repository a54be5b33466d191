#!/bin/sh
# Starts (or reuses) a local S3-compatible server for the S3 blob store tests and prints its endpoint:
#   export ARVEX_TEST_S3="$(bash tests/ArvexLab.Graph.Server.Tests/Evidence/Tools/s3rver.sh)"
# s3rver (npm) keeps objects in a folder; it is installed once into a cache outside the repository.
set -e
cache="${ARVEX_S3RVER_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/arvex-s3rver}"
port="${ARVEX_S3RVER_PORT:-4569}"
endpoint="http://127.0.0.1:$port"
if curl -s -o /dev/null "$endpoint/" 2>/dev/null; then
  echo "$endpoint"
  exit 0
fi
if [ ! -x "$cache/node_modules/.bin/s3rver" ]; then
  mkdir -p "$cache"
  npm install --silent --no-audit --no-fund --prefix "$cache" s3rver@3.7.1 >&2
fi
mkdir -p "$cache/data"
nohup "$cache/node_modules/.bin/s3rver" --address 127.0.0.1 --port "$port" --directory "$cache/data" --silent >"$cache/s3rver.log" 2>&1 &
for _ in $(seq 1 50); do
  if curl -s -o /dev/null "$endpoint/" 2>/dev/null; then
    echo "$endpoint"
    exit 0
  fi
  sleep 0.2
done
echo "s3rver did not start; see $cache/s3rver.log" >&2
exit 1
