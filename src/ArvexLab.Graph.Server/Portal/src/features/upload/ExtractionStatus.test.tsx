import { screen, waitFor } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EvidenceStatus } from '../../gql/graphql';
import { fakeGraphServer } from '../../test/fakeGraphServer';
import { fakeGraphSocket } from '../../test/fakeGraphSocket';
import { renderWithGraph } from '../../test/renderWithGraph';
import { ExtractionStatus } from './ExtractionStatus';

const registered: Record<string, string> = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../gql/persisted-documents.json'), 'utf8'));

/** The server's view of one document: the fake fetch answers EvidenceStatus from it. */
function documentServer(statuses: EvidenceStatus[]) {
  let reads = 0;
  const server = fakeGraphServer((request) => {
    if (request.operationName !== 'EvidenceStatus') throw new Error(`unexpected ${request.operationName}`);
    const status = statuses[Math.min(reads++, statuses.length - 1)];
    return {
      data: {
        evidenceDocument: {
          __typename: 'EvidenceDocument', id: 'D1', title: 'SOC 2 report', kind: 'SOC2_TYPE_II', status,
          pageCount: status === 'EXTRACTED' ? 42 : null, failure: null,
        },
      },
    };
  });
  return { ...server, reads: () => reads };
}

// Several round trips through the real clients; a busy machine needs more than waitFor's default second.
const slow = { timeout: 5000 };

const change = (status: EvidenceStatus) => ({
  data: { evidenceStatusChanged: { __typename: 'EvidenceStatusChange', id: 'D1', status, failureCode: null, failureMessage: null, changedAt: '2026-11-28T12:00:00Z' } },
});

describe('ExtractionStatus', () => {
  it('shows each status the server pushes over the WebSocket, signed in with the access token and the registered subscription', async () => {
    const server = documentServer(['QUEUED', 'EXTRACTED']);
    const socket = fakeGraphSocket({
      onSubscribe(message, reply) {
        for (const status of ['QUEUED', 'EXTRACTING', 'EXTRACTED'] as const) reply({ type: 'next', id: message.id, payload: change(status) });
      },
    });
    renderWithGraph(<ExtractionStatus documentId="D1" pollMs={20} />, { fetch: server.fetch, roles: ['REVIEWER'], webSocket: socket.WebSocket });

    const status = screen.getByTestId.bind(screen, 'extraction-status');
    await waitFor(() => expect(status()).toHaveTextContent('Extracted'), slow);
    expect(status()).toHaveAttribute('data-transport', 'subscription');
    expect(await screen.findByRole('link', { name: 'Open the review workspace' })).toHaveAttribute('href', '/review/D1');
    expect(await screen.findByText(/42 pages/)).toBeInTheDocument();

    expect(socket.urls).toEqual(['ws://localhost:3000/graphql']);
    expect(socket.sent[0]).toEqual({ type: 'connection_init', payload: { Authorization: 'Bearer access-token' } });
    const subscribe = socket.sent.find((m) => m.type === 'subscribe')!;
    expect(subscribe.payload).toMatchObject({ query: '', variables: { documentId: 'D1' } });
    const documentId = String(subscribe.payload!.documentId).replace(/^sha256:/, '');
    expect(registered[documentId]).toMatch(/subscription EvidenceStatusChanged\b/);
    // Pushed, not polled: one read at the start, one when the push got ahead of it.
    expect(server.reads()).toBeLessThanOrEqual(3);
  });

  it('falls back to polling when the socket is refused', async () => {
    const server = documentServer(['QUEUED', 'EXTRACTING', 'EXTRACTING', 'EXTRACTED']);
    const socket = fakeGraphSocket({ refuseWith: 4400 });
    renderWithGraph(<ExtractionStatus documentId="D1" pollMs={20} />, { fetch: server.fetch, roles: ['REVIEWER'], webSocket: socket.WebSocket });

    await waitFor(() => expect(screen.getByTestId('extraction-status')).toHaveAttribute('data-transport', 'polling'), slow);
    await waitFor(() => expect(screen.getByTestId('extraction-status')).toHaveTextContent('Extracted'), slow);
    expect(server.reads()).toBeGreaterThanOrEqual(4);
    expect(socket.sent.map((m) => m.type)).toEqual(['connection_init']);
  });
});
