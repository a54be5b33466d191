import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { Field } from '../../components/Field';
import { PayloadErrors, type PayloadError } from '../../components/states';
import type { MappingRelationship } from '../../gql/graphql';
import { mutationErrors } from '../vendors/mutationErrors';
import { CreateRequirementMappingMutation, CrosswalkTargetsQuery, UpdateRequirementMappingMutation } from './crosswalkOperations';
import { FrameworkListQuery } from './frameworkQueries';

export const relationshipLabels: Record<MappingRelationship, string> = {
  EQUAL: 'Equal — same intent and extent',
  SUBSET: 'Subset — this requirement is narrower',
  SUPERSET: 'Superset — this requirement is broader',
  INTERSECT: 'Intersect — they overlap in part',
};

export interface ExistingMapping {
  id: string;
  relationship: MappingRelationship;
  source: string;
  revision: number;
  targetRequirement: { ref: string; title: string; framework: { name: string } };
}

/** Picks a requirement of another framework: the framework first, then a search by ref or title. */
function TargetPicker({ excludeFrameworkId, value, onChange, error }: {
  excludeFrameworkId: string;
  value: string;
  onChange: (requirementId: string) => void;
  error?: string;
}) {
  const [{ data: list }] = useQuery({ query: FrameworkListQuery });
  const frameworks = (list?.frameworks.nodes ?? []).filter((f) => f.id !== excludeFrameworkId);
  const [frameworkId, setFrameworkId] = useState('');
  const [search, setSearch] = useState('');
  const framework = frameworks.find((f) => f.id === frameworkId);
  const [{ data, fetching }] = useQuery({
    query: CrosswalkTargetsQuery,
    variables: { key: framework?.key ?? '', version: framework?.version, search: search.trim() },
    pause: !framework || !search.trim(),
  });
  const candidates = framework && search.trim() ? (data?.framework?.requirements.nodes ?? []) : [];
  return (
    <>
      <Field label="Target framework">
        <select required value={frameworkId} onChange={(e) => { setFrameworkId(e.target.value); onChange(''); }}>
          <option value="">Choose a framework…</option>
          {frameworks.map((f) => (
            <option key={f.id} value={f.id}>
              {f.name} ({f.version})
            </option>
          ))}
        </select>
      </Field>
      <Field label="Find target requirement" hint="The start of its reference, or a word of its title.">
        <input type="search" value={search} disabled={!framework} onChange={(e) => setSearch(e.target.value)} />
      </Field>
      <Field label="Target requirement" error={error}>
        <select required value={value} disabled={!candidates.length} onChange={(e) => onChange(e.target.value)}>
          <option value="">{fetching ? 'Searching…' : candidates.length ? 'Choose a requirement…' : 'No match yet'}</option>
          {candidates.map((r) => (
            <option key={r.id} value={r.id}>
              {r.ref} {r.title}
            </option>
          ))}
        </select>
      </Field>
    </>
  );
}

/** Adds a crosswalk row from `requirementId`, or changes an existing row's relationship and source. */
export function CrosswalkMappingForm({ requirementId, frameworkId, mapping, onDone }: {
  requirementId: string;
  frameworkId: string;
  mapping?: ExistingMapping;
  onDone: (saved: boolean) => void;
}) {
  const [targetId, setTargetId] = useState('');
  const [relationship, setRelationship] = useState<MappingRelationship>(mapping?.relationship ?? 'EQUAL');
  const [source, setSource] = useState(mapping?.source ?? '');
  const [errors, setErrors] = useState<readonly PayloadError[]>([]);
  const [created, create] = useMutation(CreateRequirementMappingMutation);
  const [updated, update] = useMutation(UpdateRequirementMappingMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    let found: readonly PayloadError[];
    if (mapping) {
      const result = await update({ input: { id: mapping.id, revision: mapping.revision, relationship, source: source.trim() } });
      found = mutationErrors(result, result.data?.updateRequirementMapping);
    } else {
      const input = { sourceRequirementId: requirementId, targetRequirementId: targetId, relationship, source: source.trim() };
      const result = await create({ input });
      found = mutationErrors(result, result.data?.createRequirementMapping);
    }
    setErrors(found);
    if (!found.length) onDone(true);
  }

  const fieldError = (field: string) => errors.find((e) => e.field === field)?.message;
  const target = mapping?.targetRequirement;
  return (
    <form className="form" onSubmit={submit} aria-label={mapping ? `Edit the mapping to ${target!.ref}` : 'Add a crosswalk mapping'}>
      <PayloadErrors errors={errors} />
      {target ? (
        <p>
          To <strong>{target.framework.name}</strong> <code>{target.ref}</code> {target.title}
        </p>
      ) : (
        <TargetPicker excludeFrameworkId={frameworkId} value={targetId} onChange={setTargetId} error={fieldError('targetRequirementId')} />
      )}
      <Field label="Relationship" error={fieldError('relationship')}>
        <select value={relationship} onChange={(e) => setRelationship(e.target.value as MappingRelationship)}>
          {Object.entries(relationshipLabels).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Source" hint="Who published the row (e.g. ENISA, AICPA, your organization)." error={fieldError('source')}>
        <input required value={source} onChange={(e) => setSource(e.target.value)} />
      </Field>
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={created.fetching || updated.fetching || (!mapping && !targetId)}>
          Save mapping
        </button>
        <button type="button" onClick={() => onDone(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
