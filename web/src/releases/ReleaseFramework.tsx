import { Link } from 'react-router';
import { AudienceColumns } from '../framework/AudienceColumns';
import { accentStyle, categoryColorIndex } from '../framework/focus';
import { type FragmentType, graphql, useFragment } from '../gql';
import './releases.css';

export const ReleaseFramework_categories = graphql(`
  fragment ReleaseFramework_categories on Category {
    key
    name
    description
    focusPercent
    ...AudienceColumns_category
  }
`);

type ReleaseFrameworkProps = { categories: FragmentType<typeof ReleaseFramework_categories>[] };

/** The framework exactly as a release captured it: each category with its Focus % and measures. */
export function ReleaseFramework(props: ReleaseFrameworkProps) {
  const categories = useFragment(ReleaseFramework_categories, props.categories);
  return (
    <section className="release-framework" aria-labelledby="release-framework-title">
      <h2 id="release-framework-title">The framework in this release</h2>
      <p className="muted">
        Measure names link to each measure&rsquo;s current page in the <Link to="/">working draft</Link>, which may have changed since this
        release.
      </p>
      {categories.map((category, index) => (
        <section
          key={category.key}
          className="release-category"
          style={accentStyle(categoryColorIndex(index))}
          aria-labelledby={`release-category-${category.key}`}
          data-testid="release-category"
        >
          <h3 id={`release-category-${category.key}`} className="release-category__title">
            {category.name} <span className="release-category__focus">Focus {category.focusPercent}%</span>
          </h3>
          <p>{category.description}</p>
          <AudienceColumns category={category} headingLevel={4} />
        </section>
      ))}
    </section>
  );
}
