import { createBrowserRouter } from 'react-router';
import { AssessmentHomePage } from '../assessment/AssessmentHomePage';
import { AssessmentPage } from '../assessment/AssessmentPage';
import { EditAssessmentPage } from '../assessment/EditAssessmentPage';
import { SharedAssessmentPage } from '../assessment/SharedAssessmentPage';
import { TakeAssessmentPage } from '../assessment/TakeAssessmentPage';
import { SignInPage } from '../auth/SignInPage';
import { SignUpPage } from '../auth/SignUpPage';
import { CategoryPage, CategoryPageFailed, CategoryPageLoading } from '../framework/CategoryPage';
import { HomePage, HomePageFailed, HomePageLoading } from '../framework/HomePage';
import { MeasurePage, MeasurePageFailed, MeasurePageLoading } from '../framework/MeasurePage';
import { GovernancePage, GovernancePageFailed, GovernancePageLoading } from '../governance/GovernancePage';
import { ModerationPage, ModerationPageFailed, ModerationPageLoading } from '../moderation/ModerationPage';
import { EditProposalPage, EditProposalPageFailed, EditProposalPageLoading } from '../proposal-editor/EditProposalPage';
import { NewProposalPage, NewProposalPageFailed, NewProposalPageLoading } from '../proposal-editor/NewProposalPage';
import { ProposalPage, ProposalPageFailed, ProposalPageLoading } from '../proposals/ProposalPage';
import { ProposalsPage, ProposalsPageFailed, ProposalsPageLoading } from '../proposals/ProposalsPage';
import { CompareReleasesPage, CompareReleasesPageFailed, CompareReleasesPageLoading } from '../releases/CompareReleasesPage';
import { PrepareReleasePage, PrepareReleasePageFailed, PrepareReleasePageLoading } from '../releases/PrepareReleasePage';
import { ReleasePage, ReleasePageFailed, ReleasePageLoading } from '../releases/ReleasePage';
import { ReleasesPage, ReleasesPageFailed, ReleasesPageLoading } from '../releases/ReleasesPage';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';
import { PageErrorBoundary, RootErrorBoundary } from './RouteErrorBoundary';
import { RoutePage } from './RoutePage';

export const router = createBrowserRouter([
  {
    Component: Layout,
    ErrorBoundary: RootErrorBoundary,
    children: [
      {
        // A page that crashes is replaced by an error message inside the layout, so navigation stays usable.
        ErrorBoundary: PageErrorBoundary,
        children: [
          // Each page with data comes with its own loading and failure states (see RoutePage).
          { index: true, element: <RoutePage page={HomePage} loading={HomePageLoading} failed={HomePageFailed} /> },
          { path: 'categories/:key', element: <RoutePage page={CategoryPage} loading={CategoryPageLoading} failed={CategoryPageFailed} /> },
          { path: 'measures/:key', element: <RoutePage page={MeasurePage} loading={MeasurePageLoading} failed={MeasurePageFailed} /> },
          { path: 'releases', element: <RoutePage page={ReleasesPage} loading={ReleasesPageLoading} failed={ReleasesPageFailed} /> },
          {
            path: 'releases/compare',
            element: <RoutePage page={CompareReleasesPage} loading={CompareReleasesPageLoading} failed={CompareReleasesPageFailed} />,
          },
          {
            path: 'releases/prepare',
            element: <RoutePage page={PrepareReleasePage} loading={PrepareReleasePageLoading} failed={PrepareReleasePageFailed} />,
          },
          { path: 'releases/:version', element: <RoutePage page={ReleasePage} loading={ReleasePageLoading} failed={ReleasePageFailed} /> },
          { path: 'proposals', element: <RoutePage page={ProposalsPage} loading={ProposalsPageLoading} failed={ProposalsPageFailed} /> },
          {
            path: 'proposals/new',
            element: <RoutePage page={NewProposalPage} loading={NewProposalPageLoading} failed={NewProposalPageFailed} />,
          },
          {
            path: 'proposals/:number',
            element: <RoutePage page={ProposalPage} loading={ProposalPageLoading} failed={ProposalPageFailed} />,
          },
          {
            path: 'proposals/:number/edit',
            element: <RoutePage page={EditProposalPage} loading={EditProposalPageLoading} failed={EditProposalPageFailed} />,
          },
          {
            path: 'governance',
            element: <RoutePage page={GovernancePage} loading={GovernancePageLoading} failed={GovernancePageFailed} />,
          },
          {
            path: 'moderation',
            element: <RoutePage page={ModerationPage} loading={ModerationPageLoading} failed={ModerationPageFailed} />,
          },
          { path: 'assessment', Component: AssessmentHomePage },
          { path: 'assessment/take', Component: TakeAssessmentPage },
          { path: 'assessments/shared/:token', Component: SharedAssessmentPage },
          { path: 'assessments/:id', Component: AssessmentPage },
          { path: 'assessments/:id/edit', Component: EditAssessmentPage },
          { path: 'sign-in', Component: SignInPage },
          { path: 'sign-up', Component: SignUpPage },
          { path: '*', Component: NotFoundPage },
        ],
      },
    ],
  },
]);
