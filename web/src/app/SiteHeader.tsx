import { Link, useLocation } from 'react-router';
import { AccountNav } from '../auth/AccountNav';

type Section = { to: string; label: string; matches: (pathname: string) => boolean };

const SECTIONS: Section[] = [
  {
    to: '/',
    label: 'Framework',
    matches: (pathname) => pathname === '/' || pathname.startsWith('/categories/') || pathname.startsWith('/measures/'),
  },
  { to: '/releases', label: 'Releases', matches: (pathname) => pathname === '/releases' || pathname.startsWith('/releases/') },
];

export function SiteHeader() {
  const { pathname } = useLocation();
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link to="/" className="brand" aria-label="OCMF Commons, home">
          <span className="brand__mark" aria-hidden="true" />
          <span className="brand__name">
            OCMF <span className="brand__suffix">Commons</span>
          </span>
        </Link>
        <nav className="site-nav" aria-label="Main">
          <ul>
            {SECTIONS.map((section) => {
              const current = section.matches(pathname);
              return (
                <li key={section.to}>
                  <Link to={section.to} aria-current={current ? 'page' : undefined}>
                    {section.label}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
        <AccountNav />
      </div>
    </header>
  );
}
