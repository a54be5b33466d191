import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { createOidcSession } from '../auth/oidcSession';
import { createAuthFetch } from '../graphql/authFetch';
import { graphqlEndpoint } from '../graphql/client';

// GraphiQL shares the portal's sign-in (same origin, same session storage), so the token goes along.
const session = createOidcSession();
const fetcher = createGraphiQLFetcher({ url: graphqlEndpoint, fetch: createAuthFetch(session) });
const root = createRoot(document.getElementById('graphiql')!);

session.currentUser().then((user) => {
  if (!user) {
    void session.signIn(`${window.location.pathname}${window.location.search}`);
    return;
  }
  root.render(
    <StrictMode>
      <GraphiQL fetcher={fetcher} />
    </StrictMode>,
  );
});
