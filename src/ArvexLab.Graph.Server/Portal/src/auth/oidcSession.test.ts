import { OidcClient, User, UserManager } from 'oidc-client-ts';
import { afterEach, describe, expect, it } from 'vitest';
import { createOidcSession, sameOriginPath } from './oidcSession';
import { oidcSettings } from './oidcSettings';

const origin = 'https://portal.example.test';

function storedUser(expiresInSeconds: number, role: unknown) {
  const now = Math.floor(Date.now() / 1000);
  return new User({
    access_token: 'stored-access-token',
    token_type: 'Bearer',
    refresh_token: 'stored-refresh-token',
    scope: 'openid profile offline_access',
    expires_at: now + expiresInSeconds,
    profile: { sub: 'u1', iss: origin, aud: 'arvexlab-portal', exp: now + 3600, iat: now, name: 'Ada Admin', role } as never,
  });
}

async function sessionWith(user: User) {
  const settings = oidcSettings(origin, window.sessionStorage);
  // The real UserManager reads what a completed sign-in left in session storage.
  window.sessionStorage.setItem(`oidc.user:${origin}:arvexlab-portal`, user.toStorageString());
  return createOidcSession(new UserManager({ ...settings, automaticSilentRenew: false }));
}

afterEach(() => window.sessionStorage.clear());

describe('OIDC session', () => {
  it('reads the stored user, its roles and its access token', async () => {
    const session = await sessionWith(storedUser(3600, ['Reviewer']));
    expect(await session.currentUser()).toMatchObject({ name: 'Ada Admin', roles: ['REVIEWER'] });
    expect(await session.accessToken()).toBe('stored-access-token');
  });

  it('treats an expired user as signed out', async () => {
    const session = await sessionWith(storedUser(-10, 'ADMIN'));
    expect(await session.currentUser()).toBeNull();
    expect(await session.accessToken()).toBeNull();
  });

  it('asks for an authorization code with PKCE S256, the portal client and its scopes', async () => {
    const client = new OidcClient({
      ...oidcSettings(origin, window.sessionStorage),
      metadata: { issuer: origin, authorization_endpoint: `${origin}/connect/authorize` },
    });
    const request = await client.createSigninRequest({ request_type: 'si:r' });
    const url = new URL(request.url);
    expect(url.origin + url.pathname).toBe(`${origin}/connect/authorize`);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      client_id: 'arvexlab-portal',
      redirect_uri: `${origin}/auth/callback`,
      response_type: 'code',
      scope: 'openid profile offline_access',
      code_challenge_method: 'S256',
    });
    expect(url.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});

describe('sameOriginPath', () => {
  it('follows local paths only', () => {
    expect(sameOriginPath('/vendors?page=2')).toBe('/vendors?page=2');
    expect(sameOriginPath('//evil.example/x')).toBe('/');
    expect(sameOriginPath('https://evil.example/')).toBe('/');
    expect(sameOriginPath(undefined)).toBe('/');
  });
});
