import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeGraphServer } from '../../test/fakeGraphServer';
import { renderWithGraph } from '../../test/renderWithGraph';
import { VendorEditPage } from './VendorEditPage';

const stored = {
  __typename: 'Vendor',
  id: 'VmVuZG9yOjM=',
  name: 'Initech Storage',
  website: 'https://initech.example',
  criticality: 'HIGH',
  services: ['Backups'],
  status: 'ACTIVE',
  owner: 'ciso@example.test',
  notes: null,
  version: 1,
};

const route = { path: `/vendors/${stored.id}/edit`, route: '/vendors/:id/edit', roles: ['ADMIN' as const] };

describe('VendorEditPage', () => {
  it('sends the changes with the version it was opened with', async () => {
    const server = fakeGraphServer((request) =>
      request.operationName === 'VendorForEdit'
        ? { data: { vendor: stored } }
        : { data: { updateVendor: { vendor: { ...stored, name: 'Initech Cloud', version: 2 }, errors: [] } } },
    );
    renderWithGraph(<VendorEditPage />, { ...route, fetch: server.fetch });

    const name = await screen.findByLabelText('Name');
    expect(name).toHaveValue('Initech Storage');
    await userEvent.clear(name);
    await userEvent.type(name, 'Initech Cloud');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('elsewhere')).toBeInTheDocument();
    const update = server.requests.find((r) => r.operationName === 'UpdateVendor')!;
    expect(update.variables.input).toMatchObject({ id: stored.id, version: 1, name: 'Initech Cloud', services: ['Backups'] });
  });

  it('shows a conflict and only loads the newer version when asked', async () => {
    let current = stored;
    const server = fakeGraphServer((request) => {
      if (request.operationName === 'VendorForEdit') return { data: { vendor: current } };
      current = { ...stored, name: 'Renamed by a colleague', version: 2 };
      return {
        data: {
          updateVendor: {
            vendor: current,
            errors: [{ code: 'CONFLICT', message: 'The vendor was changed by someone else.', field: 'version' }],
          },
        },
      };
    });
    renderWithGraph(<VendorEditPage />, { ...route, fetch: server.fetch });

    await userEvent.type(await screen.findByLabelText('Owner'), '-2');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('CONFLICT');
    expect(await screen.findByText(/Someone changed this vendor/)).toBeInTheDocument();
    expect(screen.getByLabelText('Owner')).toHaveValue('ciso@example.test-2');

    await userEvent.click(screen.getByRole('button', { name: /Load the latest version/ }));
    expect(screen.getByLabelText('Name')).toHaveValue('Renamed by a colleague');
    expect(screen.getByLabelText('Owner')).toHaveValue('ciso@example.test');
    expect(screen.queryByText(/Someone changed this vendor/)).not.toBeInTheDocument();
  });

  it('archives after a confirmation, sending id and version', async () => {
    const server = fakeGraphServer((request) =>
      request.operationName === 'VendorForEdit'
        ? { data: { vendor: stored } }
        : { data: { archiveVendor: { vendor: { ...stored, status: 'ARCHIVED', version: 2 }, errors: [] } } },
    );
    renderWithGraph(<VendorEditPage />, { ...route, fetch: server.fetch });

    await userEvent.click(await screen.findByRole('button', { name: 'Archive vendor…' }));
    expect(server.requests.some((r) => r.operationName === 'ArchiveVendor')).toBe(false);
    await userEvent.click(screen.getByRole('button', { name: 'Yes, archive Initech Storage' }));

    expect(await screen.findByText('elsewhere')).toBeInTheDocument();
    const archive = server.requests.find((r) => r.operationName === 'ArchiveVendor')!;
    expect(archive.variables).toEqual({ input: { id: stored.id, version: 1 } });
  });

  it('says when the vendor does not exist or is not visible', async () => {
    const server = fakeGraphServer(() => ({ data: { vendor: null } }));
    renderWithGraph(<VendorEditPage />, { ...route, fetch: server.fetch });
    expect(await screen.findByText('No such vendor')).toBeInTheDocument();
  });
});
