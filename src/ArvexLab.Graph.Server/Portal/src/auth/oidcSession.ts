import { UserManager, type User } from 'oidc-client-ts';
import { oidcSettings } from './oidcSettings';
import { rolesFromClaim } from './roles';
import type { AuthSession, SignedInUser } from './session';

interface ReturnState {
  returnTo: string;
}

function toSignedInUser(user: User | null): SignedInUser | null {
  if (!user || user.expired) return null;
  const profile = user.profile;
  return {
    name: profile.name ?? profile.preferred_username ?? profile.email ?? profile.sub,
    email: profile.email,
    roles: rolesFromClaim(profile.role),
  };
}

export function createOidcSession(manager = new UserManager(oidcSettings(window.location.origin, window.sessionStorage))): AuthSession {
  return {
    async currentUser() {
      return toSignedInUser(await manager.getUser());
    },
    async accessToken() {
      const user = await manager.getUser();
      return user && !user.expired ? user.access_token : null;
    },
    async renew() {
      try {
        const user = await manager.signinSilent();
        return user?.access_token ?? null;
      } catch {
        return null;
      }
    },
    async signIn(returnTo) {
      const state: ReturnState = { returnTo };
      await manager.signinRedirect({ state });
    },
    async signOut() {
      try {
        await manager.signoutRedirect();
      } catch {
        // No end-session endpoint reachable: forget the tokens here at least.
        await manager.removeUser();
        window.location.assign('/');
      }
    },
    async completeSignIn() {
      const user = await manager.signinRedirectCallback();
      const state = user.state as ReturnState | undefined;
      return sameOriginPath(state?.returnTo);
    },
    onUserChanged(listener) {
      const loaded = (user: User) => listener(toSignedInUser(user));
      const unloaded = () => listener(null);
      manager.events.addUserLoaded(loaded);
      manager.events.addUserUnloaded(unloaded);
      manager.events.addUserSignedOut(unloaded);
      return () => {
        manager.events.removeUserLoaded(loaded);
        manager.events.removeUserUnloaded(unloaded);
        manager.events.removeUserSignedOut(unloaded);
      };
    },
  };
}

/** Only a local path is followed after sign-in, so the state cannot redirect elsewhere. */
export function sameOriginPath(path: string | undefined): string {
  return path && path.startsWith('/') && !path.startsWith('//') ? path : '/';
}
