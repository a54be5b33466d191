import { Link } from 'react-router';
import { useQuery } from 'urql';
import { Loading, RequestError } from '../../components/states';
import { graphql } from '../../gql';
import type { PostureGrade } from '../../gql/graphql';

export const PostureGradesQuery = graphql(`
  query PostureGrades {
    vendors(first: 100, where: { status: { eq: ACTIVE } }, order: [{ name: ASC }]) {
      totalCount
      nodes { id name posture { grade score flagCount } }
    }
  }
`);

const grades: PostureGrade[] = ['A', 'B', 'C', 'D', 'F'];

/** Vendors by posture grade (the server's stored posture): a count per grade, then the vendors, worst first. */
export function PostureCard() {
  const [{ data, fetching, error }] = useQuery({ query: PostureGradesQuery, requestPolicy: 'cache-and-network' });
  const vendors = data?.vendors.nodes ?? [];
  const rank = (grade: PostureGrade | undefined) => (grade ? grades.indexOf(grade) : -1);
  const sorted = [...vendors].sort((a, b) => rank(b.posture?.grade) - rank(a.posture?.grade));
  return (
    <section className="card card-wide" aria-labelledby="posture-title">
      <h2 id="posture-title">Vendors by posture grade</h2>
      {error && !data ? <RequestError error={error} title="Postures could not be loaded" /> : null}
      {fetching && !data ? <Loading label="Loading postures…" /> : null}
      <p className="grade-bar">
        {grades.map((grade) => (
          <span key={grade} className={`grade grade-${grade.toLowerCase()}`}>
            <strong>{grade}</strong>
            <span className="small">{vendors.filter((v) => v.posture?.grade === grade).length} vendors</span>
          </span>
        ))}
      </p>
      <ul className="card-list">
        {sorted.slice(0, 12).map((v) => (
          <li key={v.id} data-vendor={v.name} data-grade={v.posture?.grade ?? "none"} data-score={v.posture?.score ?? ""}>
            <Link to={`/vendors/${encodeURIComponent(v.id)}`}>{v.name}</Link>{' '}
            {v.posture ? (
              <span className={`badge grade-${v.posture.grade.toLowerCase()}`}>
                {v.posture.grade} · {v.posture.score}
              </span>
            ) : (
              <span className="muted">not graded yet</span>
            )}
            {v.posture?.flagCount ? <span className="muted small">{v.posture.flagCount} flags</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
