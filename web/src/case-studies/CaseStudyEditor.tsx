import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { FormErrorSummary } from '../ui/FormErrorSummary';
import { describeError, errorCode } from '../ui/graphql-errors';
import { MarkdownField } from '../ui/MarkdownField';
import { SelectField } from '../ui/SelectField';
import { TextAreaField } from '../ui/TextAreaField';
import { TextField } from '../ui/TextField';
import {
  type CaseStudyForm,
  emptyOutcome,
  INDUSTRY_OPTIONS,
  isIndustry,
  isOrganizationSize,
  issuesByPath,
  type OutcomeRow,
  SIZE_OPTIONS,
  toInput,
} from './case-study-form';
import { useCreateCaseStudyMutation } from './useCreateCaseStudyMutation';
import { useUpdateCaseStudyMutation } from './useUpdateCaseStudyMutation';
import './case-studies.css';

export type EditorRelease = {
  version: string;
  title: string;
  measures: readonly { key: string; name: string; unit: string; status: string; categoryKey: string }[];
};

type CaseStudyEditorProps = {
  releases: readonly EditorRelease[];
  initial: CaseStudyForm;
  /** Editing an existing case study (its id), or writing a new one. */
  caseStudyId?: string;
  published?: boolean;
};

/** The case study editor: the narrative, who it is about, the release used, and one row per outcome. */
export function CaseStudyEditor({ releases, initial, caseStudyId, published = false }: CaseStudyEditorProps) {
  const navigate = useNavigate();
  const [form, setForm] = useState<CaseStudyForm>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const { createCaseStudy, loading: creating } = useCreateCaseStudyMutation();
  const { updateCaseStudy, loading: updating } = useUpdateCaseStudyMutation();
  const saving = creating || updating;
  const release = releases.find((r) => r.version === form.releaseVersion);
  const measures = (release?.measures ?? []).filter((m) => m.status !== 'RETIRED');

  // After a failed save, focus the first field with an error (or the summary), once it is on screen.
  useEffect(() => {
    if (attempt === 0) return;
    const first = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (first ?? summaryRef.current)?.focus();
  }, [attempt]);

  const set = <K extends keyof CaseStudyForm>(field: K, value: CaseStudyForm[K]) => setForm((f) => ({ ...f, [field]: value }));
  const setOutcome = (index: number, change: Partial<OutcomeRow>) =>
    setForm((f) => ({ ...f, outcomes: f.outcomes.map((row, i) => (i === index ? { ...row, ...change } : row)) }));

  const fail = (fields: Record<string, string>, message: string) => {
    setErrors(fields);
    setSummary(message);
    setAttempt((n) => n + 1);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { input, errors: local } = toInput(form);
    if (Object.keys(local).length > 0) return fail(local, 'Please correct the highlighted fields.');
    try {
      if (caseStudyId) {
        await updateCaseStudy(caseStudyId, input);
        void navigate(`/case-studies/${caseStudyId}`, {
          state: { saved: published ? 'Saved: the earlier version is kept.' : 'Draft saved.' },
        });
      } else {
        const id = await createCaseStudy(input);
        void navigate(`/case-studies/${id}`, { state: { saved: 'Draft saved. Only you can see it until you publish it.' } });
      }
    } catch (error) {
      const fields = issuesByPath(error);
      fail(
        fields,
        errorCode(error) === 'BAD_USER_INPUT' && Object.keys(fields).length > 0
          ? 'Please correct the highlighted fields.'
          : describeError(error).message,
      );
    }
  };

  const unitOf = (key: string) => measures.find((m) => m.key === key)?.unit ?? '';

  return (
    <form ref={formRef} className="case-study-editor" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="editor-title">
      <FormErrorSummary ref={summaryRef} message={summary} />
      <TextField
        label="Title"
        name="title"
        value={form.title}
        error={errors.title}
        onChange={(e) => set('title', e.target.value)}
        required
      />
      <TextAreaField
        label="Summary"
        name="summary"
        hint="A paragraph: what you changed and what happened."
        rows={3}
        value={form.summary}
        error={errors.summary}
        onChange={(e) => set('summary', e.target.value)}
      />
      <MarkdownField
        label="The story"
        name="body"
        hint="Markdown. Context, what you changed, what happened, lessons."
        value={form.body}
        error={errors.body}
        onChange={(value) => set('body', value)}
        rows={12}
      />

      <fieldset className="case-study-editor__group">
        <legend>The organisation</legend>
        <TextField
          label="Organisation name"
          name="organization"
          value={form.anonymous ? '' : form.organization}
          disabled={form.anonymous}
          error={errors.organization}
          onChange={(e) => set('organization', e.target.value)}
        />
        <label className="checkbox">
          <input type="checkbox" name="anonymous" checked={form.anonymous} onChange={(e) => set('anonymous', e.target.checked)} />
          Show it as an anonymous organisation
        </label>
        <SelectField
          label="Industry (optional)"
          name="industry"
          placeholder="Not given"
          options={INDUSTRY_OPTIONS}
          value={form.industry}
          onChange={(e) => set('industry', isIndustry(e.target.value) ? e.target.value : '')}
        />
        <SelectField
          label="Size (optional)"
          name="organizationSize"
          placeholder="Not given"
          options={SIZE_OPTIONS}
          value={form.organizationSize}
          onChange={(e) => set('organizationSize', isOrganizationSize(e.target.value) ? e.target.value : '')}
        />
        <div className="case-study-editor__row">
          <TextField
            label="Period from (optional)"
            name="periodStart"
            type="date"
            value={form.periodStart}
            error={errors.periodStart}
            onChange={(e) => set('periodStart', e.target.value)}
          />
          <TextField
            label="Period to (optional)"
            name="periodEnd"
            type="date"
            value={form.periodEnd}
            error={errors.periodEnd}
            onChange={(e) => set('periodEnd', e.target.value)}
          />
        </div>
      </fieldset>

      <fieldset className="case-study-editor__group">
        <legend>Outcomes</legend>
        <SelectField
          label="Release of OCMF you used"
          name="releaseVersion"
          options={releases.map((r) => ({ value: r.version, label: `v${r.version}, ${r.title}` }))}
          value={form.releaseVersion}
          error={errors.releaseVersion}
          onChange={(e) => set('releaseVersion', e.target.value)}
        />
        {errors.outcomes ? (
          <p className="field__error" data-testid="outcomes-error">
            {errors.outcomes}
          </p>
        ) : null}
        <ol className="outcome-rows">
          {form.outcomes.map((row, index) => {
            const at = `outcomes[${index}]`;
            const unit = unitOf(row.measureKey);
            return (
              <li key={index} className="outcome-row" data-testid={`outcome-row-${index}`}>
                <fieldset>
                  <legend>Outcome {index + 1}</legend>
                  <SelectField
                    label="Measure"
                    name={`${at}.measureKey`}
                    placeholder="Choose a measure…"
                    options={measures.map((m) => ({ value: m.key, label: m.name }))}
                    value={row.measureKey}
                    error={errors[`${at}.measureKey`]}
                    onChange={(e) => setOutcome(index, { measureKey: e.target.value })}
                  />
                  <div className="case-study-editor__row">
                    <TextField
                      label={`Baseline${unit ? ` (${unit})` : ''}`}
                      name={`${at}.before`}
                      inputMode="decimal"
                      value={row.before}
                      error={errors[`${at}.before`]}
                      onChange={(e) => setOutcome(index, { before: e.target.value })}
                    />
                    <TextField
                      label={`Result${unit ? ` (${unit})` : ''}`}
                      name={`${at}.after`}
                      inputMode="decimal"
                      value={row.after}
                      error={errors[`${at}.after`]}
                      onChange={(e) => setOutcome(index, { after: e.target.value })}
                    />
                  </div>
                  <SelectField
                    label="How it was used"
                    name={`${at}.usage`}
                    options={[
                      { value: 'GUIDING', label: 'Guiding decisions and learning' },
                      { value: 'GRADING', label: 'Grading people or targets' },
                    ]}
                    value={row.usage}
                    onChange={(e) => setOutcome(index, { usage: e.target.value === 'GRADING' ? 'GRADING' : 'GUIDING' })}
                  />
                  <div className="case-study-editor__row">
                    <TextField
                      label="Measured from (optional)"
                      name={`${at}.periodStart`}
                      type="date"
                      value={row.periodStart}
                      error={errors[`${at}.periodStart`]}
                      onChange={(e) => setOutcome(index, { periodStart: e.target.value })}
                    />
                    <TextField
                      label="Measured to (optional)"
                      name={`${at}.periodEnd`}
                      type="date"
                      value={row.periodEnd}
                      error={errors[`${at}.periodEnd`]}
                      onChange={(e) => setOutcome(index, { periodEnd: e.target.value })}
                    />
                  </div>
                  <TextAreaField
                    label="Note (optional, Markdown)"
                    name={`${at}.note`}
                    rows={2}
                    value={row.note}
                    error={errors[`${at}.note`]}
                    onChange={(e) => setOutcome(index, { note: e.target.value })}
                  />
                  {form.outcomes.length > 1 ? (
                    <button
                      type="button"
                      className="button button--quiet button--small"
                      onClick={() => setForm((f) => ({ ...f, outcomes: f.outcomes.filter((_, i) => i !== index) }))}
                    >
                      Remove outcome {index + 1}
                    </button>
                  ) : null}
                </fieldset>
              </li>
            );
          })}
        </ol>
        <button
          type="button"
          className="button button--quiet"
          data-testid="add-outcome"
          onClick={() => setForm((f) => ({ ...f, outcomes: [...f.outcomes, emptyOutcome()] }))}
        >
          Add an outcome
        </button>
      </fieldset>

      <fieldset className="case-study-editor__group">
        <legend>Links (optional)</legend>
        {form.links.map((link, index) => (
          <div key={index} className="case-study-editor__row">
            <TextField
              label={`Link ${index + 1} label`}
              name={`links[${index}].label`}
              value={link.label}
              error={errors[`links[${index}].label`]}
              onChange={(e) =>
                setForm((f) => ({ ...f, links: f.links.map((l, i) => (i === index ? { ...l, label: e.target.value } : l)) }))
              }
            />
            <TextField
              label={`Link ${index + 1} address`}
              name={`links[${index}].url`}
              type="url"
              value={link.url}
              error={errors[`links[${index}].url`]}
              onChange={(e) => setForm((f) => ({ ...f, links: f.links.map((l, i) => (i === index ? { ...l, url: e.target.value } : l)) }))}
            />
          </div>
        ))}
        <button
          type="button"
          className="button button--quiet"
          onClick={() => setForm((f) => ({ ...f, links: [...f.links, { label: '', url: '' }] }))}
        >
          Add a link (white paper, slides, talk)
        </button>
      </fieldset>

      <div className="case-study-editor__actions">
        <button type="submit" className="button" disabled={saving} data-testid="save-case-study">
          {saving ? 'Saving…' : published ? 'Save changes' : 'Save draft'}
        </button>
      </div>
    </form>
  );
}
