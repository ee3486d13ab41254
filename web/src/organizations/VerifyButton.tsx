import { useState } from 'react';
import { describeError } from '../ui/graphql-errors';
import { useVerifyOrganizationMutation } from './useVerifyOrganizationMutation';

/** Administrators: mark the organisation verified. */
export function VerifyButton({ organizationId }: { organizationId: string }) {
  const { verify, loading } = useVerifyOrganizationMutation();
  const [status, setStatus] = useState('');
  const run = async () => {
    setStatus('');
    try {
      await verify(organizationId);
      setStatus('Verified.');
    } catch (failure) {
      setStatus(describeError(failure).message);
    }
  };
  return (
    <div className="button-row">
      <button type="button" className="button button--small" disabled={loading} onClick={() => void run()}>
        Mark verified
      </button>
      <p className="status-message" role="status">
        {status}
      </p>
    </div>
  );
}
