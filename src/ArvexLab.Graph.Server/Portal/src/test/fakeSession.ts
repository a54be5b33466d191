import { vi } from 'vitest';
import type { Role } from '../auth/roles';
import type { AuthSession, SignedInUser } from '../auth/session';

/** An in-memory session: tokens and user are plain values the test sets; calls are recorded. */
export function fakeSession(options: { token?: string | null; renewed?: string | null; roles?: Role[] | null } = {}) {
  const user: SignedInUser | null =
    options.roles === null ? null : { name: 'Rita Reviewer', email: 'rita@example.test', roles: options.roles ?? ['VIEWER'] };
  const session = {
    currentUser: vi.fn(async () => user),
    accessToken: vi.fn(async () => options.token ?? null),
    renew: vi.fn(async () => options.renewed ?? null),
    signIn: vi.fn(async (_returnTo: string) => {}),
    signOut: vi.fn(async () => {}),
    completeSignIn: vi.fn(async () => '/'),
    onUserChanged: vi.fn((_listener: (user: SignedInUser | null) => void) => () => {}),
  } satisfies AuthSession;
  return session;
}
