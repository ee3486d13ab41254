import type { AssessmentIssue } from '@ocmf/standard';
import { CommonErrors, DomainError, type FieldIssue } from '../common/domain-error.js';

/** An issue of packages/standard about the answers, pointing into the mutation's input (or the saved answers). */
const located = (issues: readonly AssessmentIssue[], prefix: string | null): FieldIssue[] =>
  issues.map((issue) => ({ path: prefix ? `${prefix}.${issue.path}` : issue.path, message: issue.message, code: issue.code }));

export const AssessmentErrors = {
  /** Unknown, or someone else's: the two look the same, so an id reveals nothing. */
  notFound: (path = 'id') =>
    new DomainError('ASSESSMENT_NOT_FOUND', 'There is no such assessment of yours.', [{ path, message: 'matches no assessment of yours' }]),
  shareNotFound: () =>
    new DomainError('ASSESSMENT_SHARE_NOT_FOUND', 'This share link does not work: it was never valid, or its owner revoked it.', [
      { path: 'token', message: 'matches no shared assessment' },
    ]),
  unknownRelease: (version: string, published: string[]) =>
    CommonErrors.badInput([
      {
        path: 'input.releaseVersion',
        message:
          published.length > 0
            ? `matches no published release (there is no ${version}; published: ${published.join(', ')})`
            : 'matches no published release: nothing has been published yet',
      },
    ]),
  invalidAnswers: (issues: readonly AssessmentIssue[]) => CommonErrors.badInput(located(issues, 'input')),
  tooMany: (path: string, most: number) => CommonErrors.badInput([{ path, message: `must hold at most ${most} entries` }]),
  incomplete: (issues: readonly AssessmentIssue[]) =>
    new DomainError(
      'ASSESSMENT_INCOMPLETE',
      `The assessment cannot be completed yet: ${issues.map((issue) => issue.message).join(' ')}`,
      located(issues, null),
    ),
  completed: (action: string) =>
    CommonErrors.invalidState(`This assessment is completed, so it cannot be ${action}. Retake it to answer again.`),
  notCompleted: (action: string) => CommonErrors.invalidState(`Complete the assessment before you ${action}.`),
  alreadyContributed: (version: string) =>
    new DomainError(
      'ALREADY_CONTRIBUTED',
      `Your account has already contributed an assessment of release ${version} to the benchmark; each account counts once per release.`,
    ),
};
