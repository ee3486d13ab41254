import type { AssessmentAnswers, Tracking, Usage } from '@ocmf/standard';

/** A saved assessment's answers as the API returns them. */
type AnswersView = {
  timeSplit: readonly { categoryKey: string; percent: number }[];
  answers: readonly { measureKey: string; tracking: Tracking; usage?: Usage | null; currentValue?: number | null }[];
  otherMeasures: readonly string[];
};

/** The answers of a saved assessment as `@ocmf/standard` takes them (to score, check or export them). */
export function answersOf(view: AnswersView): AssessmentAnswers {
  return {
    timeSplit: view.timeSplit.map(({ categoryKey, percent }) => ({ categoryKey, percent })),
    answers: view.answers.map((a) => ({
      measureKey: a.measureKey,
      tracking: a.tracking,
      usage: a.usage ?? null,
      currentValue: a.currentValue ?? null,
    })),
    otherMeasures: [...view.otherMeasures],
  };
}

/** The sign-in page, coming back to `path` afterwards. */
export const signInHref = (path: string) => `/sign-in?next=${encodeURIComponent(path)}`;
