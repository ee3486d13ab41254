import {
  type Category,
  type DocumentDiff,
  type FieldChange,
  type FrameworkDocument,
  type Measure,
  findCategory,
  isEmptyDiff,
} from '@ocmf/standard';
import { Badge } from '../ui/Badge';
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
        <section key={`category-added-${category.key}`} className="diff-entry diff-entry--added" data-testid="diff-category-added">
          <Heading className="diff-entry__title">
            <Badge tone="positive">New category</Badge> {category.name}
          </Heading>
          <NewCategoryFields category={category} />
        </section>
      ))}
      {diff.categories.changed.map((entry) => (
        <section key={`category-changed-${entry.key}`} className="diff-entry" data-testid="diff-category-changed">
          <Heading className="diff-entry__title">
            <Badge tone="info">Changed category</Badge> {entry.name}
          </Heading>
          <FieldChanges fields={entry.fields} doc={after} />
        </section>
      ))}
      {diff.measures.added.map((measure) => (
        <section key={`measure-added-${measure.key}`} className="diff-entry diff-entry--added" data-testid="diff-measure-added">
          <Heading className="diff-entry__title">
            <Badge tone="positive">New measure</Badge> {measure.name}
          </Heading>
          <NewMeasureFields measure={measure} doc={after} />
        </section>
      ))}
      {diff.measures.changed.map((entry) => (
        <section key={`measure-changed-${entry.key}`} className="diff-entry" data-testid="diff-measure-changed">
          <Heading className="diff-entry__title">
            <Badge tone="info">Changed measure</Badge> {entry.name}
          </Heading>
          <FieldChanges fields={entry.fields} doc={after} />
        </section>
      ))}
      {diff.measures.moved.map((move) => (
        <section key={`measure-moved-${move.key}`} className="diff-entry" data-testid="diff-measure-moved">
          <Heading className="diff-entry__title">
            <Badge tone="info">Moved measure</Badge> {move.name}
          </Heading>
          <p className="diff-entry__line">
            Category: <ValueChange before={categoryName(move.from)} after={categoryName(move.to)} />
          </p>
        </section>
      ))}
      {diff.measures.retired.map((measure) => (
        <section key={`measure-retired-${measure.key}`} className="diff-entry diff-entry--removed" data-testid="diff-measure-retired">
          <Heading className="diff-entry__title">
            <Badge tone="neutral">Retired measure</Badge> {measure.name}
          </Heading>
          <p className="diff-entry__line">No longer suggested; it stays in the framework so that history and references still resolve.</p>
        </section>
      ))}
      {[...diff.measures.removed, ...diff.categories.removed].map((entity) => (
        <section key={`removed-${entity.key}`} className="diff-entry diff-entry--removed">
          <Heading className="diff-entry__title">
            <Badge tone="negative">Removed</Badge> {entity.name}
          </Heading>
        </section>
      ))}
      {diff.focus.length > 0 ? (
        <section className="diff-entry" data-testid="diff-focus">
          <Heading className="diff-entry__title">
            <Badge tone="info">Focus %</Badge> Share of leadership time
          </Heading>
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
        </section>
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
