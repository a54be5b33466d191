import { useState } from 'react';
import type { RequirementFieldsFragment } from '../../gql/graphql';
import { CrosswalkSection } from './CrosswalkSection';
import { RequirementEditor } from './RequirementEditor';

/** One requirement: its text and its crosswalk rows to other frameworks. */
export function RequirementPanel({
  requirement,
  frameworkId,
  canEdit,
  onSaved,
}: {
  requirement: RequirementFieldsFragment;
  frameworkId: string;
  canEdit: boolean;
  onSaved: (requirement: RequirementFieldsFragment) => void;
}) {
  const [editing, setEditing] = useState(false);
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
      <CrosswalkSection requirementId={requirement.id} frameworkId={frameworkId} canEdit={canEdit} />
    </section>
  );
}
