import type { Role } from './roles';

export interface SignedInUser {
  name: string;
  email?: string;
  roles: Role[];
}

/**
 * The portal's view of sign-in. The OIDC implementation lives in oidcSession.ts; tests pass a
 * small in-memory one, so nothing above this interface knows about oidc-client-ts.
 */
export interface AuthSession {
  currentUser(): Promise<SignedInUser | null>;
  accessToken(): Promise<string | null>;
  /** Gets a fresh access token without user interaction (refresh token); null when that fails. */
  renew(): Promise<string | null>;
  /** Leaves the page for the authorization server; comes back to `returnTo` afterwards. */
  signIn(returnTo: string): Promise<void>;
  signOut(): Promise<void>;
  /** Finishes the redirect on /auth/callback and answers where the user was going. */
  completeSignIn(): Promise<string>;
  onUserChanged(listener: (user: SignedInUser | null) => void): () => void;
}
