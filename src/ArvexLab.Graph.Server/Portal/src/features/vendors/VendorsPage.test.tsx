import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeGraphServer, vendorConnection, type VendorRow } from '../../test/fakeGraphServer';
import { renderWithGraph } from '../../test/renderWithGraph';
import { VendorsPage } from './VendorsPage';

const vendors: VendorRow[] = Array.from({ length: 25 }, (_, i) => ({
  id: `v${i + 1}`,
  name: `Vendor ${String(i + 1).padStart(2, '0')}`,
  criticality: i % 5 === 0 ? 'HIGH' : 'LOW',
  status: i === 24 ? 'ARCHIVED' : 'ACTIVE',
}));

function vendorServer(rows = vendors) {
  return fakeGraphServer((request) => ({ data: { vendors: vendorConnection(rows, request.variables) } }));
}

const rowNames = () =>
  within(screen.getByRole('table'))
    .getAllByRole('rowheader')
    .map((cell) => cell.firstChild?.textContent);

describe('VendorsPage', () => {
  it('lists the first page of active vendors, sorted by name, over POST with the bearer token', async () => {
    const server = vendorServer();
    renderWithGraph(<VendorsPage />, { fetch: server.fetch, path: '/vendors' });

    expect(await screen.findByText('24 vendors · page 1')).toBeInTheDocument();
    expect(rowNames()).toHaveLength(20);
    expect(rowNames()[0]).toBe('Vendor 01');
    const request = server.requests[0];
    expect(request.method).toBe('POST');
    expect(request.authorization).toBe('Bearer access-token');
    expect(request.variables).toMatchObject({ first: 20, where: { status: { eq: 'ACTIVE' } }, order: [{ name: 'ASC' }] });
  });

  it('pages forward and back with cursors', async () => {
    const server = vendorServer();
    renderWithGraph(<VendorsPage />, { fetch: server.fetch, path: '/vendors' });
    await screen.findByText('24 vendors · page 1');
    const previous = screen.getByRole('button', { name: /previous/i });
    expect(previous).toBeDisabled();

    await userEvent.click(screen.getByRole('button', { name: /next/i }));
    await screen.findByText('24 vendors · page 2');
    expect(rowNames()).toEqual(['Vendor 21', 'Vendor 22', 'Vendor 23', 'Vendor 24']);
    expect(server.requests.at(-1)!.variables).toMatchObject({ first: 20, after: 'v20' });
    expect(screen.getByRole('button', { name: /next/i })).toBeDisabled();

    await userEvent.click(screen.getByRole('button', { name: /previous/i }));
    await screen.findByText('24 vendors · page 1');
    expect(rowNames()[0]).toBe('Vendor 01');
  });

  it('filters on the server by criticality and starts again at page 1', async () => {
    const server = vendorServer();
    renderWithGraph(<VendorsPage />, { fetch: server.fetch, path: '/vendors' });
    await screen.findByText('24 vendors · page 1');
    await userEvent.click(screen.getByRole('button', { name: /next/i }));
    await screen.findByText('24 vendors · page 2');

    await userEvent.selectOptions(screen.getByLabelText('Criticality'), 'HIGH');

    await screen.findByText('5 vendors · page 1');
    expect(server.requests.at(-1)!.variables).toMatchObject({
      after: null,
      where: { and: [{ criticality: { eq: 'HIGH' } }, { status: { eq: 'ACTIVE' } }] },
    });
  });

  it('filters by name once typing pauses', async () => {
    const server = vendorServer();
    renderWithGraph(<VendorsPage />, { fetch: server.fetch, path: '/vendors' });
    await screen.findByText('24 vendors · page 1');

    await userEvent.type(screen.getByLabelText('Name contains'), 'or 1');

    await screen.findByText('10 vendors · page 1');
    const nameFilters = server.requests.map((r) => JSON.stringify(r.variables.where)).filter((w) => w.includes('contains'));
    expect(nameFilters).toEqual([JSON.stringify({ and: [{ name: { contains: 'or 1' } }, { status: { eq: 'ACTIVE' } }] })]);
  });

  it('says so when nothing matches', async () => {
    renderWithGraph(<VendorsPage />, { fetch: vendorServer([]).fetch, path: '/vendors' });
    expect(await screen.findByText('No vendors match')).toBeInTheDocument();
  });

  it('shows the server error and its code', async () => {
    const server = fakeGraphServer(() => ({
      errors: [{ message: 'first must be 100 or less', extensions: { code: 'PAGE_SIZE_TOO_LARGE' } }],
    }));
    renderWithGraph(<VendorsPage />, { fetch: server.fetch, path: '/vendors' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Vendors could not be loaded');
    expect(alert).toHaveTextContent('PAGE_SIZE_TOO_LARGE first must be 100 or less');
  });

  it('offers creating and editing to an admin only', async () => {
    renderWithGraph(<VendorsPage />, { fetch: vendorServer().fetch, path: '/vendors', roles: ['VIEWER'] });
    await screen.findByText('24 vendors · page 1');
    expect(screen.queryByRole('link', { name: 'New vendor' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /^Edit/ })).not.toBeInTheDocument();
  });

  it('links an admin to the forms', async () => {
    renderWithGraph(<VendorsPage />, { fetch: vendorServer().fetch, path: '/vendors', roles: ['ADMIN'] });
    await screen.findByText('24 vendors · page 1');
    expect(screen.getByRole('link', { name: 'New vendor' })).toHaveAttribute('href', '/vendors/new');
    await waitFor(() => expect(screen.getByRole('link', { name: 'Edit Vendor 01' })).toHaveAttribute('href', '/vendors/v1/edit'));
  });
});
