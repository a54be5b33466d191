import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { Field } from '../../components/Field';
import { PayloadErrors, type PayloadError } from '../../components/states';
import type { RequirementFieldsFragment } from '../../gql/graphql';
import { mutationErrors } from '../vendors/mutationErrors';
import { UpdateRequirementMutation } from './frameworkAdminOperations';

/** Edits a requirement's ref, title and text; the server refuses shipped built-in catalogs (READ_ONLY) and stale revisions (CONFLICT). */
export function RequirementEditor({
  requirement,
  onDone,
}: {
  requirement: RequirementFieldsFragment;
  onDone: (saved?: { ref: string; title: string; text?: string | null; revision: number }) => void;
}) {
  const [ref, setRef] = useState(requirement.ref);
  const [title, setTitle] = useState(requirement.title);
  const [text, setText] = useState(requirement.text ?? '');
  const [errors, setErrors] = useState<readonly PayloadError[]>([]);
  const [{ fetching }, update] = useMutation(UpdateRequirementMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await update({ input: { id: requirement.id, revision: requirement.revision, ref: ref.trim(), title: title.trim(), text: text.trim() || null } });
    const found = mutationErrors(result, result.data?.updateRequirement);
    setErrors(found);
    const saved = result.data?.updateRequirement.requirement;
    if (!found.length && saved) onDone(saved);
  }

  const fieldError = (field: string) => errors.find((e) => e.field === field)?.message;
  return (
    <form className="form" onSubmit={submit} aria-label={`Edit requirement ${requirement.ref}`}>
      <PayloadErrors errors={errors} />
      <Field label="Reference" error={fieldError('ref')}>
        <input required value={ref} onChange={(e) => setRef(e.target.value)} />
      </Field>
      <Field label="Title" error={fieldError('title')}>
        <input required value={title} onChange={(e) => setTitle(e.target.value)} />
      </Field>
      <Field label="Text">
        <textarea rows={5} value={text} onChange={(e) => setText(e.target.value)} />
      </Field>
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={fetching}>
          Save requirement
        </button>
        <button type="button" onClick={() => onDone()}>
          Cancel
        </button>
      </div>
    </form>
  );
}
