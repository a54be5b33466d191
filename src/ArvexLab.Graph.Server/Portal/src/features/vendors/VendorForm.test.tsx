import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { emptyVendor, toVendorInput, VendorForm } from './VendorForm';

describe('VendorForm', () => {
  it('labels every control and moves focus through them in reading order', async () => {
    render(<VendorForm initial={emptyVendor} submitLabel="Create vendor" onSubmit={async () => []} />);
    const order = ['Name', 'Website', 'Criticality', 'Services we use', 'Owner', 'Notes'];
    for (const label of order) {
      await userEvent.tab();
      expect(screen.getByLabelText(label)).toHaveFocus();
    }
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Create vendor' })).toHaveFocus();
  });

  it('shows the payload errors and ties a field error to its input', async () => {
    const onSubmit = vi.fn(async () => [
      { code: 'DUPLICATE_NAME', message: 'A vendor with this name exists.', field: 'input.name' },
      { code: 'INVALID_URL', message: 'Not an http(s) URL.', field: 'website' },
    ]);
    render(<VendorForm initial={emptyVendor} submitLabel="Create vendor" onSubmit={onSubmit} />);
    await userEvent.type(screen.getByLabelText('Name'), 'Acme');
    await userEvent.type(screen.getByLabelText('Website'), 'ftp://acme');
    await userEvent.click(screen.getByRole('button', { name: 'Create vendor' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Nothing was saved');
    expect(screen.getByRole('alert')).toHaveTextContent('DUPLICATE_NAME');
    const name = screen.getByLabelText('Name');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('A vendor with this name exists.');
    expect(screen.getByLabelText('Website')).toHaveAccessibleDescription('https://… Not an http(s) URL.');
    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ name: 'Acme', website: 'ftp://acme' }));
  });
});

describe('toVendorInput', () => {
  it('trims, splits the services and sends blank optional fields as null', () => {
    expect(toVendorInput({ ...emptyVendor, name: ' Acme ', services: 'Hosting, , Email ', owner: '  ' })).toEqual({
      name: 'Acme',
      website: null,
      criticality: 'MEDIUM',
      services: ['Hosting', 'Email'],
      owner: null,
      notes: null,
    });
  });
});
