import { type AssessmentAnswers, type FrameworkDocument, findCategory, findMeasure, scoreAssessment } from '@ocmf/standard';
import { type ReactNode, useMemo } from 'react';
import { Link } from 'react-router';
import type { FragmentType } from '../gql';
import { proposeMeasureHref } from '../proposal-editor/prefill';
import { BenchmarkPanel, type BenchmarkPanel_benchmark } from './BenchmarkPanel';
import { downloadCsv } from './export';
import { CoverageChart, TimeFocusChart, UsageChart } from './ResultCharts';

type AssessmentResultsProps = {
  document: FrameworkDocument;
  releaseVersion: string;
  answers: AssessmentAnswers;
  /** The release's community benchmark, when known. */
  benchmark?: FragmentType<typeof BenchmarkPanel_benchmark> | null;
  /** When the answers were given (the export's date); now for an assessment just taken. */
  takenAt?: string | null;
  /** Further actions next to export and print (retake, …). */
  actions?: ReactNode;
};

/**
 * The results of an assessment, scored in the browser by `@ocmf/standard` from the answers and the release (the
 * same code the API scores saved assessments with). It works on the standard's types rather than on GraphQL
 * fragments because an anonymous assessment has no GraphQL data at all: nothing of it leaves the browser.
 */
export function AssessmentResults({ document, releaseVersion, answers, benchmark, takenAt, actions }: AssessmentResultsProps) {
  const result = useMemo(() => scoreAssessment(document, answers), [document, answers]);
  const untracked = result.untrackedMeasureKeys.flatMap((key) => findMeasure(document, key) ?? []);
  return (
    <div className="assessment-results" data-testid="assessment-results">
      <div className="button-row result-actions no-print">
        <button
          type="button"
          className="button button--quiet"
          onClick={() => downloadCsv(document, releaseVersion, answers, takenAt ? new Date(takenAt) : new Date())}
        >
          Download CSV
        </button>
        <button type="button" className="button button--quiet" onClick={() => window.print()}>
          Print
        </button>
        {actions}
      </div>

      <section className="result-section" aria-labelledby="reading-title">
        <h2 id="reading-title">What your answers say</h2>
        <ul className="reading" data-testid="reading">
          {result.reading.map((sentence) => (
            <li key={sentence}>{sentence}</li>
          ))}
        </ul>
      </section>

      <section className="result-section" aria-labelledby="time-title">
        <h2 id="time-title">Where leadership time goes</h2>
        <p className="muted">Focus % is OCMF’s suggestion for the share of leadership time to spend on each category; it is not a score.</p>
        <TimeFocusChart categories={result.categories} />
      </section>

      <section className="result-section" aria-labelledby="coverage-title">
        <h2 id="coverage-title">Coverage of OCMF’s measures</h2>
        <CoverageChart categories={result.categories} />
      </section>

      <section className="result-section" aria-labelledby="usage-title">
        <h2 id="usage-title">Guiding, not grading</h2>
        <p className="muted">
          A good measurement system fosters learning and dialogue rather than control: measures are for guiding decisions, not for grading
          people.
        </p>
        <UsageChart result={result} />
      </section>

      {benchmark ? <BenchmarkPanel benchmark={benchmark} result={result} /> : null}

      <section className="result-section" aria-labelledby="next-title" data-testid="next-steps">
        <h2 id="next-title">Next steps: measures you do not track yet</h2>
        {untracked.length === 0 ? (
          <p>You track every OCMF measure that applies to you.</p>
        ) : (
          <ul className="next-steps">
            {untracked.map((measure) => (
              <li key={measure.key}>
                <h3>
                  <Link to={`/measures/${encodeURIComponent(measure.key)}`}>{measure.name}</Link>{' '}
                  <span className="muted">({findCategory(document, measure.categoryKey)?.name})</span>
                </h3>
                <p>{measure.definition}</p>
              </li>
            ))}
          </ul>
        )}
        <CaseStudiesSpot />
      </section>

      <section className="result-section" aria-labelledby="other-title" data-testid="other-measures">
        <h2 id="other-title">What else you measure</h2>
        {answers.otherMeasures.length === 0 ? (
          <p className="muted">You listed no other measures.</p>
        ) : (
          <>
            <p>Is each of these actionable? If one belongs in the framework, propose it: the proposal starts with the measure to add.</p>
            <ul className="other-measures">
              {answers.otherMeasures.map((name) => (
                <li key={name}>
                  <span>{name}</span>{' '}
                  <Link className="no-print" to={proposeMeasureHref(name)}>
                    Propose adding “{name}”
                  </Link>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </div>
  );
}

/**
 * Where case studies that used these measures will be linked, once case studies exist on the platform (a later
 * feature fills this in). Until then it says so, and links nothing.
 */
function CaseStudiesSpot() {
  return (
    <p className="case-studies-spot muted" data-testid="case-studies-spot">
      Case studies: when practitioners publish case studies of these measures in use, they will be linked here.
    </p>
  );
}
