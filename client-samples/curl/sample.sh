#!/usr/bin/env bash
# A partner's first steps with curl: token (client credentials), a query, a PDF upload (GraphQL multipart
# request spec), then the findings once extraction is done. Needs curl and jq.
#
#   ARVEX_URL=http://127.0.0.1:5080 ARVEX_CLIENT_ID=demo-partner ARVEX_CLIENT_SECRET=... ./sample.sh report.pdf
set -euo pipefail

url="${ARVEX_URL:-http://127.0.0.1:5080}"
client_id="${ARVEX_CLIENT_ID:-demo-partner}"
client_secret="${ARVEX_CLIENT_SECRET:?set ARVEX_CLIENT_SECRET (the demo partner secret is the Demo:Password setting)}"
pdf="${1:?usage: sample.sh <report.pdf>}"
wait_seconds="${ARVEX_WAIT_SECONDS:-120}"

# 1. An access token for the partner client (OAuth 2.0 client credentials).
token=$(curl -sf "$url/connect/token" \
  -d grant_type=client_credentials -d client_id="$client_id" --data-urlencode client_secret="$client_secret" \
  -d scope="graph:read graph:write" | jq -r .access_token)
echo "token: ${token:0:12}…"

# graphql QUERY [VARIABLES-JSON] → prints the response; fails on transport or GraphQL errors.
graphql() {
  local body response vars="${2:-}"
  [ -n "$vars" ] || vars='{}'
  body=$(jq -n --arg q "$1" --argjson v "$vars" '{query: $q, variables: $v}')
  response=$(curl -sf "$url/graphql" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d "$body")
  if [ "$(jq '.errors | length' <<<"$response")" != "0" ]; then
    echo "GraphQL errors: $(jq -c .errors <<<"$response")" >&2
    return 1
  fi
  echo "$response"
}

# 2. A query: the first vendors, by name.
vendors=$(graphql 'query { vendors(first: 5, order: [{ name: ASC }]) { totalCount nodes { id name criticality } } }')
echo "vendors: $(jq -r '.data.vendors.totalCount' <<<"$vendors") in total; first: $(jq -r '[.data.vendors.nodes[].name] | join(", ")' <<<"$vendors")"

# A vendor of our own to upload to (names must be unique, so add a suffix).
created=$(graphql 'mutation($name: String!) { createVendor(input: { name: $name, criticality: HIGH }) { vendor { id name } errors { code message } } }' \
  "$(jq -n --arg name "curl sample $(date +%s)-$$" '{name: $name}')")
vendor_id=$(jq -r '.data.createVendor.vendor.id' <<<"$created")
echo "created vendor $vendor_id"

# 3. Upload the PDF: a multipart request (operations + map + the file part). The GraphQL-Require-Preflight header is
#    the server's CSRF guard for multipart requests; any non-empty value does.
operations=$(jq -n --arg v "$vendor_id" '{
  query: "mutation($vendorId: ID!, $file: Upload!) { uploadEvidence(input: { vendorId: $vendorId, file: $file }) { document { id status } errors { code message } } }",
  variables: { vendorId: $v, file: null } }')
upload=$(curl -s "$url/graphql" -H "Authorization: Bearer $token" -H 'GraphQL-Require-Preflight: 1' \
  -F "operations=$operations" -F 'map={"0":["variables.file"]}' -F "0=@$pdf;type=application/pdf")
if [ "$(jq '(.errors // []) + (.data.uploadEvidence.errors // []) | length' <<<"$upload")" != "0" ]; then
  echo "upload failed: $upload" >&2
  exit 1
fi
document_id=$(jq -r '.data.uploadEvidence.document.id' <<<"$upload")
upload_status=$(jq -r '.data.uploadEvidence.document.status' <<<"$upload")
echo "uploaded $document_id, status $upload_status"

# 4. Wait for extraction, then read the findings.
status=QUEUED
for _ in $(seq 1 "$wait_seconds"); do
  status=$(graphql 'query($id: ID!) { node(id: $id) { ... on EvidenceDocument { status } } }' "$(jq -n --arg id "$document_id" '{id: $id}')" \
    | jq -r '.data.node.status')
  [ "$status" = EXTRACTED ] || [ "$status" = FAILED ] && break
  sleep 1
done
echo "extraction: $status"
[ "$status" = EXTRACTED ] || exit 1

findings=$(graphql 'query($id: ID!) { node(id: $id) { ... on EvidenceDocument { kind title
    fields(first: 20) { nodes { name value confidence citation { page } } }
    controls(first: 5) { totalCount nodes { ref result confidence citation { page } } }
    controlExceptions(first: 5) { totalCount nodes { controlRef description } } } } }' "$(jq -n --arg id "$document_id" '{id: $id}')")
jq '.data.node' <<<"$findings"
echo "controls: $(jq -r '.data.node.controls.totalCount' <<<"$findings"), exceptions: $(jq -r '.data.node.controlExceptions.totalCount' <<<"$findings")"
