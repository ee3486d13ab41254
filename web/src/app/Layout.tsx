import { useEffect, useRef } from 'react';
import { Outlet, ScrollRestoration, useLocation } from 'react-router';
import { WelcomeNotice } from '../auth/WelcomeNotice';
import { LeaveGuard } from '../ui/LeaveGuard';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';

/** Every page: skip link, header with navigation and account, the page in <main>, footer. */
export function Layout() {
  const mainRef = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const firstRender = useRef(true);

  // After a client-side navigation, move focus to the new page (as a full page load would), so keyboard and
  // screen-reader users start reading at its content instead of at the link they just followed.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus({ preventScroll: true });
  }, [pathname]);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <SiteHeader />
      <main id="main" ref={mainRef} tabIndex={-1} className="page">
        <WelcomeNotice />
        <Outlet />
      </main>
      <SiteFooter />
      <LeaveGuard />
      <ScrollRestoration />
    </>
  );
}
