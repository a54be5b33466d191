import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** One dashboard figure: a count, what it counts, the first few items and a way to see them all. */
export function DashboardCard({
  id,
  title,
  count,
  empty,
  more,
  children,
}: {
  id: string;
  title: string;
  count: number;
  empty: string;
  more?: { to: string; label: string };
  children?: ReactNode;
}) {
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        {title} <span className="card-count">{count}</span>
      </h2>
      {count === 0 ? <p className="muted">{empty}</p> : <ul className="card-list">{children}</ul>}
      {more && count > 0 ? (
        <p>
          <Link to={more.to}>{more.label}</Link>
        </p>
      ) : null}
    </section>
  );
}
