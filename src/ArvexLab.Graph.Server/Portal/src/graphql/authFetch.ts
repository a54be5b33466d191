import type { AuthSession } from '../auth/session';

type Fetch = typeof fetch;

/**
 * A fetch that sends the access token as a bearer token. On 401 it renews the token once (refresh
 * token) and retries; when that fails too, it starts a new sign-in and returns the 401 response.
 */
export function createAuthFetch(session: AuthSession, baseFetch: Fetch = globalFetch, currentPath = currentLocation): Fetch {
  const send = (input: RequestInfo | URL, init: RequestInit | undefined, token: string | null) => {
    const headers = new Headers(init?.headers);
    if (token) headers.set('Authorization', `Bearer ${token}`);
    return baseFetch(input, { ...init, headers });
  };

  return async (input, init) => {
    const response = await send(input, init, await session.accessToken());
    if (response.status !== 401) return response;

    const renewed = await session.renew();
    if (renewed) {
      const retried = await send(input, init, renewed);
      if (retried.status !== 401) return retried;
    }
    await session.signIn(currentPath());
    return response;
  };
}

// Called through a wrapper: browsers refuse `fetch` invoked without `window` as its receiver.
const globalFetch: Fetch = (input, init) => fetch(input, init);

function currentLocation(): string {
  return `${window.location.pathname}${window.location.search}`;
}
