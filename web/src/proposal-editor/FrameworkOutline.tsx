import { type DocumentDiff, type FrameworkDocument, categoriesInOrder, findCategory } from '@ocmf/standard';
import { Badge } from '../ui/Badge';
import './proposal-editor.css';

type FrameworkOutlineProps = { before: FrameworkDocument; after: FrameworkDocument; diff: DocumentDiff };

/** The framework as the changes would leave it: categories with their Focus %, measures marked new, changed, moved or retired. */
export function FrameworkOutline({ before, after, diff }: FrameworkOutlineProps) {
  const added = new Set(diff.measures.added.map((m) => m.key));
  const changed = new Set(diff.measures.changed.map((m) => m.key));
  const moved = new Set(diff.measures.moved.map((m) => m.key));
  const retired = new Set(diff.measures.retired.map((m) => m.key));
  const newCategories = new Set(diff.categories.added.map((c) => c.key));
  const changedCategories = new Set(diff.categories.changed.map((c) => c.key));
  return (
    <div className="framework-outline" data-testid="framework-outline">
      {categoriesInOrder(after).map((category) => {
        const was = findCategory(before, category.key);
        const measures = after.measures.filter((m) => m.categoryKey === category.key);
        return (
          <section key={category.key} className="framework-outline__category" aria-labelledby={`outline-${category.key}`}>
            <h3 id={`outline-${category.key}`} className="framework-outline__title">
              {category.name}{' '}
              <span className="framework-outline__focus">
                Focus {was && was.focusPercent !== category.focusPercent ? <del>{was.focusPercent}%</del> : null}{' '}
                {was && was.focusPercent !== category.focusPercent ? <ins>{category.focusPercent}%</ins> : `${category.focusPercent}%`}
              </span>{' '}
              {newCategories.has(category.key) ? <Badge tone="positive">New</Badge> : null}
              {changedCategories.has(category.key) ? <Badge tone="info">Changed</Badge> : null}
            </h3>
            {measures.length > 0 ? (
              <ul className="framework-outline__measures">
                {measures.map((measure) => (
                  <li key={measure.key} className={measure.status === 'RETIRED' ? 'framework-outline__retired' : undefined}>
                    {measure.name} {added.has(measure.key) ? <Badge tone="positive">New</Badge> : null}
                    {changed.has(measure.key) ? <Badge tone="info">Changed</Badge> : null}
                    {moved.has(measure.key) ? <Badge tone="info">Moved here</Badge> : null}
                    {retired.has(measure.key) ? <Badge tone="neutral">Retired</Badge> : null}
                    {measure.status === 'RETIRED' && !retired.has(measure.key) ? <span className="muted"> (retired)</span> : null}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">No measures.</p>
            )}
          </section>
        );
      })}
    </div>
  );
}
