import {
  type Category,
  type DocumentDiff,
  type FieldChange,
  type FrameworkDocument,
  type Measure,
  findCategory,
  findMeasure,
  isEmptyDiff,
} from '@ocmf/standard';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Badge, type BadgeTone } from '../ui/Badge';
import { fieldLabel, formatFieldValue } from './change-labels';
import { ValueChange, WordDiff } from './WordDiff';
import './proposals.css';

type DocumentDiffViewProps = {
  diff: DocumentDiff;
  /** The documents the diff is between, to name categories. */
  before: FrameworkDocument;
  after: FrameworkDocument;
  headingLevel: 3 | 4;
  /** What to say when nothing changed. */
  emptyMessage?: string;
};

const MEASURE_FIELDS = ['categoryKey', 'audience', 'definition', 'formula', 'unit', 'direction', 'status', 'aliases', 'notes'] as const;

/** A readable diff between two framework documents: what was added, retired, moved and changed, field by field. */
export function DocumentDiffView({
  diff,
  before,
  after,
  headingLevel,
  emptyMessage = 'No change to the framework.',
}: DocumentDiffViewProps) {
  const Heading = `h${headingLevel}` as const;
  if (isEmptyDiff(diff)) return <p className="muted">{emptyMessage}</p>;
  const categoryName = (key: string) => findCategory(after, key)?.name ?? findCategory(before, key)?.name ?? key;
  return (
    <div className="doc-diff" data-testid="document-diff">
      {diff.categories.added.map((category) => (
        <DiffEntry
          key={`category-added-${category.key}`}
          variant="added"
          testId="diff-category-added"
          heading={Heading}
          badge="New category"
          tone="positive"
          name={category.name}
        >
          <NewCategoryFields category={category} />
        </DiffEntry>
      ))}
      {diff.categories.changed.map((entry) => (
        <DiffEntry
          key={`category-changed-${entry.key}`}
          testId="diff-category-changed"
          heading={Heading}
          badge="Changed category"
          tone="info"
          name={entry.name}
        >
          <FieldChanges fields={entry.fields} doc={after} />
        </DiffEntry>
      ))}
      {diff.measures.added.map((measure) => (
        <DiffEntry
          key={`measure-added-${measure.key}`}
          variant="added"
          testId="diff-measure-added"
          heading={Heading}
          badge="New measure"
          tone="positive"
          name={measure.name}
        >
          <NewMeasureFields measure={measure} doc={after} />
        </DiffEntry>
      ))}
      {diff.measures.changed.map((entry) => (
        <DiffEntry
          key={`measure-changed-${entry.key}`}
          testId="diff-measure-changed"
          heading={Heading}
          badge="Changed measure"
          tone="info"
          name={entry.name}
          to={`/measures/${encodeURIComponent(entry.key)}`}
        >
          <FieldChanges fields={entry.fields} doc={after} />
        </DiffEntry>
      ))}
      {diff.measures.moved.map((move) => (
        <DiffEntry
          key={`measure-moved-${move.key}`}
          testId="diff-measure-moved"
          heading={Heading}
          badge="Moved measure"
          tone="info"
          name={move.name}
          to={`/measures/${encodeURIComponent(move.key)}`}
        >
          <p className="diff-entry__line">
            Category: <ValueChange before={categoryName(move.from)} after={categoryName(move.to)} />
          </p>
        </DiffEntry>
      ))}
      {diff.measures.retired.map((measure) => (
        <DiffEntry
          key={`measure-retired-${measure.key}`}
          variant="removed"
          testId="diff-measure-retired"
          heading={Heading}
          badge="Retired measure"
          tone="neutral"
          name={measure.name}
          to={`/measures/${encodeURIComponent(measure.key)}`}
        >
          <p className="diff-entry__line">No longer suggested; it stays in the framework so that history and references still resolve.</p>
          {measure.replacedBy ? (
            <p className="diff-entry__line" data-testid="diff-measure-replaced-by">
              Replaced by{' '}
              <Link to={`/measures/${encodeURIComponent(measure.replacedBy)}`}>
                {findMeasure(after, measure.replacedBy)?.name ?? measure.replacedBy}
              </Link>
            </p>
          ) : null}
        </DiffEntry>
      ))}
      {[...diff.measures.removed, ...diff.categories.removed].map((entity) => (
        <DiffEntry key={`removed-${entity.key}`} variant="removed" heading={Heading} badge="Removed" tone="negative" name={entity.name} />
      ))}
      {diff.focus.length > 0 ? (
        <DiffEntry testId="diff-focus" heading={Heading} badge="Focus %" tone="info" name="Share of leadership time">
          <table className="diff-focus-table">
            <thead>
              <tr>
                <th scope="col">Category</th>
                <th scope="col" className="numeric">
                  Before
                </th>
                <th scope="col" className="numeric">
                  After
                </th>
                <th scope="col" className="numeric">
                  Change
                </th>
              </tr>
            </thead>
            <tbody>
              {diff.focus.map((change) => (
                <tr key={change.categoryKey} data-testid={`focus-change-${change.categoryKey}`}>
                  <th scope="row">{categoryName(change.categoryKey)}</th>
                  <td className="numeric">
                    <del>{change.before}%</del>
                  </td>
                  <td className="numeric">
                    <ins>{change.after}%</ins>
                  </td>
                  <td className="numeric">{signed(change.after - change.before)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </DiffEntry>
      ) : null}
    </div>
  );
}

/** +5, −5 (with a real minus sign) and 0: the change in percentage points. */
function signed(points: number): string {
  if (points > 0) return `+${points}`;
  if (points < 0) return `−${Math.abs(points)}`;
  return '0';
}

function FieldChanges({ fields, doc }: { fields: FieldChange[]; doc: FrameworkDocument }) {
  return (
    <dl className="diff-fields">
      {fields.map((change) => (
        <div key={change.path}>
          <dt>{fieldLabel(change.field)}</dt>
          <dd>
            {change.words ? (
              <WordDiff parts={change.words} />
            ) : (
              <ValueChange
                before={formatFieldValue(change.field, change.before, doc)}
                after={formatFieldValue(change.field, change.after, doc)}
              />
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function NewMeasureFields({ measure, doc }: { measure: Measure; doc: FrameworkDocument }) {
  return (
    <dl className="diff-fields">
      <div>
        <dt>{fieldLabel('key')}</dt>
        <dd>
          <code>{measure.key}</code>
        </dd>
      </div>
      {MEASURE_FIELDS.map((field) => (
        <div key={field}>
          <dt>{fieldLabel(field)}</dt>
          <dd>{formatFieldValue(field, measure[field], doc)}</dd>
        </div>
      ))}
    </dl>
  );
}

function NewCategoryFields({ category }: { category: Category }) {
  return (
    <dl className="diff-fields">
      <div>
        <dt>{fieldLabel('key')}</dt>
        <dd>
          <code>{category.key}</code>
        </dd>
      </div>
      <div>
        <dt>{fieldLabel('description')}</dt>
        <dd>{category.description}</dd>
      </div>
      <div>
        <dt>{fieldLabel('position')}</dt>
        <dd>{category.position}</dd>
      </div>
      <div>
        <dt>{fieldLabel('focusPercent')}</dt>
        <dd>{category.focusPercent}%</dd>
      </div>
    </dl>
  );
}

type DiffEntryProps = {
  /** Added entries have a green edge, removed and retired ones a dashed grey one. */
  variant?: 'added' | 'removed';
  testId?: string;
  heading: 'h3' | 'h4';
  badge: string;
  tone: BadgeTone;
  name: string;
  /** The page of the measure or category, for one that exists (a new one has none yet). */
  to?: string;
  children?: ReactNode;
};

/** One thing the diff found: a badge saying what happened, the name of what it happened to, and the details. */
function DiffEntry({ variant, testId, heading: Heading, badge, tone, name, to, children }: DiffEntryProps) {
  return (
    <section className={`diff-entry${variant ? ` diff-entry--${variant}` : ''}`} data-testid={testId}>
      <Heading className="diff-entry__title">
        <Badge tone={tone}>{badge}</Badge> {to ? <Link to={to}>{name}</Link> : name}
      </Heading>
      {children}
    </section>
  );
}
