import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { vi } from 'vitest';

/** The operations the build registered (hash → text), as the server loads them. */
const registered: Record<string, string> = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../gql/persisted-documents.json'), 'utf8'),
);

function operationName(query: string): string | undefined {
  return /\b(?:query|mutation|subscription)\s+(\w+)/.exec(query)?.[1];
}

export interface VendorRow {
  id: string;
  name: string;
  criticality: 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL';
  status: 'ACTIVE' | 'ARCHIVED';
}

interface GraphRequest {
  operationName?: string;
  /** The registered document's text, looked up from the `documentId` the portal sent. */
  query: string;
  documentId?: string;
  variables: Record<string, unknown>;
}

type Where = { and?: Where[]; name?: { contains: string }; criticality?: { eq: string }; status?: { eq: string } };

function matches(row: VendorRow, where: Where | null | undefined): boolean {
  if (!where) return true;
  if (where.and && !where.and.every((w) => matches(row, w))) return false;
  if (where.name && !row.name.toLowerCase().includes(where.name.contains.toLowerCase())) return false;
  if (where.criticality && row.criticality !== where.criticality.eq) return false;
  if (where.status && row.status !== where.status.eq) return false;
  return true;
}

/** Answers VendorList like a Relay connection over `rows` (cursor = the row id), sorted by name. */
export function vendorConnection(rows: VendorRow[], variables: Record<string, unknown>) {
  const order = (variables.order as { name?: 'ASC' | 'DESC' }[] | undefined)?.[0]?.name ?? 'ASC';
  const list = rows.filter((r) => matches(r, variables.where as Where)).sort((a, b) => a.name.localeCompare(b.name));
  if (order === 'DESC') list.reverse();
  let start = 0;
  let end = list.length;
  if (variables.after) start = list.findIndex((r) => r.id === variables.after) + 1;
  if (variables.before) end = list.findIndex((r) => r.id === variables.before);
  if (variables.first) end = Math.min(end, start + (variables.first as number));
  if (variables.last) start = Math.max(start, end - (variables.last as number));
  const page = list.slice(start, end);
  return {
    totalCount: list.length,
    pageInfo: {
      hasNextPage: end < list.length,
      hasPreviousPage: start > 0,
      startCursor: page[0]?.id ?? null,
      endCursor: page[page.length - 1]?.id ?? null,
    },
    edges: page.map((r) => ({
      cursor: r.id,
      node: { ...r, website: null, services: ['Hosting'], documents: { totalCount: 2 } },
    })),
  };
}

/**
 * A fetch standing in for the server's /graphql: every request is recorded (method, headers, body)
 * and answered by `respond`, so a real urql client runs its whole pipeline in the tests.
 */
export function fakeGraphServer(respond: (request: GraphRequest) => unknown) {
  const requests: (GraphRequest & { method: string; authorization: string | null; sentQueryText: boolean })[] = [];
  const fetchFn = vi.fn(async (_input: RequestInfo | URL, init?: RequestInit) => {
    const request = JSON.parse(String(init?.body)) as GraphRequest;
    if (request.documentId) {
      const text = registered[request.documentId.replace(/^sha256:/, '')];
      if (text === undefined) throw new Error(`documentId ${request.documentId} is not registered`);
      request.query = text;
      request.operationName ??= operationName(text);
    }
    requests.push({ ...request, sentQueryText: !request.documentId, method: init?.method ?? 'GET', authorization: new Headers(init?.headers).get('Authorization') });
    return new Response(JSON.stringify(respond(request)), {
      status: 200,
      headers: { 'Content-Type': 'application/graphql-response+json' },
    });
  });
  return { fetch: fetchFn as unknown as typeof fetch, requests };
}
