import { createBrowserRouter, type ShouldRevalidateFunction } from 'react-router';
import { preloadProposal } from '../proposals/proposal-query';
import { client } from './apollo-client';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';
import { PageErrorBoundary, RootErrorBoundary } from './RouteErrorBoundary';
import { routeComponent, routePage } from './lazy-route';

/** A loader runs again when the address changes, not the query string alone (as RoutePage starts over). */
const onNewAddress: ShouldRevalidateFunction = ({ currentUrl, nextUrl }) => currentUrl.pathname !== nextUrl.pathname;

/**
 * The app's routes. A route with a loader starts its page's query there, while the page's code is still on its
 * way, so that the answer is in the cache, or coming, when the page first renders. The query's document is part
 * of the first download for that (a few KB): the proposal page is the one most linked to.
 */
export const router = createBrowserRouter([
  {
    Component: Layout,
    ErrorBoundary: RootErrorBoundary,
    children: [
      {
        // A page that crashes is replaced by an error message inside the layout, so navigation stays usable.
        ErrorBoundary: PageErrorBoundary,
        children: [
          // Each page is its own chunk, loaded when first visited, with its own loading and failure states (see RoutePage).
          {
            index: true,
            lazy: routePage(() =>
              import('../framework/HomePage').then((m) => ({ page: m.HomePage, loading: m.HomePageLoading, failed: m.HomePageFailed })),
            ),
          },
          {
            path: 'categories/:key',
            lazy: routePage(() =>
              import('../framework/CategoryPage').then((m) => ({
                page: m.CategoryPage,
                loading: m.CategoryPageLoading,
                failed: m.CategoryPageFailed,
              })),
            ),
          },
          {
            path: 'measures/:key',
            lazy: routePage(() =>
              import('../framework/MeasurePage').then((m) => ({
                page: m.MeasurePage,
                loading: m.MeasurePageLoading,
                failed: m.MeasurePageFailed,
              })),
            ),
          },
          {
            path: 'releases',
            lazy: routePage(() =>
              import('../releases/ReleasesPage').then((m) => ({
                page: m.ReleasesPage,
                loading: m.ReleasesPageLoading,
                failed: m.ReleasesPageFailed,
              })),
            ),
          },
          {
            path: 'releases/compare',
            lazy: routePage(() =>
              import('../releases/CompareReleasesPage').then((m) => ({
                page: m.CompareReleasesPage,
                loading: m.CompareReleasesPageLoading,
                failed: m.CompareReleasesPageFailed,
              })),
            ),
          },
          {
            path: 'releases/prepare',
            lazy: routePage(() =>
              import('../releases/PrepareReleasePage').then((m) => ({
                page: m.PrepareReleasePage,
                loading: m.PrepareReleasePageLoading,
                failed: m.PrepareReleasePageFailed,
              })),
            ),
          },
          {
            path: 'releases/:version',
            lazy: routePage(() =>
              import('../releases/ReleasePage').then((m) => ({
                page: m.ReleasePage,
                loading: m.ReleasePageLoading,
                failed: m.ReleasePageFailed,
              })),
            ),
          },
          {
            path: 'proposals',
            lazy: routePage(() =>
              import('../proposals/ProposalsPage').then((m) => ({
                page: m.ProposalsPage,
                loading: m.ProposalsPageLoading,
                failed: m.ProposalsPageFailed,
              })),
            ),
          },
          {
            path: 'proposals/new',
            lazy: routePage(() =>
              import('../proposal-editor/NewProposalPage').then((m) => ({
                page: m.NewProposalPage,
                loading: m.NewProposalPageLoading,
                failed: m.NewProposalPageFailed,
              })),
            ),
          },
          {
            path: 'proposals/:number',
            loader: ({ params }) => {
              preloadProposal(client, params.number);
              return null;
            },
            shouldRevalidate: onNewAddress,
            lazy: routePage(() =>
              import('../proposals/ProposalPage').then((m) => ({
                page: m.ProposalPage,
                loading: m.ProposalPageLoading,
                failed: m.ProposalPageFailed,
              })),
            ),
          },
          {
            path: 'proposals/:number/edit',
            lazy: routePage(() =>
              import('../proposal-editor/EditProposalPage').then((m) => ({
                page: m.EditProposalPage,
                loading: m.EditProposalPageLoading,
                failed: m.EditProposalPageFailed,
              })),
            ),
          },
          {
            path: 'case-studies',
            lazy: routePage(() =>
              import('../case-studies/CaseStudiesPage').then((m) => ({
                page: m.CaseStudiesPage,
                loading: m.CaseStudiesPageLoading,
                failed: m.CaseStudiesPageFailed,
              })),
            ),
          },
          {
            path: 'case-studies/new',
            lazy: routePage(() =>
              import('../case-studies/NewCaseStudyPage').then((m) => ({
                page: m.NewCaseStudyPage,
                loading: m.NewCaseStudyPageLoading,
                failed: m.NewCaseStudyPageFailed,
              })),
            ),
          },
          {
            path: 'case-studies/:id',
            lazy: routePage(() =>
              import('../case-studies/CaseStudyPage').then((m) => ({
                page: m.CaseStudyPage,
                loading: m.CaseStudyPageLoading,
                failed: m.CaseStudyPageFailed,
              })),
            ),
          },
          {
            path: 'case-studies/:id/edit',
            lazy: routePage(() =>
              import('../case-studies/EditCaseStudyPage').then((m) => ({
                page: m.EditCaseStudyPage,
                loading: m.EditCaseStudyPageLoading,
                failed: m.EditCaseStudyPageFailed,
              })),
            ),
          },
          {
            path: 'governance',
            lazy: routePage(() =>
              import('../governance/GovernancePage').then((m) => ({
                page: m.GovernancePage,
                loading: m.GovernancePageLoading,
                failed: m.GovernancePageFailed,
              })),
            ),
          },
          {
            path: 'moderation',
            lazy: routePage(() =>
              import('../moderation/ModerationPage').then((m) => ({
                page: m.ModerationPage,
                loading: m.ModerationPageLoading,
                failed: m.ModerationPageFailed,
              })),
            ),
          },
          { path: 'assessment', lazy: routeComponent(() => import('../assessment/AssessmentHomePage').then((m) => m.AssessmentHomePage)) },
          {
            path: 'assessment/take',
            lazy: routeComponent(() => import('../assessment/TakeAssessmentPage').then((m) => m.TakeAssessmentPage)),
          },
          {
            path: 'assessments/shared/:token',
            lazy: routeComponent(() => import('../assessment/SharedAssessmentPage').then((m) => m.SharedAssessmentPage)),
          },
          { path: 'assessments/:id', lazy: routeComponent(() => import('../assessment/AssessmentPage').then((m) => m.AssessmentPage)) },
          {
            path: 'assessments/:id/edit',
            lazy: routeComponent(() => import('../assessment/EditAssessmentPage').then((m) => m.EditAssessmentPage)),
          },
          { path: 'api', lazy: routeComponent(() => import('../developer/ApiPage').then((m) => m.ApiPage)) },
          {
            path: 'settings/developer',
            lazy: routeComponent(() => import('../developer/DeveloperSettingsPage').then((m) => m.DeveloperSettingsPage)),
          },
          {
            path: 'settings/developer/webhooks/:id',
            lazy: routeComponent(() => import('../developer/WebhookEndpointPage').then((m) => m.WebhookEndpointPage)),
          },
          {
            path: 'organizations',
            lazy: routePage(() =>
              import('../organizations/OrganizationsPage').then((m) => ({
                page: m.OrganizationsPage,
                loading: m.OrganizationsPageLoading,
                failed: m.OrganizationsPageFailed,
              })),
            ),
          },
          {
            path: 'organizations/invites/:token',
            lazy: routeComponent(() => import('../organizations/AcceptInvitePage').then((m) => m.AcceptInvitePage)),
          },
          {
            path: 'organizations/:id',
            lazy: routePage(() =>
              import('../organizations/OrganizationPage').then((m) => ({
                page: m.OrganizationPage,
                loading: m.OrganizationPageLoading,
                failed: m.OrganizationPageFailed,
              })),
            ),
          },
          {
            path: 'adopters',
            lazy: routePage(() =>
              import('../organizations/AdoptersPage').then((m) => ({
                page: m.AdoptersPage,
                loading: m.AdoptersPageLoading,
                failed: m.AdoptersPageFailed,
              })),
            ),
          },
          {
            path: 'implementations',
            lazy: routePage(() =>
              import('../implementations/ImplementationsPage').then((m) => ({
                page: m.ImplementationsPage,
                loading: m.ImplementationsPageLoading,
                failed: m.ImplementationsPageFailed,
              })),
            ),
          },
          {
            path: 'products/:id',
            lazy: routePage(() =>
              import('../implementations/ProductPage').then((m) => ({
                page: m.ProductPage,
                loading: m.ProductPageLoading,
                failed: m.ProductPageFailed,
              })),
            ),
          },
          {
            path: 'notifications',
            lazy: routePage(() =>
              import('../notifications/NotificationsPage').then((m) => ({
                page: m.NotificationsPage,
                loading: m.NotificationsPageLoading,
                failed: m.NotificationsPageFailed,
              })),
            ),
          },
          {
            path: 'admin/users',
            lazy: routePage(() =>
              import('../admin/AdminUsersPage').then((m) => ({
                page: m.AdminUsersPage,
                loading: m.AdminUsersPageLoading,
                failed: m.AdminUsersPageFailed,
              })),
            ),
          },
          {
            path: 'people/:handle',
            lazy: routePage(() =>
              import('../people/ProfilePage').then((m) => ({
                page: m.ProfilePage,
                loading: m.ProfilePageLoading,
                failed: m.ProfilePageFailed,
              })),
            ),
          },
          {
            path: 'for-you',
            lazy: routePage(() =>
              import('../for-you/ForYouPage').then((m) => ({
                page: m.ForYouPage,
                loading: m.ForYouPageLoading,
                failed: m.ForYouPageFailed,
              })),
            ),
          },
          {
            path: 'search',
            lazy: routePage(() =>
              import('../search/SearchPage').then((m) => ({
                page: m.SearchPage,
                loading: m.SearchPageLoading,
                failed: m.SearchPageFailed,
              })),
            ),
          },
          {
            path: 'settings',
            lazy: routePage(() =>
              import('../settings/SettingsPage').then((m) => ({
                page: m.SettingsPage,
                loading: m.SettingsPageLoading,
                failed: m.SettingsPageFailed,
              })),
            ),
          },
          { path: 'sign-in', lazy: routeComponent(() => import('../auth/SignInPage').then((m) => m.SignInPage)) },
          { path: 'sign-up', lazy: routeComponent(() => import('../auth/SignUpPage').then((m) => m.SignUpPage)) },
          {
            path: 'forgot-password',
            lazy: routeComponent(() => import('../auth/ForgotPasswordPage').then((m) => m.ForgotPasswordPage)),
          },
          { path: 'reset-password', lazy: routeComponent(() => import('../auth/ResetPasswordPage').then((m) => m.ResetPasswordPage)) },
          { path: 'verify-email', lazy: routeComponent(() => import('../auth/VerifyEmailPage').then((m) => m.VerifyEmailPage)) },
          { path: '*', Component: NotFoundPage },
        ],
      },
    ],
  },
]);
