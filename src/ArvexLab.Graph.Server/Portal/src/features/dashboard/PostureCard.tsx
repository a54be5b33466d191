import { Link } from 'react-router';
import { useQuery } from 'urql';
import { Loading, RequestError } from '../../components/states';
import { graphql } from '../../gql';
import type { PostureGrade } from '../../gql/graphql';

export const PostureGradesQuery = graphql(`
  query PostureGrades {
    vendors(first: 100, where: { status: { eq: ACTIVE } }, order: [{ postureScore: ASC }, { name: ASC }]) {
      totalCount
      nodes { id name posture { grade score flagCount } }
    }
  }
`);

const grades: PostureGrade[] = ['F', 'D', 'C', 'B', 'A'];

/**
 * Vendors by posture grade (the server's stored posture): a count per grade, then every vendor under its grade,
 * worst grade first. Every vendor is listed, so a vendor whose grade changes moves to another group instead of
 * dropping out of a shortened list.
 */
export function PostureCard() {
  const [{ data, fetching, error }] = useQuery({ query: PostureGradesQuery, requestPolicy: 'cache-and-network' });
  const vendors = data?.vendors.nodes ?? [];
  const ungraded = vendors.filter((v) => !v.posture);
  const groups = [
    ...grades.map((grade) => ({ key: grade, title: `Grade ${grade}`, vendors: vendors.filter((v) => v.posture?.grade === grade) })),
    { key: 'none', title: 'Not graded yet', vendors: ungraded },
  ].filter((g) => g.vendors.length);
  return (
    <section className="card card-wide" aria-labelledby="posture-title">
      <h2 id="posture-title">Vendors by posture grade</h2>
      {error && !data ? <RequestError error={error} title="Postures could not be loaded" /> : null}
      {fetching && !data ? <Loading label="Loading postures…" /> : null}
      <p className="grade-bar">
        {[...grades].reverse().map((grade) => (
          <span key={grade} className={`grade grade-${grade.toLowerCase()}`}>
            <strong>{grade}</strong>
            <span className="small">{vendors.filter((v) => v.posture?.grade === grade).length} vendors</span>
          </span>
        ))}
      </p>
      {groups.map((group) => (
        <div key={group.key} className="grade-group">
          <h3 id={`grade-${group.key}`} className="small">{group.title}</h3>
          <ul className="card-list" aria-labelledby={`grade-${group.key}`}>
            {group.vendors.map((v) => (
              <li key={v.id} data-vendor={v.name} data-grade={v.posture?.grade ?? 'none'} data-score={v.posture?.score ?? ''}>
                <Link to={`/vendors/${encodeURIComponent(v.id)}`}>{v.name}</Link>{' '}
                {v.posture ? (
                  <span className={`badge grade-${v.posture.grade.toLowerCase()}`}>
                    {v.posture.grade} · {v.posture.score}
                  </span>
                ) : (
                  <span className="muted">not graded yet</span>
                )}
                {v.posture?.flagCount ? <span className="muted small"> {v.posture.flagCount} flags</span> : null}
              </li>
            ))}
          </ul>
        </div>
      ))}
      {data && data.vendors.totalCount > vendors.length ? (
        <p className="muted small">
          The {vendors.length} lowest scores of {data.vendors.totalCount} active vendors; <Link to="/vendors">all vendors</Link>.
        </p>
      ) : null}
    </section>
  );
}
