import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeGraphServer } from '../../test/fakeGraphServer';
import { renderWithGraph } from '../../test/renderWithGraph';
import { VendorDetailPage } from './VendorDetailPage';

const cuec = (id: string, description: string, reviewState: string) => ({
  __typename: 'Cuec', id, description, status: 'OPEN', owner: null, dueDate: null, reviewState,
});

function vendorServer() {
  return fakeGraphServer((request) => {
    if (request.operationName !== 'VendorDetail') return { data: { vendor: null } };
    return {
      data: {
        vendor: {
          __typename: 'Vendor', id: 'v1', name: 'Acme Cloud', website: null, criticality: 'HIGH', status: 'ACTIVE',
          services: ['Hosting'], tags: [], owner: 'Ops', notes: null,
          documents: {
            __typename: 'EvidenceDocumentConnection',
            totalCount: 2,
            nodes: [
              {
                __typename: 'EvidenceDocument', id: 'd1', title: 'SOC 2 Type II 2026', kind: 'SOC2_TYPE_II', status: 'EXTRACTED',
                reviewStatus: 'PENDING', opinion: 'UNMODIFIED', periodStart: '2025-10-01', periodEnd: '2026-09-30', expiryDate: null,
                uploadedAt: '2026-11-01T00:00:00Z', coversServices: ['Hosting'],
                cuecs: { __typename: 'CuecConnection', totalCount: 2, nodes: [cuec('c1', 'Review access quarterly', 'PENDING'), cuec('c2', 'Wrongly extracted line', 'REJECTED')] },
              },
              {
                __typename: 'EvidenceDocument', id: 'd2', title: 'ISO certificate', kind: 'ISO27001_CERTIFICATE', status: 'EXTRACTING',
                reviewStatus: 'PENDING', opinion: null, periodStart: null, periodEnd: null, expiryDate: '2027-05-01',
                uploadedAt: '2026-11-02T00:00:00Z', coversServices: [],
                cuecs: { __typename: 'CuecConnection', totalCount: 0, nodes: [] },
              },
            ],
          },
        },
      },
    };
  });
}

describe('VendorDetailPage', () => {
  it('shows documents with review links for reviewers and the CUECs that still count', async () => {
    renderWithGraph(<VendorDetailPage />, { fetch: vendorServer().fetch, roles: ['REVIEWER'], path: '/vendors/v1', route: '/vendors/:id' });
    expect(await screen.findByRole('heading', { name: 'Acme Cloud' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Upload evidence' })).toHaveAttribute('href', '/upload?vendor=v1');
    // Only an extracted document can be reviewed.
    expect(screen.getByRole('link', { name: 'Review SOC 2 Type II 2026' })).toHaveAttribute('href', '/review/d1');
    expect(screen.queryByRole('link', { name: 'Review ISO certificate' })).not.toBeInTheDocument();
    const cuecs = screen.getByRole('region', { name: 'CUECs' });
    expect(within(cuecs).getByText('Review access quarterly')).toBeInTheDocument();
    expect(within(cuecs).queryByText('Wrongly extracted line')).not.toBeInTheDocument();
  });

  it('offers a viewer neither upload nor review', async () => {
    renderWithGraph(<VendorDetailPage />, { fetch: vendorServer().fetch, roles: ['VIEWER'], path: '/vendors/v1', route: '/vendors/:id' });
    await screen.findByRole('heading', { name: 'Acme Cloud' });
    expect(screen.queryByRole('link', { name: 'Upload evidence' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /^Review/ })).not.toBeInTheDocument();
    expect(screen.getByText('SOC 2 Type II 2026')).toBeInTheDocument();
  });
});
