import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeGraphServer } from '../../test/fakeGraphServer';
import { renderWithGraph } from '../../test/renderWithGraph';
import { PostureCard } from './PostureCard';

const vendor = (i: number, grade: string | null, score = 0) => ({
  __typename: 'Vendor', id: `v${i}`, name: `Vendor ${String(i).padStart(2, '0')}`,
  posture: grade ? { __typename: 'VendorPosture', grade, score, flagCount: 1 } : null,
});

describe('PostureCard', () => {
  it('lists every vendor under its grade, worst first, and the ones not graded yet', async () => {
    // More vendors than a dashboard card used to show: the best-graded one must still be listed.
    const nodes = [vendor(0, null), ...Array.from({ length: 14 }, (_, i) => vendor(i + 1, 'F', 10 + i)), vendor(15, 'A', 95)];
    const server = fakeGraphServer(() => ({ data: { vendors: { __typename: 'VendorConnection', totalCount: nodes.length, nodes } } }));
    renderWithGraph(<PostureCard />, { fetch: server.fetch, roles: ['VIEWER'] });

    const gradeA = await screen.findByRole('list', { name: 'Grade A' });
    expect(within(gradeA).getByRole('link', { name: 'Vendor 15' })).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Grade F' })).getAllByRole('listitem')).toHaveLength(14);
    expect(within(screen.getByRole('list', { name: 'Not graded yet' })).getByText('not graded yet')).toBeInTheDocument();
    const groups = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(groups).toEqual(['Grade F', 'Grade A', 'Not graded yet']);
    expect(server.requests[0].query).toContain('order: [{postureScore: ASC}, {name: ASC}]');
  });
});
