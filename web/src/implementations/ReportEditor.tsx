import { useSuspenseQuery } from '@apollo/client/react';
import { IMPLEMENTATION_STATUS_LABELS, IMPLEMENTATION_STATUSES, type ImplementationStatus } from '@ocmf/standard';
import { type FormEvent, useState } from 'react';
import { graphql } from '../gql';
import { FormErrorSummary } from '../ui/FormErrorSummary';
import { type FormErrors, toFormErrors } from '../ui/graphql-errors';
import { SelectField } from '../ui/SelectField';
import { useSaveImplementationReportMutation } from './useSaveImplementationReportMutation';

export const ReportEditorQuery = graphql(`
  query ReportEditor($version: String!) {
    release(version: $version) {
      version
      measures {
        key
        name
        status
      }
    }
  }
`);

type Props = {
  productId: string;
  versions: readonly string[];
  current: { releaseVersion: string | null; measures: readonly { measureKey: string; status: ImplementationStatus }[] };
};

const NO_ERRORS: FormErrors = { form: null, fields: {} };

/** Owners declare the release a product implements and, per measure, how far. */
export function ReportEditor({ productId, versions, current }: Props) {
  const [version, setVersion] = useState(current.releaseVersion ?? versions[0] ?? 'latest');
  const { data } = useSuspenseQuery(ReportEditorQuery, { variables: { version } });
  const [statuses, setStatuses] = useState<Record<string, ImplementationStatus | ''>>(() =>
    Object.fromEntries(current.measures.map((m) => [m.measureKey, m.status])),
  );
  const { saveReport, loading } = useSaveImplementationReportMutation();
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [status, setStatus] = useState('');
  const measures = data.release.measures.filter((m) => m.status !== 'RETIRED');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors(NO_ERRORS);
    setStatus('');
    try {
      await saveReport({
        productId,
        releaseVersion: version,
        measures: measures.flatMap((m) => {
          const value = statuses[m.key];
          return value ? [{ measureKey: m.key, status: value }] : [];
        }),
      });
      setStatus(`Saved: the product implements ${version}.`);
    } catch (failure) {
      setErrors(toFormErrors(failure, { releaseVersion: 'Release' }));
    }
  };

  return (
    <form className="form" onSubmit={(event) => void submit(event)} aria-labelledby="report-title" noValidate data-testid="report-editor">
      <h2 id="report-title">Implementation report</h2>
      <FormErrorSummary message={errors.form} />
      <SelectField
        label="Release implemented"
        name="releaseVersion"
        value={version}
        options={versions.map((v) => ({ value: v, label: v }))}
        onChange={(e) => setVersion(e.target.value)}
        error={errors.fields.releaseVersion}
      />
      <table className="report-table">
        <caption className="visually-hidden">Status of each measure of {data.release.version}</caption>
        <thead>
          <tr>
            <th scope="col">Measure</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {measures.map((measure) => (
            <tr key={measure.key}>
              <th scope="row">
                <label htmlFor={`status-${measure.key}`}>{measure.name}</label>
              </th>
              <td>
                <select
                  id={`status-${measure.key}`}
                  name={`status-${measure.key}`}
                  value={statuses[measure.key] ?? ''}
                  onChange={(e) =>
                    setStatuses({ ...statuses, [measure.key]: IMPLEMENTATION_STATUSES.find((s) => s === e.target.value) ?? '' })
                  }
                >
                  <option value="">Not reported</option>
                  {IMPLEMENTATION_STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {IMPLEMENTATION_STATUS_LABELS[s]}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="button-row">
        <button type="submit" className="button" disabled={loading}>
          {loading ? 'Saving…' : 'Save report'}
        </button>
      </div>
      <p className="status-message" role="status">
        {status}
      </p>
    </form>
  );
}
