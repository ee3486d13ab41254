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
  current: {
    releaseVersion: string | null;
    measures: readonly { measureKey: string; status: ImplementationStatus; note?: string | null; link?: string | null }[];
  };
};

const NO_ERRORS: FormErrors = { form: null, fields: {} };

/** Owners declare the release a product implements and, per measure, how far. */
export function ReportEditor({ productId, versions, current }: Props) {
  const [version, setVersion] = useState(current.releaseVersion ?? versions[0] ?? 'latest');
  const { data } = useSuspenseQuery(ReportEditorQuery, { variables: { version } });
  const [statuses, setStatuses] = useState<Record<string, ImplementationStatus | ''>>(() =>
    Object.fromEntries(current.measures.map((m) => [m.measureKey, m.status])),
  );
  // The optional note and documentation link of each measure, as typed.
  const [details, setDetails] = useState<Record<string, { note: string; link: string }>>(() =>
    Object.fromEntries(current.measures.map((m) => [m.measureKey, { note: m.note ?? '', link: m.link ?? '' }])),
  );
  const detailOf = (key: string) => details[key] ?? { note: '', link: '' };
  const setDetail = (key: string, field: 'note' | 'link', value: string) =>
    setDetails({ ...details, [key]: { ...detailOf(key), [field]: value } });
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
          const { note, link } = detailOf(m.key);
          return value ? [{ measureKey: m.key, status: value, note: note.trim() || null, link: link.trim() || null }] : [];
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
      <div className="report-table-scroll">
        <table className="report-table">
          <caption className="visually-hidden">Status of each measure of {data.release.version}</caption>
          <thead>
            <tr>
              <th scope="col">Measure</th>
              <th scope="col">Status</th>
              <th scope="col">Note (optional)</th>
              <th scope="col">Documentation link (optional)</th>
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
                <td>
                  <input
                    type="text"
                    aria-label={`Note on ${measure.name}`}
                    name={`note-${measure.key}`}
                    value={detailOf(measure.key).note}
                    onChange={(e) => setDetail(measure.key, 'note', e.target.value)}
                  />
                </td>
                <td>
                  <input
                    type="url"
                    aria-label={`Documentation link for ${measure.name}`}
                    name={`link-${measure.key}`}
                    placeholder="https://"
                    value={detailOf(measure.key).link}
                    onChange={(e) => setDetail(measure.key, 'link', e.target.value)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
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
