import { type FrameworkDocument, isTracked, type Measure } from '@ocmf/standard';
import { audienceLabel } from '../framework/labels';
import { TextField } from '../ui/TextField';
import {
  type AnswerDraft,
  type AssessmentForm,
  emptyAnswer,
  fieldDomId,
  measureGroups,
  trackingField,
  usageField,
  valueField,
} from './assessment-form';
import { ChoiceGroup } from './ChoiceGroup';
import { TRACKING_OPTIONS, USAGE_OPTIONS } from './labels';

type MeasuresStepProps = {
  document: FrameworkDocument;
  form: AssessmentForm;
  onChange: (measureKey: string, answer: AnswerDraft) => void;
  errorAt: (field: string) => string | undefined;
};

/** Step 2: every measure of the release, by category and audience: tracked or not, how it is used, its value. */
export function MeasuresStep({ document, form, onChange, errorAt }: MeasuresStepProps) {
  return (
    <div className="measures-step">
      <p className="field__hint">
        For each measure: do you track it, and how is it used? <strong>Guiding</strong> means it informs decisions and learning;{' '}
        <strong>grading</strong> means people or teams are judged or paid by it. The current value is optional.
      </p>
      {measureGroups(document).map(({ category, audiences }) => (
        <section key={category.key} className="measures-step__category" aria-labelledby={`measures-${category.key}`}>
          <h3 id={`measures-${category.key}`}>{category.name}</h3>
          {audiences.length === 0 ? <p className="muted">This release has no {category.name} measure to assess.</p> : null}
          {audiences.map(({ audience, measures }) => (
            <div key={audience} className="measures-step__audience">
              <h4>For {audienceLabel(audience).toLowerCase()}</h4>
              {measures.map((measure) => (
                <MeasureAnswer
                  key={measure.key}
                  measure={measure}
                  answer={form.answers[measure.key] ?? emptyAnswer}
                  onChange={(answer) => onChange(measure.key, answer)}
                  errorAt={errorAt}
                />
              ))}
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}

type MeasureAnswerProps = {
  measure: Measure;
  answer: AnswerDraft;
  onChange: (answer: AnswerDraft) => void;
  errorAt: (field: string) => string | undefined;
};

function MeasureAnswer({ measure, answer, onChange, errorAt }: MeasureAnswerProps) {
  const tracked = answer.tracking !== '' && isTracked(answer.tracking);
  return (
    <fieldset className="measure-answer" data-testid={`measure-${measure.key}`}>
      <legend>{measure.name}</legend>
      <p className="measure-answer__definition">{measure.definition}</p>
      <ChoiceGroup
        id={fieldDomId(trackingField(measure.key))}
        legend="Do you track it?"
        options={TRACKING_OPTIONS}
        value={answer.tracking}
        error={errorAt(trackingField(measure.key))}
        // A measure not tracked has no usage and no value: they are cleared, not kept out of sight.
        onChange={(tracking) => onChange(isTracked(tracking) ? { ...answer, tracking } : { tracking, usage: '', value: '' })}
      />
      {tracked ? (
        <div className="measure-answer__tracked">
          <ChoiceGroup
            id={fieldDomId(usageField(measure.key))}
            legend="How is it used?"
            options={USAGE_OPTIONS}
            value={answer.usage}
            error={errorAt(usageField(measure.key))}
            onChange={(usage) => onChange({ ...answer, usage })}
          />
          <TextField
            id={fieldDomId(valueField(measure.key))}
            name={valueField(measure.key)}
            label={`Current value (optional), in ${measure.unit}`}
            inputMode="decimal"
            autoComplete="off"
            value={answer.value}
            className="input--short"
            error={errorAt(valueField(measure.key))}
            onChange={(event) => onChange({ ...answer, value: event.target.value })}
          />
        </div>
      ) : null}
    </fieldset>
  );
}
