import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { Provider as UrqlProvider } from 'urql';
import { AuthProvider } from '../auth/AuthProvider';
import type { Role } from '../auth/roles';
import { createGraphClient } from '../graphql/client';
import { fakeSession } from './fakeSession';

/** Renders a page at `path` with the portal's real urql client talking to a fake fetch (and, for subscriptions, a fake WebSocket). */
export function renderWithGraph(
  page: ReactElement,
  options: { fetch: typeof fetch; roles?: Role[]; path?: string; route?: string; webSocket?: unknown },
) {
  const session = fakeSession({ token: 'access-token', roles: options.roles ?? ['VIEWER'] });
  const client = createGraphClient(session, options.fetch, options.webSocket);
  const path = options.path ?? '/';
  render(
    <MemoryRouter initialEntries={[path]}>
      <AuthProvider session={session}>
        <UrqlProvider value={client}>
          <Routes>
            <Route path={options.route ?? path} element={page} />
            <Route path="*" element={<p>elsewhere</p>} />
          </Routes>
        </UrqlProvider>
      </AuthProvider>
    </MemoryRouter>,
  );
  return { session };
}
