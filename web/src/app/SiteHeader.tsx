import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { AccountNav } from '../auth/AccountNav';
import { canModerate } from '../auth/roles';
import { useCurrentUser } from '../auth/useCurrentUser';
import { NotificationBell } from '../notifications/NotificationBell';
import { SearchBox } from '../search/SearchBox';
import { NavCount } from '../for-you/NavCount';
import { useForYouCounts } from '../for-you/useForYouCounts';

type Section = { to: string; label: string; matches: (pathname: string) => boolean };

const SECTIONS: Section[] = [
  {
    to: '/',
    label: 'Framework',
    matches: (pathname) => pathname === '/' || pathname.startsWith('/categories/') || pathname.startsWith('/measures/'),
  },
  { to: '/proposals', label: 'Proposals', matches: (pathname) => pathname === '/proposals' || pathname.startsWith('/proposals/') },
  {
    to: '/case-studies',
    label: 'Case studies',
    matches: (pathname) => pathname === '/case-studies' || pathname.startsWith('/case-studies/'),
  },
  { to: '/releases', label: 'Releases', matches: (pathname) => pathname === '/releases' || pathname.startsWith('/releases/') },
  {
    to: '/assessment',
    label: 'Self-assessment',
    matches: (pathname) => pathname === '/assessment' || pathname.startsWith('/assessment/') || pathname.startsWith('/assessments/'),
  },
  {
    to: '/implementations',
    label: 'Implementations',
    matches: (pathname) => pathname === '/implementations' || pathname.startsWith('/organizations') || pathname.startsWith('/products/'),
  },
  { to: '/governance', label: 'Governance', matches: (pathname) => pathname === '/governance' },
];

/** Only editors and administrators see the moderation queue in the navigation. */
const MODERATION: Section = { to: '/moderation', label: 'Moderation', matches: (pathname) => pathname === '/moderation' };

/** The signed-in home. */
const FOR_YOU: Section = { to: '/for-you', label: 'For you', matches: (pathname) => pathname === '/for-you' };

/** Only administrators manage accounts. */
const USERS: Section = { to: '/admin/users', label: 'Users', matches: (pathname) => pathname.startsWith('/admin/') };

export function SiteHeader() {
  const { pathname } = useLocation();
  const { user } = useCurrentUser();
  const counts = useForYouCounts(user !== null);
  const sections = [
    ...(user ? [FOR_YOU] : []),
    ...SECTIONS,
    ...(canModerate(user?.role) ? [MODERATION] : []),
    ...(user?.role === 'ADMIN' ? [USERS] : []),
  ];
  // On a phone the navigation, search and account links fold behind a Menu button; each navigation folds it again.
  const [menuOpen, setMenuOpen] = useState(false);
  const [menuPath, setMenuPath] = useState(pathname);
  if (menuPath !== pathname) {
    setMenuPath(pathname);
    setMenuOpen(false);
  }
  const countOf = (section: Section) => (section === FOR_YOU ? counts.actionCount : section === MODERATION ? counts.flaggedComments : 0);
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link to="/" className="brand" aria-label="OCMF Commons, home">
          <span className="brand__mark" aria-hidden="true" />
          <span className="brand__name">
            OCMF <span className="brand__suffix">Commons</span>
          </span>
        </Link>
        {user ? <NotificationBell /> : null}
        <button
          type="button"
          className="button button--quiet site-header__menu-button"
          aria-expanded={menuOpen}
          aria-controls="site-menu"
          onClick={() => setMenuOpen((open) => !open)}
        >
          Menu
        </button>
        <div id="site-menu" className={`site-header__panel${menuOpen ? ' site-header__panel--open' : ''}`}>
          <nav className="site-nav" aria-label="Main">
            <ul>
              {sections.map((section) => {
                const current = section.matches(pathname);
                return (
                  <li key={section.to}>
                    <Link to={section.to} aria-current={current ? 'page' : undefined}>
                      {section.label}
                      <NavCount count={countOf(section)} />
                    </Link>
                  </li>
                );
              })}
            </ul>
          </nav>
          <SearchBox />
          <AccountNav />
        </div>
      </div>
    </header>
  );
}
