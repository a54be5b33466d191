#!/bin/sh
# Test stand-in for arvex-extract (real process, same contract): rejects a non-PDF like the real tool,
# otherwise prints sample-output.json with the GC heap limit it was given echoed as a warning.
if [ "$(head -c 5 "$1")" != "%PDF-" ]; then
  echo '{"error":{"code":"NOT_A_PDF","message":"The file is not a PDF."}}'
  exit 2
fi
sed "s/__HEAP_LIMIT__/${DOTNET_GCHeapHardLimit:-none}/" "$(dirname "$0")/sample-output.json"
