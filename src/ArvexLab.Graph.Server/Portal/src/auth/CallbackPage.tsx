import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { ErrorMessage, Loading } from '../components/states';
import { useAuth } from './AuthProvider';

/** Pages served outside the React router (GraphiQL) need a full page load. */
const outsideRouter = ['/graphql/ui', '/graphiql.html'];

export function CallbackPage() {
  const { session } = useAuth();
  const navigate = useNavigate();
  const [failure, setFailure] = useState<string | null>(null);
  // The authorization code is single-use: React's development double effects must not spend it twice.
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    session.completeSignIn().then(
      (returnTo) => {
        if (outsideRouter.some((path) => returnTo.startsWith(path))) window.location.assign(returnTo);
        else navigate(returnTo, { replace: true });
      },
      (error: unknown) => setFailure(error instanceof Error ? error.message : String(error)),
    );
  }, [session, navigate]);

  if (failure) {
    return (
      <main className="standalone">
        <ErrorMessage title="Sign-in did not complete">
          {failure} <a href="/">Try again</a>
        </ErrorMessage>
      </main>
    );
  }
  return (
    <main className="standalone">
      <Loading label="Completing sign-in…" />
    </main>
  );
}
