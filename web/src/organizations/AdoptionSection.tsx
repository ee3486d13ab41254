import { ORGANIZATION_LIMITS } from '@ocmf/standard';
import { type FormEvent, useState } from 'react';
import { FormErrorSummary } from '../ui/FormErrorSummary';
import { type FormErrors, toFormErrors } from '../ui/graphql-errors';
import { TextAreaField } from '../ui/TextAreaField';
import { TextField } from '../ui/TextField';
import { useDeclareAdoptionMutation } from './useDeclareAdoptionMutation';

type Adoption = { releaseVersion: string; categoryKeys: readonly string[]; quote: string | null; link: string | null };
type Props = {
  organizationId: string;
  adoption: Adoption | null;
  owner: boolean;
  categories: readonly { key: string; name: string }[];
};

const NO_ERRORS: FormErrors = { form: null, fields: {} };

/** "We use OCMF": what the organisation declared, and (owners) the form to declare it for the latest release. */
export function AdoptionSection({ organizationId, adoption, owner, categories }: Props) {
  const { declare, loading } = useDeclareAdoptionMutation();
  const [chosen, setChosen] = useState<string[]>([...(adoption?.categoryKeys ?? [])]);
  const [quote, setQuote] = useState(adoption?.quote ?? '');
  const [link, setLink] = useState(adoption?.link ?? '');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [status, setStatus] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors(NO_ERRORS);
    setStatus('');
    try {
      await declare({ organizationId, releaseVersion: 'latest', categoryKeys: chosen, quote: quote || null, link: link || null });
      setStatus('Declared: the organisation is listed among the adopters.');
    } catch (failure) {
      setErrors(toFormErrors(failure, { quote: 'Quote', link: 'Link' }));
    }
  };
  return (
    <section className="page-section" aria-labelledby="adoption-title" data-testid="adoption">
      <h2 id="adoption-title">Uses OCMF</h2>
      {adoption ? (
        <p>
          Uses release {adoption.releaseVersion}
          {adoption.categoryKeys.length > 0 ? `: ${adoption.categoryKeys.join(', ')}` : ''}.
          {adoption.quote ? <span className="adopter-quote"> “{adoption.quote}”</span> : null}
        </p>
      ) : (
        <p className="muted">It has not declared that it uses OCMF.</p>
      )}
      {owner ? (
        <form className="form organization-form" onSubmit={(event) => void submit(event)} aria-labelledby="declare-title" noValidate>
          <h3 id="declare-title">Declare that you use OCMF</h3>
          <FormErrorSummary message={errors.form} />
          <fieldset className="fieldset">
            <legend>Categories you use</legend>
            {categories.map((category) => (
              <label key={category.key} className="checkbox">
                <input
                  type="checkbox"
                  checked={chosen.includes(category.key)}
                  onChange={(e) => setChosen(e.target.checked ? [...chosen, category.key] : chosen.filter((key) => key !== category.key))}
                />{' '}
                {category.name}
              </label>
            ))}
          </fieldset>
          <TextAreaField
            label="Quote"
            name="quote"
            hint="Optional: a sentence on how you use it."
            value={quote}
            onChange={(e) => setQuote(e.target.value)}
            error={errors.fields.quote}
            maxLength={ORGANIZATION_LIMITS.quote.max}
            rows={2}
          />
          <TextField
            label="Link"
            name="link"
            type="url"
            hint="Optional."
            value={link}
            onChange={(e) => setLink(e.target.value)}
            error={errors.fields.link}
          />
          <div className="button-row">
            <button type="submit" className="button" disabled={loading}>
              Declare for the latest release
            </button>
          </div>
          <p className="status-message" role="status">
            {status}
          </p>
        </form>
      ) : null}
    </section>
  );
}
