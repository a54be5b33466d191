import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeGraphServer } from '../../test/fakeGraphServer';
import { renderWithGraph } from '../../test/renderWithGraph';
import { VendorCreatePage } from './VendorCreatePage';

const route = { path: '/vendors/new', roles: ['ADMIN' as const] };

describe('VendorCreatePage', () => {
  it('sends createVendor with the form as input and leaves for the list on success', async () => {
    const server = fakeGraphServer(() => ({ data: { createVendor: { vendor: { id: 'v9', name: 'Acme' }, errors: [] } } }));
    renderWithGraph(<VendorCreatePage />, { ...route, fetch: server.fetch });

    await userEvent.type(screen.getByLabelText('Name'), 'Acme');
    await userEvent.selectOptions(screen.getByLabelText('Criticality'), 'HIGH');
    await userEvent.type(screen.getByLabelText('Services we use'), 'Payroll, SSO');
    await userEvent.click(screen.getByRole('button', { name: 'Create vendor' }));

    expect(await screen.findByText('elsewhere')).toBeInTheDocument();
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0].operationName).toBe('CreateVendor');
    expect(server.requests[0].variables).toEqual({
      input: { name: 'Acme', website: null, criticality: 'HIGH', services: ['Payroll', 'SSO'], owner: null, notes: null },
    });
  });

  it('stays on the form and shows the payload errors when the server refuses', async () => {
    const server = fakeGraphServer(() => ({
      data: { createVendor: { vendor: null, errors: [{ code: 'REQUIRED', message: 'A name is required.', field: 'name' }] } },
    }));
    renderWithGraph(<VendorCreatePage />, { ...route, fetch: server.fetch });

    await userEvent.click(screen.getByRole('button', { name: 'Create vendor' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('REQUIRED');
    expect(screen.getByLabelText('Name')).toHaveAccessibleDescription('A name is required.');
    expect(screen.queryByText('elsewhere')).not.toBeInTheDocument();
  });

  it('shows a FORBIDDEN error from the server like a payload error', async () => {
    const server = fakeGraphServer(() => ({
      data: null,
      errors: [{ message: 'You may not manage vendors.', extensions: { code: 'FORBIDDEN' } }],
    }));
    renderWithGraph(<VendorCreatePage />, { ...route, fetch: server.fetch });
    await userEvent.type(screen.getByLabelText('Name'), 'Acme');
    await userEvent.click(screen.getByRole('button', { name: 'Create vendor' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('FORBIDDEN You may not manage vendors.');
  });
});
