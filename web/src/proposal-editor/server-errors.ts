import { describeError, errorCode, fieldIssuesOf } from '../ui/graphql-errors';
import { type Issue, normalizeIssuePath } from './issue-paths';

const FORM_FIELD_LABELS: Record<string, string> = { title: 'The title', summary: 'The summary', changes: 'The change set' };

/**
 * A failed save as the editor shows it: the API's field issues (placed like the editor's own), phrased as
 * sentences, and a message for the form when the failure is not about fields (not allowed, network…).
 */
export function saveFailure(error: unknown): { issues: Issue[]; message: string | null } {
  const issues = fieldIssuesOf(error).map((issue) => {
    const label = FORM_FIELD_LABELS[normalizeIssuePath(issue.path)];
    return { path: issue.path, message: label ? `${label} ${issue.message}.`.replace(/\.\.$/, '.') : issue.message };
  });
  const code = errorCode(error);
  const aboutFields = (code === 'BAD_USER_INPUT' || code === 'INVALID_CHANGES') && issues.length > 0;
  return { issues, message: aboutFields ? null : describeError(error).message };
}
