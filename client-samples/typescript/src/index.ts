// A front-end team's view of vendor posture: every vendor with its evidence (kind, status, period end, expiry,
// opinion), fetched page by page with typed documents generated from schema.graphql.
import { Client, fetchExchange } from '@urql/core';
import { graphql } from './gql/index.js';

const server = process.env.ARVEX_URL ?? 'http://127.0.0.1:5080';
const clientId = process.env.ARVEX_CLIENT_ID ?? 'demo-partner';
const clientSecret = process.env.ARVEX_CLIENT_SECRET;
const pageSize = Number(process.env.ARVEX_PAGE_SIZE ?? '5');

const VendorPostureQuery = graphql(`
  query VendorPosture($first: Int!, $after: String) {
    vendors(first: $first, after: $after, order: [{ name: ASC }]) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id
        name
        criticality
        status
        documents(first: 10) {
          nodes { kind title status reviewStatus opinion periodEnd expiryDate }
        }
      }
    }
  }
`);

async function token(): Promise<string> {
  if (!clientSecret) throw new Error('Set ARVEX_CLIENT_SECRET (the demo partner secret is the server\'s Demo:Password).');
  const response = await fetch(`${server}/connect/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret, scope: 'graph:read' }),
  });
  const body = (await response.json()) as { access_token?: string; error?: string };
  if (!response.ok || !body.access_token) throw new Error(`token request failed: ${response.status} ${body.error ?? ''}`);
  return body.access_token;
}

function daysUntil(date: string | null | undefined): string {
  if (!date) return '—';
  const days = Math.round((Date.parse(date) - Date.now()) / 86_400_000);
  return days < 0 ? `expired ${-days}d ago` : `${days}d left`;
}

async function fetchPage(client: Client, after: string | null) {
  const result = await client.query(VendorPostureQuery, { first: pageSize, after }, { requestPolicy: 'network-only' }).toPromise();
  if (result.error) throw result.error;
  return result.data!.vendors;
}

async function main(): Promise<void> {
  const accessToken = await token();
  const client = new Client({
    url: `${server}/graphql`,
    exchanges: [fetchExchange],
    preferGetMethod: false,
    fetchOptions: { headers: { Authorization: `Bearer ${accessToken}` } },
  });

  let after: string | null = null;
  let pages = 0;
  let seen = 0;
  let total = 0;
  do {
    const vendors = await fetchPage(client, after);
    total = vendors.totalCount;
    pages++;
    for (const vendor of vendors.nodes) {
      seen++;
      const evidence = vendor.documents.nodes
        .map((d) => `${d.kind} ${d.status}${d.opinion ? ` ${d.opinion}` : ''} (${daysUntil(d.expiryDate ?? d.periodEnd)})`)
        .join('; ');
      console.log(`${vendor.name} [${vendor.criticality}] ${evidence || 'no evidence'}`);
    }
    after = vendors.pageInfo.hasNextPage ? vendors.pageInfo.endCursor ?? null : null;
  } while (after);

  console.log(`${seen} vendors in ${pages} pages of ${pageSize}`);
  if (seen !== total) throw new Error(`paged through ${seen} vendors but totalCount is ${total}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
