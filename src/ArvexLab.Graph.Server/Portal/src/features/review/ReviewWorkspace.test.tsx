import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Finding } from './findings';
import type { ReviewActions } from './reviewActions';
import { ReviewWorkspace } from './ReviewWorkspace';

const findings: Finding[] = [
  { id: 'e1', kind: 'EXCEPTION', label: 'Exception CC6.1', text: 'Access not removed timely', confidence: 0.95, reviewState: 'PENDING', version: 3, page: 4, bbox: [10, 20, 30, 40] },
  { id: 'c1', kind: 'CUEC', label: 'CUEC', text: 'Customers review user access', confidence: 0.7, reviewState: 'PENDING', version: 1, page: 7, bbox: null },
  { id: 'f1', kind: 'FIELD', label: 'auditor', text: 'Acme CPA', confidence: 0.4, reviewState: 'CONFIRMED', version: 1, page: 1, bbox: null },
];

function actions(overrides: Partial<ReviewActions> = {}): ReviewActions {
  return {
    decide: vi.fn(async () => []),
    confirmMany: vi.fn(async () => []),
    approve: vi.fn(async () => []),
    reject: vi.fn(async () => []),
    ...overrides,
  };
}

function renderWorkspace(a: ReviewActions, onReload = vi.fn()) {
  render(<ReviewWorkspace findings={findings} reviewStatus="PENDING" pdf={{ blob: null, error: 'no pdf in tests' }} actions={a} onReload={onReload} />);
  return onReload;
}

describe('ReviewWorkspace', () => {
  it('moves through findings with J and confirms with C', async () => {
    const a = actions();
    renderWorkspace(a);
    await userEvent.keyboard('j');
    expect(screen.getByRole('heading', { name: /Exception: Exception CC6.1/ })).toBeInTheDocument();
    await userEvent.keyboard('j');
    expect(screen.getByRole('heading', { name: 'CUEC' })).toBeInTheDocument();
    await userEvent.keyboard('c');
    await waitFor(() => expect(a.decide).toHaveBeenCalledWith(expect.objectContaining({ id: 'c1' }), 'CONFIRM', undefined));
    expect(await screen.findByText('CUEC confirmed.')).toBeInTheDocument();
  });

  it('corrects with E: the text opens for editing and is saved as a correction', async () => {
    const a = actions();
    renderWorkspace(a);
    await userEvent.click(screen.getByRole('button', { name: /Customers review user access/ }));
    await userEvent.keyboard('e');
    const editor = screen.getByLabelText('Corrected text');
    expect(editor).toHaveFocus();
    // Typing in the editor is text, not shortcuts.
    await userEvent.clear(editor);
    await userEvent.type(editor, 'Customers review access quarterly');
    await userEvent.click(screen.getByRole('button', { name: 'Save correction' }));
    expect(a.decide).toHaveBeenCalledWith(expect.objectContaining({ id: 'c1' }), 'CORRECT', 'Customers review access quarterly');
    expect(a.decide).toHaveBeenCalledTimes(1);
  });

  it('filters by confidence and bulk-confirms only the pending high-confidence findings', async () => {
    const a = actions();
    renderWorkspace(a);
    await userEvent.selectOptions(screen.getByLabelText('Confidence'), 'high');
    expect(screen.getByText('1 of 3 findings')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Confirm 1 high-confidence' }));
    expect(a.confirmMany).toHaveBeenCalledWith([expect.objectContaining({ id: 'e1' })], 0.9);
  });

  it('shows a conflict clearly and offers to reload', async () => {
    const a = actions({ decide: vi.fn(async () => [{ code: 'CONFLICT', message: 'stale', field: null }]) });
    const onReload = renderWorkspace(a);
    await userEvent.keyboard('j');
    await userEvent.keyboard('x');
    expect(await screen.findByText(/someone else changed this meanwhile/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Reload findings' }));
    expect(onReload).toHaveBeenCalled();
  });

  it('rejects the document only with a reason', async () => {
    const a = actions();
    renderWorkspace(a);
    await userEvent.click(screen.getByRole('button', { name: 'Reject document…' }));
    expect(screen.getByRole('button', { name: 'Reject document' })).toBeDisabled();
    await userEvent.type(screen.getByLabelText('Why is the document rejected?'), 'Wrong vendor');
    await userEvent.click(screen.getByRole('button', { name: 'Reject document' }));
    expect(a.reject).toHaveBeenCalledWith('Wrong vendor');
  });
});

describe('ReviewWorkspace approval', () => {
  it('asks for a reason and approves with override when low-confidence findings are still pending', async () => {
    const approve = vi.fn(async (comment?: string) =>
      comment ? [] : [{ code: 'VALIDATION', message: '2 finding(s) below confidence 0.6 are still pending', field: 'override' }],
    );
    render(<ReviewWorkspace findings={findings} reviewStatus="PENDING" pdf={{ blob: null, error: 'none' }} actions={actions({ approve })} onReload={vi.fn()} />);
    await userEvent.click(screen.getByRole('button', { name: 'Approve document' }));
    expect(await screen.findByText(/below confidence 0.6 are still pending/)).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Why approve with findings still pending?'), 'Headings only');
    await userEvent.click(screen.getByRole('button', { name: 'Approve with override' }));
    expect(approve).toHaveBeenLastCalledWith('Headings only');
    expect(await screen.findByText('Document approved.')).toBeInTheDocument();
  });
});
