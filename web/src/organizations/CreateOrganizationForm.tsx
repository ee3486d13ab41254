import { ORGANIZATION_KIND_LABELS, ORGANIZATION_KINDS, ORGANIZATION_LIMITS, type OrganizationKind } from '@ocmf/standard';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { FormErrorSummary } from '../ui/FormErrorSummary';
import { type FormErrors, toFormErrors } from '../ui/graphql-errors';
import { SelectField } from '../ui/SelectField';
import { TextAreaField } from '../ui/TextAreaField';
import { TextField } from '../ui/TextField';
import { useCreateOrganizationMutation } from './useCreateOrganizationMutation';

const NO_ERRORS: FormErrors = { form: null, fields: {} };
const LABELS = { name: 'Name', kind: 'Kind', website: 'Website', description: 'Description' };

export function CreateOrganizationForm() {
  const navigate = useNavigate();
  const { createOrganization, loading } = useCreateOrganizationMutation();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<OrganizationKind>('VENDOR');
  const [website, setWebsite] = useState('');
  const [description, setDescription] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors(NO_ERRORS);
    try {
      const id = await createOrganization({ name, kind, website: website || null, description: description || null });
      await navigate(`/organizations/${id}`);
    } catch (failure) {
      setErrors(toFormErrors(failure, LABELS));
    }
  };

  return (
    <form className="form organization-form" onSubmit={(event) => void submit(event)} aria-labelledby="new-organization-title" noValidate>
      <h2 id="new-organization-title">Add your organisation</h2>
      <p className="muted">You become its owner: you invite colleagues, and (for a vendor) report your products.</p>
      <FormErrorSummary message={errors.form} />
      <TextField
        label="Name"
        name="name"
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={errors.fields.name}
        required
        maxLength={ORGANIZATION_LIMITS.name.max}
      />
      <SelectField
        label="Kind"
        name="kind"
        value={kind}
        options={ORGANIZATION_KINDS.map((value) => ({ value, label: ORGANIZATION_KIND_LABELS[value] }))}
        onChange={(e) => setKind(ORGANIZATION_KINDS.find((value) => value === e.target.value) ?? 'VENDOR')}
        error={errors.fields.kind}
      />
      <TextField
        label="Website"
        name="website"
        type="url"
        hint="Optional, e.g. https://example.com"
        value={website}
        onChange={(e) => setWebsite(e.target.value)}
        error={errors.fields.website}
      />
      <TextAreaField
        label="Description"
        name="description"
        hint="Optional: one or two sentences."
        value={description}
        onChange={(e) => setDescription(e.target.value)}
        error={errors.fields.description}
        maxLength={ORGANIZATION_LIMITS.description.max}
        rows={3}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={loading}>
          {loading ? 'Creating…' : 'Create organisation'}
        </button>
      </div>
    </form>
  );
}
