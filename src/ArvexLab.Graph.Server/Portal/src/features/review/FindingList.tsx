import { confidenceBand, kindLabel, type Finding } from './findings';

const stateLabel = { PENDING: 'pending', CONFIRMED: 'confirmed', CORRECTED: 'corrected', REJECTED: 'rejected' } as const;

/** The findings as a list of buttons: choosing one selects it (and shows its place in the PDF). */
export function FindingList({ findings, selectedId, onSelect }: { findings: readonly Finding[]; selectedId: string | null; onSelect: (finding: Finding) => void }) {
  return (
    <ol className="finding-list" aria-label="Findings">
      {findings.map((f) => (
        <li key={f.id}>
          <button
            type="button"
            className={`finding finding-${f.reviewState.toLowerCase()}`}
            aria-pressed={f.id === selectedId}
            data-finding-id={f.id}
            onClick={() => onSelect(f)}
          >
            <span className="finding-head">
              <strong>{f.kind === 'FIELD' || f.kind === 'CONTROL' ? `${kindLabel[f.kind]} ${f.label}`.trim() : f.label}</strong>
              <span className={`badge badge-confidence-${confidenceBand(f.confidence)}`}>{Math.round(f.confidence * 100)}%</span>
              <span className="badge">{stateLabel[f.reviewState]}</span>
              {f.page ? <span className="muted">p. {f.page}</span> : null}
            </span>
            <span className="finding-text">{f.text || <em>empty</em>}</span>
          </button>
        </li>
      ))}
    </ol>
  );
}
