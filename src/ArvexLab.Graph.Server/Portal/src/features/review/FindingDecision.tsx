import { useEffect, useRef, useState } from 'react';
import { Field } from '../../components/Field';
import { kindLabel, type Finding } from './findings';
import type { Decision } from './reviewActions';

/**
 * The selected finding's decision: confirm (C), correct (E, then edit and save), reject (X).
 * The shortcuts work anywhere in the workspace except while typing in a field.
 */
export function FindingDecision({
  finding,
  busy,
  correcting,
  onCorrecting,
  onDecide,
}: {
  finding: Finding;
  busy: boolean;
  correcting: boolean;
  onCorrecting: (on: boolean) => void;
  onDecide: (decision: Decision, correction?: string) => void;
}) {
  const [text, setText] = useState(finding.text);
  const editor = useRef<HTMLTextAreaElement>(null);
  useEffect(() => setText(finding.text), [finding.id, finding.text]);
  useEffect(() => {
    if (correcting) editor.current?.focus();
  }, [correcting]);

  return (
    <section className="finding-decision" aria-labelledby="decision-title">
      <h2 id="decision-title">
        {kindLabel[finding.kind]}
        {finding.label && finding.label !== kindLabel[finding.kind] ? `: ${finding.label}` : ''}
      </h2>
      {correcting ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            onDecide('CORRECT', text);
          }}
        >
          <Field label="Corrected text" hint="The extracted text is kept beside your correction.">
            <textarea ref={editor} rows={4} value={text} onChange={(e) => setText(e.target.value)} />
          </Field>
          <button type="submit" className="button-primary" disabled={busy || !text.trim()}>
            Save correction
          </button>{' '}
          <button type="button" onClick={() => onCorrecting(false)}>
            Cancel
          </button>
        </form>
      ) : (
        <p className="actions">
          <button type="button" className="button-primary" disabled={busy} onClick={() => onDecide('CONFIRM')} aria-keyshortcuts="c">
            Confirm <kbd>C</kbd>
          </button>{' '}
          <button type="button" disabled={busy} onClick={() => onCorrecting(true)} aria-keyshortcuts="e">
            Correct <kbd>E</kbd>
          </button>{' '}
          <button type="button" className="button-danger" disabled={busy} onClick={() => onDecide('REJECT')} aria-keyshortcuts="x">
            Reject <kbd>X</kbd>
          </button>
        </p>
      )}
      <p className="muted small">
        <kbd>J</kbd>/<kbd>K</kbd> next/previous finding · <kbd>C</kbd> confirm · <kbd>E</kbd> correct · <kbd>X</kbd> reject
      </p>
    </section>
  );
}
