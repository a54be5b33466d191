import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Loading, PayloadErrors, RequestError, type PayloadError } from '../../components/states';
import { mutationErrors } from '../vendors/mutationErrors';
import { CrosswalkMappingForm, relationshipLabels } from './CrosswalkMappingForm';
import { DeleteRequirementMappingMutation } from './crosswalkOperations';
import { RequirementMappingsQuery } from './frameworkQueries';

/** A requirement's crosswalk rows; admins add, edit and delete them (the server refuses shipped built-in rows with READ_ONLY). */
export function CrosswalkSection({ requirementId, frameworkId, canEdit }: { requirementId: string; frameworkId: string; canEdit: boolean }) {
  const [{ data, fetching, error }, refetch] = useQuery({ query: RequirementMappingsQuery, variables: { id: requirementId } });
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [errors, setErrors] = useState<readonly PayloadError[]>([]);
  const [notice, setNotice] = useState('');
  const [, remove] = useMutation(DeleteRequirementMappingMutation);
  const node = data?.node;
  const mappings = node && 'mappings' in node ? node.mappings.nodes : [];

  function done(message: string) {
    setEditing(null);
    setErrors([]);
    setNotice(message);
    refetch({ requestPolicy: 'network-only' });
  }

  async function deleteMapping(mapping: (typeof mappings)[number]) {
    setNotice('');
    const result = await remove({ input: { id: mapping.id, revision: mapping.revision } });
    const found = mutationErrors(result, result.data?.deleteRequirementMapping);
    setErrors(found);
    if (!found.length) done(`Mapping to ${mapping.targetRequirement.ref} deleted.`);
  }

  return (
    <section aria-labelledby="crosswalk-title">
      <h3 id="crosswalk-title">Crosswalk</h3>
      {error && !data ? <RequestError error={error} title="The crosswalk could not be loaded" /> : null}
      {fetching && !data ? <Loading label="Loading mappings…" /> : null}
      {notice ? <p className="notice" role="status">{notice}</p> : null}
      <PayloadErrors errors={errors} />
      {data && !mappings.length ? <p className="muted">Not mapped to other frameworks.</p> : null}
      <ul className="plain-list" aria-label="Crosswalk mappings">
        {mappings.map((m) => (
          <li key={m.id} data-relationship={m.relationship}>
            {editing === m.id ? (
              <CrosswalkMappingForm requirementId={requirementId} frameworkId={frameworkId} mapping={m}
                onDone={(saved) => (saved ? done(`Mapping to ${m.targetRequirement.ref} saved.`) : setEditing(null))} />
            ) : (
              <>
                {m.relationship.toLowerCase()} <strong>{m.targetRequirement.framework.name}</strong> <code>{m.targetRequirement.ref}</code>{' '}
                <span>{m.targetRequirement.title}</span>
                <span className="muted small"> source: {m.source}</span>
                {canEdit ? (
                  <span className="form-actions">
                    <button type="button" title={relationshipLabels[m.relationship]} onClick={() => { setNotice(''); setEditing(m.id); }}
                      aria-label={`Edit the mapping to ${m.targetRequirement.ref}`}>
                      Edit
                    </button>
                    <button type="button" className="button-danger" onClick={() => deleteMapping(m)}
                      aria-label={`Delete the mapping to ${m.targetRequirement.ref}`}>
                      Delete
                    </button>
                  </span>
                ) : null}
              </>
            )}
          </li>
        ))}
      </ul>
      {canEdit && editing === 'new' ? (
        <CrosswalkMappingForm requirementId={requirementId} frameworkId={frameworkId}
          onDone={(saved) => (saved ? done('Crosswalk mapping added.') : setEditing(null))} />
      ) : null}
      {canEdit && editing !== 'new' ? (
        <button type="button" onClick={() => { setNotice(''); setEditing('new'); }}>
          Add crosswalk mapping
        </button>
      ) : null}
    </section>
  );
}
