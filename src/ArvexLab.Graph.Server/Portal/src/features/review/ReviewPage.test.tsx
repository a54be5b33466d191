import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeGraphServer } from '../../test/fakeGraphServer';
import { renderWithGraph } from '../../test/renderWithGraph';
import { ReviewPage } from './ReviewPage';

const connection = (typename: string, nodes: unknown[]) => ({ __typename: typename, totalCount: nodes.length, nodes });

function documentServer(reviewCuec: (input: Record<string, unknown>) => unknown) {
  return fakeGraphServer((request) => {
    switch (request.operationName) {
      case 'ReviewDocument':
        return {
          data: {
            evidenceDocument: {
              __typename: 'EvidenceDocument', id: 'd1', title: 'SOC 2', kind: 'SOC2_TYPE_II', status: 'EXTRACTED', reviewStatus: 'PENDING',
              pageCount: 40, version: 7, fileName: 'soc2.pdf', vendor: { __typename: 'Vendor', id: 'v1', name: 'Acme' },
              download: { __typename: 'EvidenceDownloadLink', url: '/files/d1' },
              fields: connection('ExtractedFieldConnection', []),
              controls: connection('ControlConnection', []),
              controlExceptions: connection('ControlExceptionConnection', []),
              cuecs: connection('CuecConnection', [
                { __typename: 'Cuec', id: 'c1', description: 'Customers grant access', confidence: 0.72, reviewState: 'PENDING', reviewComment: null, version: 2, citation: { __typename: 'Citation', page: 19, bbox: [1, 2, 3, 4] } },
              ]),
            },
          },
        };
      case 'ReviewCuec':
        return { data: { reviewCuec: reviewCuec(request.variables.input as Record<string, unknown>) } };
      case 'ApproveEvidence':
        return { data: { approveEvidence: { __typename: 'EvidenceReviewPayload', errors: [], pendingLowConfidence: 0, document: { __typename: 'EvidenceDocument', id: 'd1', reviewStatus: 'APPROVED', version: 8 } } } };
      default:
        throw new Error(`unexpected ${request.operationName}`);
    }
  });
}

describe('ReviewPage', () => {
  it('sends a CUEC correction with its version and the corrected description', async () => {
    const server = documentServer(() => ({ __typename: 'CuecPayload', errors: [], cuec: { __typename: 'Cuec', id: 'c1', reviewState: 'CORRECTED', version: 3, description: 'x' } }));
    renderWithGraph(<ReviewPage />, { fetch: server.fetch, roles: ['REVIEWER'], path: '/review/d1', route: '/review/:id' });
    await userEvent.click(await screen.findByRole('button', { name: /Customers grant access/ }));
    await userEvent.keyboard('e');
    await userEvent.clear(screen.getByLabelText('Corrected text'));
    await userEvent.type(screen.getByLabelText('Corrected text'), 'Customers grant time-limited access');
    await userEvent.click(screen.getByRole('button', { name: 'Save correction' }));

    expect(await screen.findByText('CUEC corrected.')).toBeInTheDocument();
    const sent = server.requests.find((r) => r.operationName === 'ReviewCuec')!;
    expect(sent.variables).toEqual({ input: { id: 'c1', version: 2, decision: 'CORRECT', values: { description: 'Customers grant time-limited access' } } });
    expect(sent.sentQueryText).toBe(false);
  });

  it('shows a CONFLICT from the server as a conflict', async () => {
    const server = documentServer(() => ({ __typename: 'CuecPayload', errors: [{ __typename: 'UserError', code: 'CONFLICT', message: 'Changed meanwhile.', field: 'version' }], cuec: null }));
    renderWithGraph(<ReviewPage />, { fetch: server.fetch, roles: ['REVIEWER'], path: '/review/d1', route: '/review/:id' });
    await userEvent.click(await screen.findByRole('button', { name: /Customers grant access/ }));
    await userEvent.keyboard('c');
    expect(await screen.findByText(/someone else changed this meanwhile/)).toBeInTheDocument();
  });

  it('approves the document with the version it was read at', async () => {
    const server = documentServer(() => null);
    renderWithGraph(<ReviewPage />, { fetch: server.fetch, roles: ['REVIEWER'], path: '/review/d1', route: '/review/:id' });
    await userEvent.click(await screen.findByRole('button', { name: 'Approve document' }));
    await waitFor(() => expect(server.requests.some((r) => r.operationName === 'ApproveEvidence')).toBe(true));
    expect(server.requests.find((r) => r.operationName === 'ApproveEvidence')!.variables).toEqual({ input: { id: 'd1', version: 7 } });
  });
});
