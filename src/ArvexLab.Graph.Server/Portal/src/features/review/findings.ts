import type { ReviewDocumentQuery, ReviewState } from '../../gql/graphql';

export type FindingKind = 'FIELD' | 'CONTROL' | 'EXCEPTION' | 'CUEC';

/** One extracted item, whatever its type, as the workspace lists it. */
export interface Finding {
  id: string;
  kind: FindingKind;
  /** Short name: the field's name, the control's ref (may be empty), "Exception CC6.1", "CUEC". */
  label: string;
  /** The extracted (or corrected) text the reviewer judges. */
  text: string;
  confidence: number;
  reviewState: ReviewState;
  version: number;
  page: number | null;
  bbox: readonly number[] | null;
}

type Document = NonNullable<ReviewDocumentQuery['evidenceDocument']>;

export const kindLabel: Record<FindingKind, string> = { FIELD: 'Field', CONTROL: 'Control', EXCEPTION: 'Exception', CUEC: 'CUEC' };

/** All findings of a document, exceptions first (what a reviewer reads first), then by page. */
export function findingsOf(document: Document): Finding[] {
  const common = (f: { id: string; confidence: number; reviewState: ReviewState; version: number; citation?: { page: number; bbox?: number[] | null } | null }) => ({
    id: f.id,
    confidence: f.confidence,
    reviewState: f.reviewState,
    version: f.version,
    page: f.citation?.page ?? null,
    bbox: f.citation?.bbox ?? null,
  });
  const all: Finding[] = [
    ...document.controlExceptions.nodes.map((e) => ({ ...common(e), kind: 'EXCEPTION' as const, label: e.controlRef ? `Exception ${e.controlRef}` : 'Exception', text: e.description })),
    ...document.cuecs.nodes.map((c) => ({ ...common(c), kind: 'CUEC' as const, label: 'CUEC', text: c.description })),
    ...document.fields.nodes.map((f) => ({ ...common(f), kind: 'FIELD' as const, label: f.name, text: f.value ?? '' })),
    ...document.controls.nodes.map((c) => ({ ...common(c), kind: 'CONTROL' as const, label: c.ref ?? '', text: c.description })),
  ];
  const order: Record<FindingKind, number> = { EXCEPTION: 0, CUEC: 1, FIELD: 2, CONTROL: 3 };
  return all.sort((a, b) => order[a.kind] - order[b.kind] || (a.page ?? 1e9) - (b.page ?? 1e9));
}

export type ConfidenceFilter = 'all' | 'low' | 'medium' | 'high';

/** High ≥ 0.9 (safe to bulk-confirm), medium ≥ 0.6, low below: the bands the reviewer filters by. */
export const highConfidence = 0.9;
const mediumConfidence = 0.6;

export function confidenceBand(confidence: number): Exclude<ConfidenceFilter, 'all'> {
  if (confidence >= highConfidence) return 'high';
  if (confidence >= mediumConfidence) return 'medium';
  return 'low';
}

export function filterFindings(findings: readonly Finding[], filter: ConfidenceFilter, pendingOnly: boolean): Finding[] {
  return findings.filter((f) => (filter === 'all' || confidenceBand(f.confidence) === filter) && (!pendingOnly || f.reviewState === 'PENDING'));
}

/** What bulk-confirm would confirm: pending findings of high confidence. */
export function bulkConfirmable(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.reviewState === 'PENDING' && f.confidence >= highConfidence);
}
