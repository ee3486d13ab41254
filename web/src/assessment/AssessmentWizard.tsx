import type { AssessmentAnswers, FrameworkDocument } from '@ocmf/standard';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { ErrorSummary } from '../ui/ErrorSummary';
import { describeError, fieldIssuesOf } from '../ui/graphql-errors';
import {
  type AssessmentForm,
  answersFromForm,
  fieldDomId,
  type FormIssue,
  formFromAnswers,
  messagesByField,
  placeIssue,
  STEP_TITLES,
  STEPS,
  stepIssues,
} from './assessment-form';
import { MeasuresStep } from './MeasuresStep';
import { OtherMeasuresStep } from './OtherMeasuresStep';
import { TimeSplitStep } from './TimeSplitStep';

type AssessmentWizardProps = {
  document: FrameworkDocument;
  releaseVersion: string;
  /** Answers given before: an assessment in progress, or a retake. */
  initial?: AssessmentAnswers;
  /** Saves the answers when a step is left forward (a saved assessment); rejects with the API's error. */
  onSave?: (answers: AssessmentAnswers) => Promise<void>;
  /** After the last step; rejects with the API's error. */
  onFinish: (answers: AssessmentAnswers) => Promise<void> | void;
  finishLabel: string;
};

type Problems = { issues: FormIssue[]; message: string | null };

/**
 * The assessment in three short steps: leadership time, the release's measures, what else is measured. Each step
 * is checked with `@ocmf/standard` before the next one (as the API checks a save), and problems are shown at their
 * fields and in a summary that takes focus.
 */
export function AssessmentWizard({ document, releaseVersion, initial, onSave, onFinish, finishLabel }: AssessmentWizardProps) {
  const [form, setForm] = useState<AssessmentForm>(() => formFromAnswers(initial));
  const [stepIndex, setStepIndex] = useState(0);
  const [problems, setProblems] = useState<Problems | null>(null);
  const [busy, setBusy] = useState(false);
  const [focusTarget, setFocusTarget] = useState<{ on: 'heading' | 'summary'; n: number } | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const step = STEPS[stepIndex] ?? 'time';
  const last = stepIndex === STEPS.length - 1;

  useEffect(() => {
    if (focusTarget?.on === 'heading') headingRef.current?.focus();
    if (focusTarget?.on === 'summary') summaryRef.current?.focus();
  }, [focusTarget]);

  // Once a step has been refused, its problems follow the answers as they change.
  const shown: FormIssue[] = problems ? (problems.message === null ? stepIssues(document, form, step) : problems.issues) : [];
  const byField = messagesByField(shown);
  const errorAt = (field: string) => byField.get(field);

  const edit = (change: (form: AssessmentForm) => AssessmentForm) => {
    setForm(change);
    // The API's verdict is about answers that have changed since: drop it, keep checking locally.
    if (problems && problems.message !== null) setProblems({ issues: [], message: null });
  };

  const goTo = (index: number) => {
    setStepIndex(index);
    setProblems(null);
    setFocusTarget((f) => ({ on: 'heading', n: (f?.n ?? 0) + 1 }));
  };

  const refuse = (next: Problems) => {
    setProblems(next);
    setFocusTarget((f) => ({ on: 'summary', n: (f?.n ?? 0) + 1 }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const issues = stepIssues(document, form, step);
    if (issues.length > 0) return refuse({ issues, message: null });
    const answers = answersFromForm(document, form);
    setBusy(true);
    try {
      if (last) await onFinish(answers);
      else {
        await onSave?.(answers);
        goTo(stepIndex + 1);
      }
    } catch (error) {
      const placed = fieldIssuesOf(error).map((issue) => placeIssue(issue.path, issue.message, answers));
      const onFields = placed.filter((issue): issue is FormIssue => issue !== null);
      const elsewhere = onFields.length < placed.length || placed.length === 0;
      const firstStep = onFields[0]?.step;
      if (firstStep && firstStep !== step) setStepIndex(STEPS.indexOf(firstStep));
      refuse({ issues: onFields, message: elsewhere ? describeError(error).message : 'Please correct the highlighted answers.' });
    } finally {
      setBusy(false);
    }
  };

  const summaryItems = [
    ...(problems?.message ? [{ message: problems.message }] : []),
    ...shown.map((issue) => ({ message: issue.message, targetId: fieldDomId(issue.field) })),
  ];

  return (
    <form className="assessment-wizard" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="wizard-step-title">
      <ol className="wizard-steps" aria-label="Steps">
        {STEPS.map((s, index) => (
          <li
            key={s}
            aria-current={index === stepIndex ? 'step' : undefined}
            className={index < stepIndex ? 'wizard-steps__done' : undefined}
          >
            <span className="wizard-steps__number" aria-hidden="true">
              {index + 1}
            </span>
            {STEP_TITLES[s]}
          </li>
        ))}
      </ol>
      <ErrorSummary
        ref={summaryRef}
        title={
          summaryItems.length === 1 ? 'There is a problem with your answers' : `There are ${summaryItems.length} problems with your answers`
        }
        items={summaryItems}
        testId="assessment-errors"
      />
      <h2 id="wizard-step-title" ref={headingRef} tabIndex={-1} className="wizard-step-title">
        <span className="eyebrow">
          Step {stepIndex + 1} of {STEPS.length} · release v{releaseVersion}
        </span>{' '}
        {STEP_TITLES[step]}
      </h2>
      {step === 'time' ? (
        <TimeSplitStep document={document} form={form} errorAt={errorAt} onChange={(time) => edit((f) => ({ ...f, time }))} />
      ) : step === 'measures' ? (
        <MeasuresStep
          document={document}
          form={form}
          errorAt={errorAt}
          onChange={(key, answer) => edit((f) => ({ ...f, answers: { ...f.answers, [key]: answer } }))}
        />
      ) : (
        <OtherMeasuresStep form={form} errorAt={errorAt} onChange={(otherMeasures) => edit((f) => ({ ...f, otherMeasures }))} />
      )}
      <div className="button-row wizard-nav">
        {stepIndex > 0 ? (
          <button type="button" className="button button--quiet" onClick={() => goTo(stepIndex - 1)} disabled={busy}>
            Back
          </button>
        ) : null}
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Saving…' : last ? finishLabel : `Next: ${STEP_TITLES[STEPS[stepIndex + 1] ?? 'other']}`}
        </button>
      </div>
    </form>
  );
}
