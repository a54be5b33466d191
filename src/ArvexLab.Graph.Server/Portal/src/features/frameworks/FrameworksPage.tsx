import { useState } from 'react';
import { useQuery } from 'urql';
import { useCan } from '../../auth/AuthProvider';
import { RequireAction } from '../../auth/RequireAction';
import { Field } from '../../components/Field';
import { EmptyState, Loading, RequestError } from '../../components/states';
import type { RequirementFieldsFragment } from '../../gql/graphql';
import { FrameworkExport, FrameworkImport } from './FrameworkFiles';
import { FrameworkListQuery, FrameworkRootsQuery } from './frameworkQueries';
import { OverlapView } from './OverlapView';
import { RequirementPanel } from './RequirementPanel';
import { RequirementTree } from './RequirementTree';

function FrameworkBrowser({ frameworkKey, version }: { frameworkKey: string; version: string }) {
  const [{ data, fetching, error }] = useQuery({ query: FrameworkRootsQuery, variables: { key: frameworkKey, version } });
  const [selected, setSelected] = useState<RequirementFieldsFragment | null>(null);
  const canEditCustom = useCan('frameworks:write');
  const canEditBuiltIn = useCan('catalogs:admin');
  if (error && !data) return <RequestError error={error} title="The framework could not be loaded" />;
  if (!data) return fetching ? <Loading label="Loading requirements…" /> : null;
  const framework = data.framework;
  if (!framework) return <EmptyState title="No such framework" />;
  return (
    <div className="framework-layout">
      <div>
        <h2>
          {framework.name} <span className="muted small">version {framework.version}</span>
        </h2>
        <FrameworkExport frameworkKey={framework.key} version={framework.version} />
        <RequirementTree nodes={framework.requirements.nodes} selectedId={selected?.id ?? null} onSelect={setSelected} />
      </div>
      <div>{selected ? (
          <RequirementPanel
            key={selected.id}
            requirement={selected}
            frameworkId={framework.id}
            canEdit={framework.isBuiltIn ? canEditBuiltIn : canEditCustom}
            onSaved={setSelected}
          />
        ) : <p className="muted">Choose a requirement to see its text and crosswalk.</p>}</div>
    </div>
  );
}

export function FrameworksPage() {
  const [{ data, fetching, error }] = useQuery({ query: FrameworkListQuery });
  const [chosen, setChosen] = useState('');
  const canImport = useCan('frameworks:write');
  const frameworks = data?.frameworks.nodes ?? [];
  const current = frameworks.find((f) => f.id === chosen) ?? frameworks[0];

  return (
    <RequireAction anyOf={['frameworks:write', 'catalogs:admin']} title="Frameworks">
      <section aria-labelledby="page-title">
        <h1 id="page-title">Frameworks</h1>
        {error && !data ? <RequestError error={error} title="Frameworks could not be loaded" /> : null}
        {!data && fetching ? <Loading label="Loading frameworks…" /> : null}
        {data && !frameworks.length ? <EmptyState title="No frameworks" /> : null}
        {current ? (
          <>
            <Field label="Framework">
              <select value={current.id} onChange={(e) => setChosen(e.target.value)}>
                {frameworks.map((f) => (
                  <option key={f.id} value={f.id}>
                    {f.name} ({f.version}){f.isBuiltIn ? '' : ' — custom'}
                  </option>
                ))}
              </select>
            </Field>
            <FrameworkBrowser key={current.id} frameworkKey={current.key} version={current.version} />
          </>
        ) : null}
        {canImport ? <FrameworkImport onImported={setChosen} /> : null}
        {frameworks.length > 1 ? <OverlapView frameworks={frameworks} /> : null}
      </section>
    </RequireAction>
  );
}
