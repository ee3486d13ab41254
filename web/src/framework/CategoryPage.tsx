import { useSuspenseQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { caseStudiesHref } from '../case-studies/case-study-filters';
import { graphql } from '../gql';
import { pluralize } from '../ui/format';
import { Breadcrumbs } from '../ui/Breadcrumbs';
import { ErrorState } from '../ui/ErrorState';
import { LoadingState } from '../ui/LoadingState';
import { NotFoundState } from '../ui/NotFoundState';
import { type QueryFailure, useRetryKey } from '../ui/QueryBoundary';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { proposalsHref } from '../proposals/proposal-filters';
import { BreakableName } from '../ui/BreakableName';
import { proposeCategoryChangeHref } from '../proposal-editor/prefill';
import { AudienceColumns } from './AudienceColumns';
import { accentStyle, categoryColorIndex } from './focus';
import './framework.css';
import { FollowButton } from '../follows/FollowButton';

// The schema has no `category(key)` field, so the page reads the draft's categories and picks its own.
export const CategoryQuery = graphql(`
  query Category {
    draft {
      categories {
        key
        name
        description
        focusPercent
        caseStudyCount
        ...AudienceColumns_category
      }
    }
  }
`);

export function CategoryPage() {
  const { key = '' } = useParams();
  const { data } = useSuspenseQuery(CategoryQuery, { queryKey: useRetryKey() });
  const index = data.draft.categories.findIndex((c) => c.key === key);
  const category = data.draft.categories[index];
  useDocumentTitle(category?.name ?? 'Category not found');

  if (!category) {
    return (
      <NotFoundState heading="Category not found">
        <p>
          The framework has no category with the key <code>{key}</code>. Its categories are:
        </p>
        <ul className="link-list">
          {data.draft.categories.map((c) => (
            <li key={c.key}>
              <Link to={`/categories/${encodeURIComponent(c.key)}`}>{c.name}</Link>
            </li>
          ))}
        </ul>
      </NotFoundState>
    );
  }

  return (
    <article className="category-page" style={accentStyle(categoryColorIndex(index))}>
      <Breadcrumbs items={[{ label: 'Framework', to: '/' }, { label: category.name }]} />
      <header className="page-header page-header--accent">
        <p className="eyebrow">Category</p>
        <h1>
          <BreakableName name={category.name} />
        </h1>
        <FollowButton kind="CATEGORY" followKey={category.key} subject={category.name} />
        <p className="focus-callout" data-testid="category-focus">
          <span className="focus-callout__value" data-testid="focus-percent">
            {category.focusPercent}%
          </span>
          <span className="focus-callout__label">
            Focus %: the share of leadership time to spend on this category. It is not a weight for scoring its measures.
          </span>
        </p>
        <p>
          <Link className="button button--quiet" to={proposeCategoryChangeHref(category.key)} data-testid="propose-change">
            Propose a change to this category
          </Link>
        </p>
      </header>
      <p className="lead">{category.description}</p>
      <p className="related-link">
        <Link to={proposalsHref({ categoryKey: category.key })} data-testid="category-proposals">
          Proposals touching this category
        </Link>
        {' · '}
        <Link to={caseStudiesHref({ categoryKey: category.key })} data-testid="category-case-studies">
          {pluralize(category.caseStudyCount, 'case study', 'case studies')} of its measures
        </Link>
      </p>
      <AudienceColumns category={category} headingLevel={2} />
    </article>
  );
}

export function CategoryPageLoading() {
  useDocumentTitle('Category');
  return <LoadingState label="Loading the category…" />;
}

export function CategoryPageFailed({ error, retry }: QueryFailure) {
  return <ErrorState error={error} heading="Could not load this category" onRetry={retry} />;
}
