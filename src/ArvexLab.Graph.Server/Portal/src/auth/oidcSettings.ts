import { WebStorageStateStore, type UserManagerSettings } from 'oidc-client-ts';

export const portalClientId = 'arvexlab-portal';
export const callbackPath = '/auth/callback';
// No graph:* scopes: users act by their organization role (AccessMatrix); those scopes are for partner
// clients, and the portal client is not granted them (asking would fail the authorization request).
export const portalScopes = 'openid profile offline_access';

/** The portal signs in against the OpenIddict server of the app that serves it. */
export function oidcSettings(origin: string, storage: Storage): UserManagerSettings {
  return {
    authority: origin,
    client_id: portalClientId,
    redirect_uri: `${origin}${callbackPath}`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: 'code',
    scope: portalScopes,
    // With offline_access the renewal uses the refresh token, so no hidden iframe is needed.
    automaticSilentRenew: true,
    loadUserInfo: false,
    // Session storage: a token survives a reload but not the closing of the tab.
    userStore: new WebStorageStateStore({ store: storage }),
  };
}
