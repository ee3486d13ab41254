import { useQuery } from '@apollo/client/react';
import { type KeyboardEvent, type Ref, useDeferredValue, useId, useRef, useState } from 'react';
import { graphql } from '../gql';
import { Field } from './Field';
import { describedBy, fieldIds } from './field-ids';
import { ServerHtml } from './ServerHtml';

const MarkdownPreviewQuery = graphql(`
  query MarkdownPreview($source: String!) {
    markdownPreview(source: $source)
  }
`);

type MarkdownFieldProps = {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  id?: string;
  hint?: string;
  error?: string;
  rows?: number;
  required?: boolean;
  maxLength?: number;
  ref?: Ref<HTMLTextAreaElement>;
};

type Tab = 'write' | 'preview';

const TABS: readonly { tab: Tab; label: string }[] = [
  { tab: 'write', label: 'Write' },
  { tab: 'preview', label: 'Preview' },
];

/**
 * A Markdown textarea with Write and Preview tabs (the WAI-ARIA tabs pattern: arrow keys move between tabs).
 * The preview is rendered by the API's one Markdown renderer and sanitizer, exactly as the text will show once saved.
 */
export function MarkdownField({
  label,
  name,
  value,
  onChange,
  id: givenId,
  hint,
  error,
  rows = 8,
  required,
  maxLength,
  ref,
}: MarkdownFieldProps) {
  const ids = fieldIds(useId(), givenId, hint, error);
  const [tab, setTab] = useState<Tab>('write');
  const writeTab = useRef<HTMLButtonElement>(null);
  const previewTab = useRef<HTMLButtonElement>(null);

  const select = (next: Tab) => {
    setTab(next);
    (next === 'write' ? writeTab : previewTab).current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) {
      event.preventDefault();
      if (event.key === 'Home') select('write');
      else if (event.key === 'End') select('preview');
      else select(tab === 'write' ? 'preview' : 'write');
    }
  };

  return (
    <Field ids={ids} label={label} name={name} hint={hint} error={error} className="markdown-field" labelId={`${ids.id}-label`}>
      <div className="markdown-field__tabs" role="tablist" aria-label={`${label}: write or preview`}>
        {TABS.map(({ tab: each, label: tabLabel }) => (
          <button
            key={each}
            ref={each === 'write' ? writeTab : previewTab}
            type="button"
            role="tab"
            id={`${ids.id}-${each}-tab`}
            aria-selected={tab === each}
            aria-controls={`${ids.id}-${each}`}
            tabIndex={tab === each ? 0 : -1}
            onClick={() => setTab(each)}
            onKeyDown={onKeyDown}
          >
            {tabLabel}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${ids.id}-write`} aria-labelledby={`${ids.id}-write-tab`} hidden={tab !== 'write'}>
        <textarea
          ref={ref}
          id={ids.id}
          name={name}
          rows={rows}
          value={value}
          required={required}
          maxLength={maxLength}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(ids)}
        />
      </div>
      <div
        role="tabpanel"
        id={`${ids.id}-preview`}
        aria-labelledby={`${ids.id}-preview-tab`}
        hidden={tab !== 'preview'}
        className="markdown-field__preview"
        tabIndex={0}
        data-testid={`${name}-preview`}
      >
        {tab === 'preview' ? <Preview source={value} /> : null}
      </div>
    </Field>
  );
}

function Preview({ source }: { source: string }) {
  const deferred = useDeferredValue(source);
  const blank = deferred.trim() === '';
  const { data, previousData, error } = useQuery(MarkdownPreviewQuery, { variables: { source: deferred }, skip: blank });
  if (blank) return <p className="muted">Nothing to preview yet.</p>;
  if (error) return <p className="muted">The preview could not be rendered ({error.message}). Your text is kept.</p>;
  const html = (data ?? previousData)?.markdownPreview;
  if (html === undefined) return <p className="muted">Rendering the preview…</p>;
  return <ServerHtml html={html} />;
}
