import { Link } from 'react-router';

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p data-testid="licence-note">
          OCMF content is licensed <a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>; the latest version lives at{' '}
          <a href="https://ocmfgroup.org">ocmfgroup.org</a>.
        </p>
        <nav aria-label="More">
          <ul className="site-footer__links">
            <li>
              <Link to="/governance">Governance: how changes are decided</Link>
            </li>
            <li>
              <Link to="/releases/compare">Compare releases</Link>
            </li>
            <li>
              <Link to="/api">GraphQL API</Link>
            </li>
            <li>
              <a href="/schema/framework.schema.json">Framework JSON Schema</a>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
