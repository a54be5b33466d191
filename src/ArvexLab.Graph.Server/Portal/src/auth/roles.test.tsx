import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeSession } from '../test/fakeSession';
import { AuthProvider, Can, useAuth, useCan } from './AuthProvider';
import { rolesAllow, rolesFromClaim, type Action } from './roles';

describe('rolesFromClaim', () => {
  it('reads a single role, an array of roles, any case, and ignores unknown values', () => {
    expect(rolesFromClaim('Admin')).toEqual(['ADMIN']);
    expect(rolesFromClaim(['reviewer', 'SUPERUSER', 7, 'VIEWER'])).toEqual(['REVIEWER', 'VIEWER']);
    expect(rolesFromClaim(undefined)).toEqual([]);
  });
});

describe('rolesAllow', () => {
  const cases: [string, Action, boolean][] = [
    ['VIEWER', 'graph:read', true],
    ['VIEWER', 'evidence:review', false],
    ['VIEWER', 'vendors:write', false],
    ['REVIEWER', 'evidence:review', true],
    ['REVIEWER', 'vendors:write', false],
    ['REVIEWER', 'organization:admin', false],
    ['ADMIN', 'vendors:write', true],
    ['ADMIN', 'organization:admin', true],
    ['ADMIN', 'frameworks:write', true],
    ['ADMIN', 'catalogs:admin', false],
    ['PLATFORM_ADMIN', 'catalogs:admin', true],
    ['PLATFORM_ADMIN', 'vendors:write', false],
  ];
  it.each(cases)('%s may %s: %s', (role, action, expected) => {
    expect(rolesAllow(rolesFromClaim(role), action)).toBe(expected);
  });

  it('allows nothing without a role', () => {
    expect(rolesAllow([], 'graph:read')).toBe(false);
  });
});

function Probe() {
  const { user } = useAuth();
  const canWrite = useCan('vendors:write');
  return <p>{`${user ? user.name : 'loading'}: ${canWrite ? 'can write' : 'cannot write'}`}</p>;
}

describe('useCan and <Can>', () => {
  it('follow the signed-in user role', async () => {
    render(
      <AuthProvider session={fakeSession({ roles: ['ADMIN'] })}>
        <Probe />
        <Can action="organization:admin">admin area</Can>
      </AuthProvider>,
    );
    expect(await screen.findByText('Rita Reviewer: can write')).toBeInTheDocument();
    expect(screen.getByText('admin area')).toBeInTheDocument();
  });

  it('hide actions from a viewer', async () => {
    const session = fakeSession({ roles: ['VIEWER'] });
    render(
      <AuthProvider session={session}>
        <Probe />
        <Can action="evidence:review">upload button</Can>
      </AuthProvider>,
    );
    await screen.findByText('Rita Reviewer: cannot write');
    expect(session.currentUser).toHaveBeenCalled();
    expect(screen.queryByText('upload button')).not.toBeInTheDocument();
  });
});
