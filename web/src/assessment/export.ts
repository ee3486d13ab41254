import { type AssessmentAnswers, assessmentCsv, type FrameworkDocument } from '@ocmf/standard';

/** The name of an assessment's CSV file, e.g. ocmf-self-assessment-v1.0.0-2026-03-22.csv. */
export function csvFileName(version: string, date: Date): string {
  return `ocmf-self-assessment-v${version}-${date.toISOString().slice(0, 10)}.csv`;
}

/**
 * Saves the answers and results as a CSV file, made in the browser (so an anonymous assessment is exported
 * without sending anything anywhere).
 */
export function downloadCsv(doc: FrameworkDocument, version: string, answers: AssessmentAnswers, date: Date): void {
  const blob = new Blob([assessmentCsv(doc, version, answers)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = csvFileName(version, date);
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: some browsers start the download only after the click's event has run.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
