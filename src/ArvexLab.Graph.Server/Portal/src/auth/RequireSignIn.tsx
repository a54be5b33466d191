import { useEffect, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { Loading, ErrorMessage } from '../components/states';
import { useAuth } from './AuthProvider';

/** Sends a signed-out visitor to the sign-in page and back to where they were going. */
export function RequireSignIn({ children }: { children: ReactNode }) {
  const { session, user } = useAuth();
  const location = useLocation();
  const [failure, setFailure] = useState<string | null>(null);
  const returnTo = `${location.pathname}${location.search}`;

  useEffect(() => {
    if (user !== null) return;
    session.signIn(returnTo).catch((error: unknown) => setFailure(describe(error)));
  }, [session, user, returnTo]);

  if (failure) return <ErrorMessage title="Sign-in is not available">{failure}</ErrorMessage>;
  if (!user) return <Loading label="Signing in…" />;
  return <>{children}</>;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
