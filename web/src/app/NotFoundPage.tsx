import { Link, useLocation } from 'react-router';
import { NotFoundState } from '../ui/NotFoundState';
import { useDocumentTitle } from '../ui/useDocumentTitle';

export function NotFoundPage() {
  const { pathname } = useLocation();
  useDocumentTitle('Page not found');
  return (
    <NotFoundState heading="Page not found">
      <p>
        There is no page at <code>{pathname}</code>. It may have moved, or the address may be mistyped.
      </p>
      <ul className="link-list">
        <li>
          <Link to="/">The framework: categories and measures</Link>
        </li>
        <li>
          <Link to="/releases">Published releases</Link>
        </li>
      </ul>
    </NotFoundState>
  );
}
