import { useState } from 'react';
import { useQuery } from 'urql';
import { Loading } from '../../components/states';
import type { RequirementFieldsFragment } from '../../gql/graphql';
import { RequirementMappingsQuery } from './frameworkQueries';
import { RequirementEditor } from './RequirementEditor';

/** One requirement: its text and its crosswalk rows to other frameworks. */
export function RequirementPanel({
  requirement,
  canEdit,
  onSaved,
}: {
  requirement: RequirementFieldsFragment;
  canEdit: boolean;
  onSaved: (requirement: RequirementFieldsFragment) => void;
}) {
  const [editing, setEditing] = useState(false);
  const [{ data, fetching }] = useQuery({ query: RequirementMappingsQuery, variables: { id: requirement.id } });
  const node = data?.node;
  const mappings = node && 'mappings' in node ? node.mappings.nodes : [];
  return (
    <section className="card" aria-labelledby="requirement-title">
      <h2 id="requirement-title">
        <span>
          <code>{requirement.ref}</code> {requirement.title}
        </span>
      </h2>
      {editing ? (
        <RequirementEditor
          requirement={requirement}
          onDone={(saved) => {
            setEditing(false);
            if (saved) onSaved({ ...requirement, ...saved });
          }}
        />
      ) : (
        <>
          {requirement.text ? <p>{requirement.text}</p> : <p className="muted">No text.</p>}
          {canEdit ? (
            <button type="button" onClick={() => setEditing(true)}>
              Edit requirement
            </button>
          ) : null}
        </>
      )}
      <h3>Crosswalk</h3>
      {fetching && !data ? <Loading label="Loading mappings…" /> : null}
      {data && !mappings.length ? <p className="muted">Not mapped to other frameworks.</p> : null}
      <ul className="plain-list">
        {mappings.map((m) => (
          <li key={m.id}>
            {m.relationship.toLowerCase()} <strong>{m.targetRequirement.framework.name}</strong> <code>{m.targetRequirement.ref}</code>{' '}
            {m.targetRequirement.title}
            <span className="muted small">source: {m.source}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
