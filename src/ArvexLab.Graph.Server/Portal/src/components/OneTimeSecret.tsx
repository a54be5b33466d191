import { useState } from 'react';

/** A secret the server returns once and never again: shown with a copy button and a clear warning. */
export function OneTimeSecret({ label, value, onDone }: { label: string; value: string; onDone: () => void }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="notice notice-secret" role="alert">
      <p>
        <strong>{label}</strong> — shown only this once. Copy it now; it cannot be displayed again.
      </p>
      <p>
        <code className="secret" aria-label={label}>
          {value}
        </code>
      </p>
      <button
        type="button"
        onClick={() => {
          void navigator.clipboard?.writeText(value).then(() => setCopied(true), () => setCopied(false));
        }}
      >
        {copied ? 'Copied' : 'Copy'}
      </button>{' '}
      <button type="button" onClick={onDone}>
        I have stored it
      </button>
    </div>
  );
}
