import { useState } from 'react';
import { useQuery } from 'urql';
import { Field } from '../../components/Field';
import { EmptyState, Loading, RequestError } from '../../components/states';
import { FrameworkOverlapQuery } from './frameworkAdminOperations';

/** Shared and unique requirements of two frameworks through the crosswalk. */
export function OverlapView({ frameworks }: { frameworks: readonly { key: string; name: string }[] }) {
  const keys = [...new Map(frameworks.map((f) => [f.key, f])).values()];
  const [source, setSource] = useState(keys[0]?.key ?? '');
  const [target, setTarget] = useState(keys[1]?.key ?? keys[0]?.key ?? '');
  const [{ data, fetching, error }] = useQuery({ query: FrameworkOverlapQuery, variables: { source, target }, pause: !source || !target });
  const overlap = data?.frameworkOverlap;
  return (
    <section aria-labelledby="overlap-title">
      <h2 id="overlap-title">Framework overlap</h2>
      <div className="filter-bar">
        <Field label="From">
          <select value={source} onChange={(e) => setSource(e.target.value)}>
            {keys.map((f) => (
              <option key={f.key} value={f.key}>
                {f.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label="To">
          <select value={target} onChange={(e) => setTarget(e.target.value)}>
            {keys.map((f) => (
              <option key={f.key} value={f.key}>
                {f.name}
              </option>
            ))}
          </select>
        </Field>
      </div>
      {error && !data ? <RequestError error={error} title="The overlap could not be computed" /> : null}
      {fetching && !data ? <Loading label="Computing the overlap…" /> : null}
      {data && !overlap ? <EmptyState title="Unknown framework" /> : null}
      {overlap ? (
        <>
          <p>
            <strong>{overlap.sharedCount}</strong> of {overlap.source.name}'s requirements have a counterpart in {overlap.target.name};{' '}
            <strong>{overlap.sourceOnlyCount}</strong> have none; <strong>{overlap.targetOnlyCount}</strong> of {overlap.target.name}'s are reached by
            nothing.
          </p>
          <div className="table-scroll">
            <table className="data-table">
              <caption className="visually-hidden">Shared requirements</caption>
              <thead>
                <tr>
                  <th scope="col">{overlap.source.name}</th>
                  <th scope="col">{overlap.target.name}</th>
                </tr>
              </thead>
              <tbody>
                {overlap.shared.slice(0, 200).map((row) => (
                  <tr key={row.requirement.id}>
                    <th scope="row">
                      <code>{row.requirement.ref}</code> {row.requirement.title}
                    </th>
                    <td>{row.counterparts.map((c) => `${c.ref} ${c.title}`).join('; ')}</td>
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
