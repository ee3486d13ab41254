import { type FormEvent, useState } from 'react';
import { type FragmentType, graphql, useFragment } from '../gql';
import type { ApiTokenScope } from '../gql/graphql';
import { FormErrorSummary } from '../ui/FormErrorSummary';
import { formatDateTime } from '../ui/format';
import { describeError, type FormErrors, toFormErrors } from '../ui/graphql-errors';
import { SelectField } from '../ui/SelectField';
import { TextField } from '../ui/TextField';
import { expiryFromDate } from './developer-form';
import { ShownOnce } from './ShownOnce';
import { useCreateApiTokenMutation } from './useCreateApiTokenMutation';
import { useRevokeApiTokenMutation } from './useRevokeApiTokenMutation';

export const ApiTokenRow_token = graphql(`
  fragment ApiTokenRow_token on ApiToken {
    id
    name
    scope
    createdAt
    expiresAt
    lastUsedAt
  }
`);

const SCOPE_LABELS: Record<ApiTokenScope, string> = { READ: 'Read only', READ_WRITE: 'Read and write' };
const NO_ERRORS: FormErrors = { form: null, fields: {} };

/** API tokens for scripts: create one (shown once), see when each was last used, revoke. */
export function ApiTokensSection(props: { tokens: readonly FragmentType<typeof ApiTokenRow_token>[] }) {
  const tokens = useFragment(ApiTokenRow_token, props.tokens);
  const { createApiToken, loading: creating } = useCreateApiTokenMutation();
  const { revokeApiToken, loading: revoking } = useRevokeApiTokenMutation();
  const [name, setName] = useState('');
  const [scope, setScope] = useState<ApiTokenScope>('READ_WRITE');
  const [expiry, setExpiry] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const [status, setStatus] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const expiresAt = expiryFromDate(expiry);
    if (!expiresAt) {
      setErrors({ form: 'Please correct the highlighted fields.', fields: { expiresAt: 'Expires must be a date.' } });
      return;
    }
    setErrors(NO_ERRORS);
    try {
      const token = await createApiToken({ name, scope, ...expiresAt });
      setCreated({ name, token });
      setName('');
      setExpiry('');
    } catch (failure) {
      setErrors(toFormErrors(failure, { name: 'Name', expiresAt: 'Expires' }, ''));
    }
  };

  const revoke = async (id: string, tokenName: string) => {
    setStatus('');
    try {
      await revokeApiToken(id);
      if (created?.name === tokenName) setCreated(null);
      setStatus(`“${tokenName}” was revoked: requests sending it are refused from now on.`);
    } catch (failure) {
      setStatus(describeError(failure).message);
    }
  };

  return (
    <section className="developer-section" aria-labelledby="tokens-title" data-testid="api-tokens">
      <h2 id="tokens-title">API tokens</h2>
      <p>
        A script sends a token as <code>Authorization: Bearer ocmf_…</code> to <code>/graphql</code>, or as{' '}
        <code>{'{ "authorization": "Bearer ocmf_…" }'}</code> in a subscription&rsquo;s connection parameters. It acts as you, within its
        scope. Only a hash of it is kept, so it is shown once.
      </p>

      {created ? (
        <ShownOnce
          label={`Token “${created.name}”`}
          value={created.token}
          note="Copy it now: it will not be shown again. Anyone holding it can act as you."
          testId="created-token"
        />
      ) : null}

      <form className="form developer-form" onSubmit={(event) => void submit(event)} aria-labelledby="token-form-title" noValidate>
        <h3 id="token-form-title">New token</h3>
        <FormErrorSummary message={errors.form} />
        <TextField
          label="Name"
          name="name"
          hint="What it is for, e.g. “CRM sync”."
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={errors.fields.name}
          required
          maxLength={100}
        />
        <SelectField
          label="Scope"
          name="scope"
          value={scope}
          options={[
            { value: 'READ_WRITE', label: `${SCOPE_LABELS.READ_WRITE}: queries and mutations` },
            { value: 'READ', label: `${SCOPE_LABELS.READ}: queries and subscriptions` },
          ]}
          onChange={(e) => setScope(e.target.value === 'READ' ? 'READ' : 'READ_WRITE')}
        />
        <TextField
          label="Expires"
          name="expiresAt"
          type="date"
          hint="Optional: the last day it works (UTC)."
          value={expiry}
          onChange={(e) => setExpiry(e.target.value)}
          error={errors.fields.expiresAt}
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={creating}>
            {creating ? 'Creating…' : 'Create token'}
          </button>
        </div>
      </form>

      <h3>Your tokens</h3>
      {tokens.length === 0 ? (
        <p className="muted">You have no API token.</p>
      ) : (
        <ul className="developer-list" data-testid="token-list">
          {tokens.map((token) => (
            <li key={token.id} className="developer-list__item" data-testid="token">
              <div>
                <p className="developer-list__title">{token.name}</p>
                <p className="muted">
                  {SCOPE_LABELS[token.scope]} · created {formatDateTime(token.createdAt)} ·{' '}
                  {token.lastUsedAt ? `last used ${formatDateTime(token.lastUsedAt)}` : 'never used'}
                  {token.expiresAt ? ` · expires ${formatDateTime(token.expiresAt)}` : ''}
                </p>
              </div>
              <button
                type="button"
                className="button button--danger button--small"
                disabled={revoking}
                onClick={() => void revoke(token.id, token.name)}
              >
                Revoke<span className="visually-hidden"> “{token.name}”</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="status-message" role="status">
        {status}
      </p>
    </section>
  );
}
