import type { ReactNode } from 'react';

/** A page that is planned but not built yet; it says what will come, so nobody mistakes it for done. */
export function Placeholder({ title, issue, children }: { title: string; issue: string; children: ReactNode }) {
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{title}</h1>
      <div className="placeholder">
        <p className="placeholder-badge">Coming soon — {issue}</p>
        {children}
      </div>
    </section>
  );
}
