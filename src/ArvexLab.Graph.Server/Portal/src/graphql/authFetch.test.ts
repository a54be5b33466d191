import { describe, expect, it, vi } from 'vitest';
import { fakeSession } from '../test/fakeSession';
import { createAuthFetch } from './authFetch';

function recordingFetch(statuses: number[]) {
  const calls: { url: string; authorization: string | null; body: unknown }[] = [];
  const fetchFn = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), authorization: new Headers(init?.headers).get('Authorization'), body: init?.body });
    return new Response('{}', { status: statuses[Math.min(calls.length - 1, statuses.length - 1)] });
  });
  return { fetchFn: fetchFn as unknown as typeof fetch, calls };
}

describe('createAuthFetch', () => {
  it('sends the access token as a bearer token and keeps the other headers', async () => {
    const { fetchFn, calls } = recordingFetch([200]);
    const authFetch = createAuthFetch(fakeSession({ token: 'token-1' }), fetchFn, () => '/vendors');

    const response = await authFetch('/graphql', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });

    expect(response.status).toBe(200);
    expect(calls).toEqual([{ url: '/graphql', authorization: 'Bearer token-1', body: '{}' }]);
  });

  it('sends no Authorization header when nobody is signed in', async () => {
    const { fetchFn, calls } = recordingFetch([200]);
    await createAuthFetch(fakeSession({ token: null }), fetchFn, () => '/')('/graphql');
    expect(calls[0].authorization).toBeNull();
  });

  it('renews the token once on 401 and retries with the new one', async () => {
    const { fetchFn, calls } = recordingFetch([401, 200]);
    const session = fakeSession({ token: 'expired', renewed: 'token-2' });

    const response = await createAuthFetch(session, fetchFn, () => '/vendors')('/graphql', { method: 'POST', body: 'q' });

    expect(response.status).toBe(200);
    expect(calls.map((c) => c.authorization)).toEqual(['Bearer expired', 'Bearer token-2']);
    expect(calls[1].body).toBe('q');
    expect(session.signIn).not.toHaveBeenCalled();
  });

  it('signs in again, returning to the current page, when the token cannot be renewed', async () => {
    const { fetchFn, calls } = recordingFetch([401]);
    const session = fakeSession({ token: 'expired', renewed: null });

    const response = await createAuthFetch(session, fetchFn, () => '/vendors?page=2')('/graphql');

    expect(response.status).toBe(401);
    expect(calls).toHaveLength(1);
    expect(session.signIn).toHaveBeenCalledWith('/vendors?page=2');
  });

  it('signs in again when even the renewed token is refused', async () => {
    const { fetchFn, calls } = recordingFetch([401, 401]);
    const session = fakeSession({ token: 'expired', renewed: 'revoked' });

    await createAuthFetch(session, fetchFn, () => '/')('/graphql');

    expect(calls).toHaveLength(2);
    expect(session.signIn).toHaveBeenCalledOnce();
  });

  it('passes other failures through without renewing', async () => {
    const { fetchFn } = recordingFetch([403]);
    const session = fakeSession({ token: 't' });
    const response = await createAuthFetch(session, fetchFn, () => '/')('/graphql');
    expect(response.status).toBe(403);
    expect(session.renew).not.toHaveBeenCalled();
  });
});
