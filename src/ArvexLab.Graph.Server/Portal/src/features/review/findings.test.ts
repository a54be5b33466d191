import { describe, expect, it } from 'vitest';
import { bulkConfirmable, confidenceBand, filterFindings, type Finding } from './findings';

const finding = (id: string, confidence: number, reviewState: Finding['reviewState'] = 'PENDING'): Finding => ({
  id,
  kind: 'CUEC',
  label: 'CUEC',
  text: id,
  confidence,
  reviewState,
  version: 1,
  page: 1,
  bbox: null,
});

describe('findings', () => {
  it('bands confidence at 90% and 60%', () => {
    expect([0.95, 0.9, 0.89, 0.6, 0.59].map(confidenceBand)).toEqual(['high', 'high', 'medium', 'medium', 'low']);
  });

  it('filters by band and by pending state', () => {
    const all = [finding('a', 0.95), finding('b', 0.7), finding('c', 0.3, 'CONFIRMED')];
    expect(filterFindings(all, 'medium', false).map((f) => f.id)).toEqual(['b']);
    expect(filterFindings(all, 'all', true).map((f) => f.id)).toEqual(['a', 'b']);
  });

  it('bulk-confirms only pending findings of high confidence', () => {
    const all = [finding('a', 0.95), finding('b', 0.95, 'REJECTED'), finding('c', 0.85)];
    expect(bulkConfirmable(all).map((f) => f.id)).toEqual(['a']);
  });
});
