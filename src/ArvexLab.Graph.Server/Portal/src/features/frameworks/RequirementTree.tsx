import { useState } from 'react';
import { useQuery } from 'urql';
import { Loading, RequestError } from '../../components/states';
import type { RequirementFieldsFragment } from '../../gql/graphql';
import { RequirementChildrenQuery } from './frameworkQueries';

interface TreeProps {
  nodes: readonly RequirementFieldsFragment[];
  selectedId: string | null;
  onSelect: (requirement: RequirementFieldsFragment) => void;
}

function Children({ id, selectedId, onSelect }: { id: string } & Omit<TreeProps, 'nodes'>) {
  const [{ data, fetching, error }] = useQuery({ query: RequirementChildrenQuery, variables: { id } });
  if (error) return <RequestError error={error} title="Could not load the level below" />;
  if (fetching && !data) return <Loading label="Loading…" />;
  const node = data?.node;
  const children = node && 'children' in node ? node.children.nodes : [];
  return <RequirementTree nodes={children} selectedId={selectedId} onSelect={onSelect} />;
}

/** A requirement tree whose levels load when opened (catalogs have hundreds of requirements). */
export function RequirementTree({ nodes, selectedId, onSelect }: TreeProps) {
  const [open, setOpen] = useState<Record<string, boolean>>({});
  return (
    <ul className="tree" role="tree">
      {nodes.map((r) => {
        const hasChildren = r.children.totalCount > 0;
        const expanded = !!open[r.id];
        return (
          <li key={r.id} role="treeitem" aria-expanded={hasChildren ? expanded : undefined} aria-selected={r.id === selectedId}>
            {hasChildren ? (
              <button
                type="button"
                className="tree-toggle"
                aria-label={`${expanded ? 'Collapse' : 'Expand'} ${r.ref}`}
                onClick={() => setOpen({ ...open, [r.id]: !expanded })}
              >
                {expanded ? '−' : '+'}
              </button>
            ) : null}{' '}
            <button type="button" className="link-button" onClick={() => onSelect(r)}>
              <code>{r.ref}</code> {r.title}
            </button>
            {expanded ? <Children id={r.id} selectedId={selectedId} onSelect={onSelect} /> : null}
          </li>
        );
      })}
    </ul>
  );
}
