import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeGraphServer } from '../../test/fakeGraphServer';
import { renderWithGraph } from '../../test/renderWithGraph';
import { PartnerClientsSection } from './PartnerClientsSection';

function clientServer() {
  const clients = [{ __typename: 'PartnerClient', clientId: 'partner-1', name: 'GRC sync', scopes: ['graph:read'] }];
  return fakeGraphServer((request) => {
    switch (request.operationName) {
      case 'PartnerClients':
        return { data: { partnerClients: clients } };
      case 'CreatePartnerClient': {
        const input = request.variables.input as { name: string; scopes: string[] };
        const client = { __typename: 'PartnerClient', clientId: 'partner-2', name: input.name, scopes: input.scopes.map((s) => s.toLowerCase().replace('_', ':')) };
        clients.push(client);
        return { data: { createPartnerClient: { __typename: 'PartnerClientPayload', clientSecret: 's3cr3t-once', errors: [], client } } };
      }
      case 'RotatePartnerClientSecret':
        return { data: { rotatePartnerClientSecret: { __typename: 'PartnerClientPayload', clientSecret: null, errors: [{ __typename: 'UserError', code: 'NOT_FOUND', message: 'No such client.', field: 'clientId' }], client: null } } };
      default:
        throw new Error(`unexpected ${request.operationName}`);
    }
  });
}

describe('PartnerClientsSection', () => {
  it('shows a new client’s secret once, and forgets it when dismissed', async () => {
    const server = clientServer();
    renderWithGraph(<PartnerClientsSection />, { fetch: server.fetch, roles: ['ADMIN'] });
    await screen.findByText('GRC sync');

    await userEvent.type(screen.getByLabelText('Client name'), 'Audit tool');
    await userEvent.click(screen.getByLabelText(/May also write/));
    await userEvent.click(screen.getByRole('button', { name: 'Create client' }));

    expect(await screen.findByLabelText('Client secret for partner-2')).toHaveTextContent('s3cr3t-once');
    expect(screen.getByText(/shown only this once/)).toBeInTheDocument();
    const create = server.requests.find((r) => r.operationName === 'CreatePartnerClient')!;
    expect(create.variables).toEqual({ input: { name: 'Audit tool', scopes: ['GRAPH_READ', 'GRAPH_WRITE'] } });
    expect(create.sentQueryText).toBe(false);

    await userEvent.click(screen.getByRole('button', { name: 'I have stored it' }));
    expect(screen.queryByText('s3cr3t-once')).not.toBeInTheDocument();
  });

  it('shows the payload’s errors when a rotation is refused', async () => {
    const server = clientServer();
    renderWithGraph(<PartnerClientsSection />, { fetch: server.fetch, roles: ['ADMIN'] });
    await userEvent.click(await screen.findByRole('button', { name: 'Rotate the secret of GRC sync' }));
    expect(await screen.findByText('No such client.')).toBeInTheDocument();
    expect(screen.queryByLabelText(/Client secret for/)).not.toBeInTheDocument();
  });
});
