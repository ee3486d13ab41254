import { ASSESSMENT_LIMITS } from '@ocmf/standard';
import { TextAreaField } from '../ui/TextAreaField';
import { type AssessmentForm, fieldDomId, OTHER_MEASURES_FIELD } from './assessment-form';

type OtherMeasuresStepProps = {
  form: AssessmentForm;
  onChange: (text: string) => void;
  errorAt: (field: string) => string | undefined;
};

/** Step 3: what else is measured that OCMF does not have, one per line. */
export function OtherMeasuresStep({ form, onChange, errorAt }: OtherMeasuresStepProps) {
  return (
    <div className="other-step">
      <p>
        Organisations often measure too much, and much of it is not actionable. List what you track that OCMF does not have, so you can see
        it next to the framework. From the results you can propose any of them for the framework in one click.
      </p>
      <TextAreaField
        id={fieldDomId(OTHER_MEASURES_FIELD)}
        name={OTHER_MEASURES_FIELD}
        label="Other measures you track (optional)"
        hint={`One per line, a name each, e.g. “Average handle time”. At most ${ASSESSMENT_LIMITS.otherMeasures}.`}
        rows={6}
        value={form.otherMeasures}
        error={errorAt(OTHER_MEASURES_FIELD)}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
