import { Link } from 'react-router';
import { type FragmentType, graphql, useFragment } from '../gql';
import { pluralize } from '../ui/format';
import { BreakableName } from '../ui/BreakableName';
import { accentStyle } from './focus';
import { countByAudience } from './measure-groups';
import './framework.css';

export const CategoryCard_category = graphql(`
  fragment CategoryCard_category on Category {
    key
    name
    description
    focusPercent
    measures {
      key
      audience
      status
    }
  }
`);

type CategoryCardProps = { category: FragmentType<typeof CategoryCard_category>; colorIndex: number };

/** A category on the home page: its Focus %, what it is about, and how many measures it suggests to whom. */
export function CategoryCard(props: CategoryCardProps) {
  const category = useFragment(CategoryCard_category, props.category);
  const counts = countByAudience(category.measures);
  return (
    <article className="category-card" data-testid="category-card" style={accentStyle(props.colorIndex)}>
      <h3 className="category-card__title">
        <Link to={`/categories/${encodeURIComponent(category.key)}`}>
          <BreakableName name={category.name} />
        </Link>
      </h3>
      <p className="category-card__focus">
        <span className="category-card__percent" data-testid="focus-percent">
          {category.focusPercent}%
        </span>{' '}
        <span className="category-card__focus-label">of leadership time</span>
      </p>
      <p className="category-card__description">{category.description}</p>
      <ul className="category-card__counts" aria-label="Suggested measures">
        <li data-testid="executive-count">{pluralize(counts.EXECUTIVE, 'measure')} for executives</li>
        <li data-testid="manager-count">{pluralize(counts.MANAGER, 'measure')} for managers</li>
      </ul>
    </article>
  );
}
