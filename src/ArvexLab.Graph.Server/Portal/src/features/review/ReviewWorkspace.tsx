import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { Field } from '../../components/Field';
import { ErrorMessage, Loading, PayloadErrors, type PayloadError } from '../../components/states';
import type { EvidenceReviewStatus } from '../../gql/graphql';
import { FindingDecision } from './FindingDecision';
import { FindingList } from './FindingList';
import { DocumentDecision } from './DocumentDecision';
import { bulkConfirmable, filterFindings, highConfidence, type ConfidenceFilter, type Finding } from './findings';
import { isConflict, type Decision, type ReviewActions } from './reviewActions';
import { useReviewShortcuts } from './useReviewShortcuts';

// pdf.js is large: it loads only when a PDF is actually shown.
const PdfPages = lazy(() => import('./PdfPages'));

interface Props {
  findings: readonly Finding[];
  reviewStatus: EvidenceReviewStatus;
  pdf: { blob: Blob | null; error: string | null };
  actions: ReviewActions;
  onReload: () => void;
}

/** The PDF beside its findings: select a finding to see where it is printed, then decide with a key. */
export function ReviewWorkspace({ findings, reviewStatus, pdf, actions, onReload }: Props) {
  const [filter, setFilter] = useState<ConfidenceFilter>('all');
  const [pendingOnly, setPendingOnly] = useState(false);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [correcting, setCorrecting] = useState(false);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<readonly PayloadError[]>([]);
  const [notice, setNotice] = useState<string | null>(null);

  const visible = useMemo(() => filterFindings(findings, filter, pendingOnly), [findings, filter, pendingOnly]);
  const selected = findings.find((f) => f.id === selectedId) ?? null;
  const confirmable = bulkConfirmable(visible);
  const highlight = useMemo(() => (selected?.page ? { page: selected.page, bbox: selected.bbox } : null), [selected?.page, selected?.bbox]);

  const run = useCallback(
    async (work: () => Promise<readonly PayloadError[]>, done: string) => {
      setBusy(true);
      setNotice(null);
      const found = await work();
      setBusy(false);
      setErrors(found);
      if (!found.length) setNotice(done);
      return found;
    },
    [],
  );

  const move = useCallback(
    (step: number) => {
      if (!visible.length) return;
      const index = visible.findIndex((f) => f.id === selectedId);
      const next = visible[Math.min(visible.length - 1, Math.max(0, index < 0 ? 0 : index + step))];
      setSelectedId(next.id);
      setCorrecting(false);
      document.querySelector<HTMLElement>(`[data-finding-id="${CSS.escape(next.id)}"]`)?.focus();
    },
    [visible, selectedId],
  );

  const decide = useCallback(
    async (decision: Decision, correction?: string) => {
      if (!selected || busy) return;
      const label = { CONFIRM: 'confirmed', CORRECT: 'corrected', REJECT: 'rejected' }[decision];
      const found = await run(() => actions.decide(selected, decision, correction), `${selected.label} ${label}.`);
      if (!found.length) setCorrecting(false);
    },
    [selected, busy, run, actions],
  );

  const shortcuts = useMemo(
    () => ({
      j: () => move(1),
      arrowdown: () => move(1),
      k: () => move(-1),
      arrowup: () => move(-1),
      c: () => void decide('CONFIRM'),
      x: () => void decide('REJECT'),
      e: () => selected && setCorrecting(true),
    }),
    [move, decide, selected],
  );
  useReviewShortcuts(shortcuts);

  return (
    <div className="workspace">
      <div className="workspace-pdf">
        {pdf.error ? <ErrorMessage title="The PDF could not be loaded">{pdf.error}</ErrorMessage> : null}
        {pdf.blob ? (
          <Suspense fallback={<Loading label="Loading the PDF viewer…" />}>
            <PdfPages source={pdf.blob} highlight={highlight} />
          </Suspense>
        ) : pdf.error ? null : (
          <Loading label="Downloading the PDF…" />
        )}
      </div>
      <div className="workspace-findings">
        <DocumentDecision
          status={reviewStatus}
          busy={busy}
          needsOverride={errors.some((e) => e.field === 'override')}
          onApprove={(comment) => void run(() => actions.approve(comment), 'Document approved.')}
          onReject={(comment) => void run(() => actions.reject(comment), 'Document rejected.')}
        />
        {isConflict(errors) ? (
          <div className="notice notice-warning" role="alert">
            <p>
              <strong>Conflict:</strong> someone else changed this meanwhile, so nothing was saved. Reload to see their
              decision before deciding again.
            </p>
            <button type="button" onClick={() => (setErrors([]), onReload())}>
              Reload findings
            </button>
          </div>
        ) : (
          <PayloadErrors errors={errors} />
        )}
        {notice ? (
          <p className="notice" role="status">
            {notice}
          </p>
        ) : null}
        <div className="filter-bar">
          <Field label="Confidence">
            <select value={filter} onChange={(e) => setFilter(e.target.value as ConfidenceFilter)}>
              <option value="all">All</option>
              <option value="high">High (≥ 90%)</option>
              <option value="medium">Medium (60–89%)</option>
              <option value="low">Low (&lt; 60%)</option>
            </select>
          </Field>
          <label className="checkbox-label">
            <input type="checkbox" checked={pendingOnly} onChange={(e) => setPendingOnly(e.target.checked)} /> Pending only
          </label>
          <button
            type="button"
            disabled={busy || !confirmable.length}
            onClick={() => void run(() => actions.confirmMany(confirmable, highConfidence), `${confirmable.length} findings confirmed.`)}
          >
            Confirm {confirmable.length} high-confidence
          </button>
        </div>
        {selected ? (
          <FindingDecision finding={selected} busy={busy} correcting={correcting} onCorrecting={setCorrecting} onDecide={(d, c) => void decide(d, c)} />
        ) : (
          <p className="muted">Select a finding (or press J) to see where it is printed and decide on it.</p>
        )}
        <p className="muted">
          {visible.length} of {findings.length} findings
        </p>
        <FindingList
          findings={visible}
          selectedId={selectedId}
          onSelect={(f) => {
            setSelectedId(f.id);
            setCorrecting(false);
          }}
        />
      </div>
    </div>
  );
}
