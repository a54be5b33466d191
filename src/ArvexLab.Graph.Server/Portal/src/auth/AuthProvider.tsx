import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { rolesAllow, type Action } from './roles';
import type { AuthSession, SignedInUser } from './session';

interface AuthState {
  session: AuthSession;
  /** undefined while the stored session is being read. */
  user: SignedInUser | null | undefined;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ session, children }: { session: AuthSession; children: ReactNode }) {
  const [user, setUser] = useState<SignedInUser | null | undefined>(undefined);

  useEffect(() => {
    let active = true;
    session.currentUser().then((current) => active && setUser(current), () => active && setUser(null));
    const unsubscribe = session.onUserChanged(setUser);
    return () => {
      active = false;
      unsubscribe();
    };
  }, [session]);

  return <AuthContext.Provider value={{ session, user }}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useAuth needs an <AuthProvider> above it.');
  return state;
}

/** Whether the signed-in user's role allows an action; false while signed out or loading. */
export function useCan(action: Action): boolean {
  const { user } = useAuth();
  return !!user && rolesAllow(user.roles, action);
}

/** Renders its children only when the role allows the action (the server checks again). */
export function Can({ action, children }: { action: Action; children: ReactNode }) {
  return useCan(action) ? <>{children}</> : null;
}
