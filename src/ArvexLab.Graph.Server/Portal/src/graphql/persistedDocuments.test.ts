import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeSession } from '../test/fakeSession';
import { createGraphClient } from './client';
import { VendorForEditQuery } from '../features/vendors/vendorQueries';

function recordingFetch() {
  const bodies: Record<string, unknown>[] = [];
  const fetchFn = async (_input: RequestInfo | URL, init?: RequestInit) => {
    bodies.push(JSON.parse(String(init?.body)));
    return new Response(JSON.stringify({ data: { vendor: null } }), { headers: { 'Content-Type': 'application/json' } });
  };
  return { fetchFn: fetchFn as typeof fetch, bodies };
}

describe('persisted documents', () => {
  it('sends the registered documentId and variables, never the query text', async () => {
    const { fetchFn, bodies } = recordingFetch();
    const client = createGraphClient(fakeSession({ token: 't' }), fetchFn);

    const result = await client.query(VendorForEditQuery, { id: 'v1' }).toPromise();

    expect(result.error).toBeUndefined();
    expect(bodies).toHaveLength(1);
    expect(bodies[0].query).toBeUndefined();
    expect(bodies[0].documentId).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(bodies[0].variables).toEqual({ id: 'v1' });
  });

  it('uses an id that the build registered with the operation text', async () => {
    const path = resolve(import.meta.dirname, '../gql/persisted-documents.json');
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>;
    const { fetchFn, bodies } = recordingFetch();
    await createGraphClient(fakeSession({ token: 't' }), fetchFn).query(VendorForEditQuery, { id: 'v1' }).toPromise();

    const text = manifest[String(bodies[0].documentId).slice('sha256:'.length)];
    expect(text).toContain('query VendorForEdit($id: ID!)');
    // The registered text asks for __typename, which urql's cache needs to invalidate after mutations.
    expect(text).toContain('__typename');
  });
});
