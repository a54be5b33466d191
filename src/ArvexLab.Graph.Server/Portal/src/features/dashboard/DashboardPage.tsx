import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useCan } from '../../auth/AuthProvider';
import { Loading, RequestError } from '../../components/states';
import { DashboardCard } from './DashboardCard';
import { DashboardQuery } from './dashboardQueries';
import { PostureCard } from './PostureCard';

const vendorLink = (vendor: { id: string; name: string }) => <Link to={`/vendors/${encodeURIComponent(vendor.id)}`}>{vendor.name}</Link>;

export function DashboardPage() {
  const canReview = useCan('evidence:review');
  const [{ data, fetching, error }] = useQuery({ query: DashboardQuery });

  let body;
  if (error && !data) body = <RequestError error={error} title="The dashboard could not be loaded" />;
  else if (!data) body = fetching ? <Loading label="Loading the dashboard…" /> : null;
  else
    body = (
      <div className="cards">
        <PostureCard />
        <DashboardCard id="waiting" title="Documents waiting for review" count={data.waiting.totalCount} empty="Nothing waits for review.">
          {data.waiting.nodes.map((d) => (
            <li key={d.id}>
              {canReview ? <Link to={`/review/${encodeURIComponent(d.id)}`}>{d.title}</Link> : d.title}
              <span className="muted small">{d.vendor.name}</span>
            </li>
          ))}
        </DashboardCard>
        <DashboardCard id="expiring" title="Evidence expiring in 90 days" count={data.expiring.length} empty="No evidence expires in the next 90 days.">
          {data.expiring.slice(0, 8).map((e) => (
            <li key={e.document.id}>
              {vendorLink(e.vendor)} — {e.document.title}
              <span className="muted small">
                {e.basis === 'CERTIFICATE_EXPIRY' ? 'certificate expires' : 'report goes stale (period end + 12 months)'} {e.expiresOn} (in{' '}
                {e.daysRemaining} days)
              </span>
            </li>
          ))}
        </DashboardCard>
        <DashboardCard id="exceptions" title="Open exceptions" count={data.openExceptions.totalCount} empty="No open exceptions.">
          {data.openExceptions.nodes.map((e) => (
            <li key={e.id}>
              {e.controlRef ? <code>{e.controlRef}</code> : null} {e.description}
              <span className="muted small">
                {e.document.vendor.name} · {e.document.title}
              </span>
            </li>
          ))}
        </DashboardCard>
        <DashboardCard id="cuecs" title="Open CUECs" count={data.openCuecs.totalCount} empty="No open complementary user-entity controls.">
          {data.openCuecs.nodes.map((c) => (
            <li key={c.id}>
              {c.description}
              <span className="muted small">
                {c.document.vendor.name} · {c.status.toLowerCase().replace('_', ' ')}
              </span>
            </li>
          ))}
        </DashboardCard>
      </div>
    );

  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Dashboard</h1>
      {body}
    </section>
  );
}
