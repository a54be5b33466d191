import { render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AuthProvider } from '../auth/AuthProvider';
import type { Role } from '../auth/roles';
import { fakeSession } from '../test/fakeSession';
import { AppLayout } from './AppLayout';

async function navigationFor(roles: Role[]) {
  render(
    <MemoryRouter>
      <AuthProvider session={fakeSession({ roles })}>
        <Routes>
          <Route element={<AppLayout />}>
            <Route index element={<p>home</p>} />
          </Route>
        </Routes>
      </AuthProvider>
    </MemoryRouter>,
  );
  await screen.findByText('Rita Reviewer');
  const nav = screen.getByRole('navigation', { name: 'Primary' });
  return within(nav).getAllByRole('link').map((link) => link.textContent);
}

describe('AppLayout navigation', () => {
  it('shows a viewer the read-only sections and GraphiQL', async () => {
    expect(await navigationFor(['VIEWER'])).toEqual(['Dashboard', 'Vendors', 'GraphiQL']);
  });

  it('adds upload and review for a reviewer', async () => {
    expect(await navigationFor(['REVIEWER'])).toEqual(['Dashboard', 'Vendors', 'Upload', 'Review', 'GraphiQL']);
  });

  it('shows an admin every section', async () => {
    expect(await navigationFor(['ADMIN'])).toEqual([
      'Dashboard', 'Vendors', 'Upload', 'Review', 'Frameworks', 'Organization', 'GraphiQL',
    ]);
  });
});
