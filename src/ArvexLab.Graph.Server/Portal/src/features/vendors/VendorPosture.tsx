import { useState } from 'react';
import { useQuery } from 'urql';
import { Field } from '../../components/Field';
import { EmptyState, Loading, RequestError } from '../../components/states';
import { graphql } from '../../gql';

export const VendorPostureQuery = graphql(`
  query VendorPosture($id: ID!) {
    vendor(id: $id) {
      id
      posture {
        grade
        score
        evaluatedOn
        flags { code severity message subject document { id title } citation { page } }
      }
    }
  }
`);

export const VendorCoverageQuery = graphql(`
  query VendorCoverage($id: ID!, $framework: String!) {
    vendor(id: $id) {
      id
      coverage(framework: $framework) {
        framework { id name version }
        covered
        partial
        notCovered
        requirements { status reason requirement { id ref title } }
      }
    }
  }
`);

const coverageFrameworks = [
  { key: 'nis2', label: 'NIS2' },
  { key: 'dora', label: 'DORA' },
  { key: 'gdpr', label: 'GDPR' },
  { key: 'iso27001-2022', label: 'ISO/IEC 27001:2022' },
];

function CoverageGrid({ vendorId }: { vendorId: string }) {
  const [framework, setFramework] = useState(coverageFrameworks[0].key);
  const [{ data, fetching, error }] = useQuery({ query: VendorCoverageQuery, variables: { id: vendorId, framework } });
  const coverage = data?.vendor?.coverage;
  return (
    <section aria-labelledby="coverage-title">
      <h2 id="coverage-title">Coverage</h2>
      <Field label="Framework">
        <select value={framework} onChange={(e) => setFramework(e.target.value)}>
          {coverageFrameworks.map((f) => (
            <option key={f.key} value={f.key}>
              {f.label}
            </option>
          ))}
        </select>
      </Field>
      {error && !data ? <RequestError error={error} title="Coverage could not be computed" /> : null}
      {fetching && !data ? <Loading label="Computing coverage…" /> : null}
      {data && !coverage ? <EmptyState title="This framework is not in the catalog" /> : null}
      {coverage ? (
        <>
          <p>
            {coverage.framework.name}: <strong>{coverage.covered}</strong> covered, <strong>{coverage.partial}</strong> partial,{' '}
            <strong>{coverage.notCovered}</strong> not covered.
          </p>
          <div className="table-scroll">
            <table className="data-table coverage-grid">
              <caption className="visually-hidden">Requirement coverage</caption>
              <thead>
                <tr>
                  <th scope="col">Requirement</th>
                  <th scope="col">Status</th>
                  <th scope="col">Why</th>
                </tr>
              </thead>
              <tbody>
                {coverage.requirements.map((r) => (
                  <tr key={r.requirement.id}>
                    <th scope="row">
                      <code>{r.requirement.ref}</code> {r.requirement.title}
                    </th>
                    <td className={r.status === 'COVERED' ? 'covered' : r.status === 'PARTIAL' ? 'partial' : 'gap'}>{r.status.toLowerCase().replace('_', ' ')}</td>
                    <td>{r.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </section>
  );
}

/** The vendor's posture flags (what a careful reviewer would flag) and its coverage grid per framework. */
export function VendorPosture({ vendorId }: { vendorId: string }) {
  const [{ data, fetching, error }] = useQuery({ query: VendorPostureQuery, variables: { id: vendorId } });
  const posture = data?.vendor?.posture;
  return (
    <>
      <section aria-labelledby="posture-title">
        <h2 id="posture-title">Posture {posture ? <span className={`badge grade-${posture.grade.toLowerCase()}`}>{posture.grade} · {posture.score}</span> : null}</h2>
        {error && !data ? <RequestError error={error} title="The posture could not be loaded" /> : null}
        {fetching && !data ? <Loading label="Loading posture…" /> : null}
        {data && !posture ? <EmptyState title="Not graded yet" /> : null}
        {posture && !posture.flags.length ? <p className="muted">No flags.</p> : null}
        {posture?.flags.length ? (
          <ul className="plain-list">
            {posture.flags.map((f, index) => (
              <li key={index}>
                <span className={`badge severity-${f.severity.toLowerCase()}`}>{f.severity.toLowerCase()}</span> <code>{f.code}</code> {f.message}
                {f.document ? (
                  <span className="muted small">
                    {f.document.title}
                    {f.citation ? `, p. ${f.citation.page}` : ''}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      <CoverageGrid vendorId={vendorId} />
    </>
  );
}
