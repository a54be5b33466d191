import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeGraphServer } from '../../test/fakeGraphServer';
import { renderWithGraph } from '../../test/renderWithGraph';
import { DashboardPage } from './DashboardPage';

const vendor = { __typename: 'Vendor', id: 'v1', name: 'Acme Cloud' };

function dashboardServer() {
  return fakeGraphServer((request) => {
    if (request.operationName !== 'Dashboard') return { data: { vendors: { __typename: 'VendorConnection', totalCount: 0, nodes: [] } } };
    return {
      data: {
        waiting: {
          __typename: 'EvidenceDocumentConnection',
          totalCount: 3,
          nodes: [{ __typename: 'EvidenceDocument', id: 'd1', title: 'SOC 2 Type II 2026', kind: 'SOC2_TYPE_II', uploadedAt: '2026-11-01T00:00:00Z', vendor }],
        },
        expiring: [
          {
            __typename: 'ExpiringEvidence', expiresOn: '2027-01-15', daysRemaining: 48, basis: 'REPORT_PERIOD_END_PLUS_12_MONTHS',
            document: { __typename: 'EvidenceDocument', id: 'd9', title: 'SOC 2 Type II 2025', kind: 'SOC2_TYPE_II' }, vendor,
          },
        ],
        openExceptions: { __typename: 'ControlExceptionConnection', totalCount: 0, nodes: [] },
        openCuecs: {
          __typename: 'CuecConnection',
          totalCount: 1,
          nodes: [{ __typename: 'Cuec', id: 'c1', description: 'Review user access quarterly', status: 'IN_PROGRESS', document: { __typename: 'EvidenceDocument', id: 'd1', vendor } }],
        },
      },
    };
  });
}

describe('DashboardPage', () => {
  it('shows each figure with its first items, empty ones saying so', async () => {
    const server = dashboardServer();
    renderWithGraph(<DashboardPage />, { fetch: server.fetch, roles: ['REVIEWER'] });

    const waiting = await screen.findByRole('region', { name: /Documents waiting for review/ });
    expect(within(waiting).getByText('3')).toBeInTheDocument();
    expect(within(waiting).getByRole('link', { name: 'SOC 2 Type II 2026' })).toHaveAttribute('href', '/review/d1');
    expect(screen.getByText(/report goes stale \(period end \+ 12 months\) 2027-01-15 \(in 48 days\)/)).toBeInTheDocument();
    expect(screen.getByText('No open exceptions.')).toBeInTheDocument();
    expect(screen.getByText(/in progress/)).toBeInTheDocument();
  });

  it('offers no review link to a viewer', async () => {
    renderWithGraph(<DashboardPage />, { fetch: dashboardServer().fetch, roles: ['VIEWER'] });
    const waiting = await screen.findByRole('region', { name: /Documents waiting for review/ });
    expect(within(waiting).getByText('SOC 2 Type II 2026')).toBeInTheDocument();
    expect(within(waiting).queryByRole('link')).not.toBeInTheDocument();
  });
});
