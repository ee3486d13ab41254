import { ORGANIZATION_LIMITS } from '@ocmf/standard';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { FormErrorSummary } from '../ui/FormErrorSummary';
import { type FormErrors, toFormErrors } from '../ui/graphql-errors';
import { TextField } from '../ui/TextField';
import { useCreateProductMutation } from './useCreateProductMutation';

const NO_ERRORS: FormErrors = { form: null, fields: {} };

/** Owners of a vendor: register a product, then report what it implements on its page. */
export function AddProductForm({ organizationId }: { organizationId: string }) {
  const navigate = useNavigate();
  const { createProduct, loading } = useCreateProductMutation();
  const [name, setName] = useState('');
  const [url, setUrl] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors(NO_ERRORS);
    try {
      const id = await createProduct({ organizationId, name, url: url || null });
      await navigate(`/products/${id}`);
    } catch (failure) {
      setErrors(toFormErrors(failure, { name: 'Name', url: 'Address' }));
    }
  };
  return (
    <form className="form organization-form" onSubmit={(event) => void submit(event)} aria-labelledby="add-product-title" noValidate>
      <h3 id="add-product-title">Register a product</h3>
      <FormErrorSummary message={errors.form} />
      <TextField
        label="Name"
        name="name"
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={errors.fields.name}
        required
        maxLength={ORGANIZATION_LIMITS.productName.max}
      />
      <TextField
        label="Address"
        name="url"
        type="url"
        hint="Optional: the product’s page."
        value={url}
        onChange={(e) => setUrl(e.target.value)}
        error={errors.fields.url}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={loading}>
          {loading ? 'Registering…' : 'Register product'}
        </button>
      </div>
    </form>
  );
}
