import type { CaseStudyIssue } from '@ocmf/standard';
import { CommonErrors, DomainError, type FieldIssue } from '../common/domain-error.js';

/** Issues of packages/standard about a case study, pointing into the mutation's input. */
export const inInput = (issues: readonly CaseStudyIssue[]): FieldIssue[] =>
  issues.map((issue) => ({ path: `input.${issue.path}`, message: issue.message, code: issue.code }));

export const CaseStudyErrors = {
  /** Unknown, or a draft of someone else's: the two look the same. */
  notFound: (path = 'id') =>
    new DomainError('CASE_STUDY_NOT_FOUND', 'There is no such case study.', [{ path, message: 'matches no case study' }]),
  invalid: (issues: FieldIssue[]) => CommonErrors.badInput(issues),
  notAuthor: () => new DomainError('FORBIDDEN', 'Only the author of a case study can edit or publish it.'),
  hidden: () => CommonErrors.invalidState('This case study is hidden by an editor and cannot be edited.'),
  alreadyPublished: () => CommonErrors.invalidState('This case study is published already.'),
  notPublished: (path: string) =>
    CommonErrors.badInput([{ path, message: 'is not a published case study: only published case studies can be evidence' }]),
  alreadyFlagged: () => new DomainError('ALREADY_FLAGGED', 'You have already flagged this case study; an editor will look at it.'),
  evidenceNotFound: () =>
    new DomainError('EVIDENCE_NOT_FOUND', 'There is no such evidence link.', [{ path: 'id', message: 'matches no evidence link' }]),
  evidenceClosed: (status: string) =>
    new DomainError('EVIDENCE_CLOSED', `Evidence can be linked while a proposal is in DISCUSSION or VOTING; this one is ${status}.`, [
      { path: 'input.proposalNumber', message: `is ${status}` },
    ]),
  alreadyLinked: () =>
    new DomainError('ALREADY_LINKED', 'This case study is linked to this proposal already.', [
      { path: 'input.caseStudyId', message: 'is linked to this proposal already' },
    ]),
  notYourEvidence: () => new DomainError('FORBIDDEN', 'Only the member who linked the evidence, or an editor, can remove it.'),
};
