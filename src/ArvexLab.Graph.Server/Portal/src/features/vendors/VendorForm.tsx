import { useState, type FormEvent } from 'react';
import { Field } from '../../components/Field';
import { PayloadErrors, type PayloadError } from '../../components/states';
import type { Criticality } from '../../gql/graphql';
import { criticalities, criticalityLabel } from './vendorFilters';

export interface VendorFormValues {
  name: string;
  website: string;
  criticality: Criticality;
  services: string;
  owner: string;
  notes: string;
}

export const emptyVendor: VendorFormValues = { name: '', website: '', criticality: 'MEDIUM', services: '', owner: '', notes: '' };

interface Props {
  initial: VendorFormValues;
  submitLabel: string;
  /** Resolves to the payload's `errors` (empty on success). */
  onSubmit: (values: VendorFormValues) => Promise<readonly PayloadError[]>;
}

/** Errors name their input field (`name`, `input.name`…); the last segment picks the form field. */
export function errorFor(errors: readonly PayloadError[], field: keyof VendorFormValues): string | undefined {
  return errors.find((e) => e.field?.split('.').pop()?.toLowerCase() === field.toLowerCase())?.message;
}

export function VendorForm({ initial, submitLabel, onSubmit }: Props) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<readonly PayloadError[]>([]);
  const [saving, setSaving] = useState(false);
  const set = (field: keyof VendorFormValues) => (e: { target: { value: string } }) =>
    setValues({ ...values, [field]: e.target.value });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    try {
      setErrors(await onSubmit(values));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <PayloadErrors errors={errors} />
      <Field label="Name" error={errorFor(errors, 'name')}>
        <input value={values.name} onChange={set('name')} required autoComplete="organization" />
      </Field>
      <Field label="Website" hint="https://…" error={errorFor(errors, 'website')}>
        <input type="url" value={values.website} onChange={set('website')} autoComplete="url" />
      </Field>
      <Field label="Criticality" error={errorFor(errors, 'criticality')}>
        <select value={values.criticality} onChange={set('criticality')}>
          {criticalities.map((c) => (
            <option key={c} value={c}>
              {criticalityLabel[c]}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Services we use" hint="Comma-separated; evidence is checked against them." error={errorFor(errors, 'services')}>
        <input value={values.services} onChange={set('services')} />
      </Field>
      <Field label="Owner" hint="Who owns the relationship on our side." error={errorFor(errors, 'owner')}>
        <input value={values.owner} onChange={set('owner')} />
      </Field>
      <Field label="Notes" error={errorFor(errors, 'notes')}>
        <textarea value={values.notes} onChange={set('notes')} rows={3} />
      </Field>
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={saving}>
          {saving ? 'Saving…' : submitLabel}
        </button>
      </div>
    </form>
  );
}

/** The input object shared by createVendor and updateVendor; blank optional fields are sent as null. */
export function toVendorInput(values: VendorFormValues) {
  const blankToNull = (value: string) => (value.trim() ? value.trim() : null);
  return {
    name: values.name.trim(),
    website: blankToNull(values.website),
    criticality: values.criticality,
    services: values.services.split(',').map((s) => s.trim()).filter(Boolean),
    owner: blankToNull(values.owner),
    notes: blankToNull(values.notes),
  };
}
