import { createBrowserRouter } from 'react-router';
import { AssessmentHomePage } from '../assessment/AssessmentHomePage';
import { AssessmentPage } from '../assessment/AssessmentPage';
import { EditAssessmentPage } from '../assessment/EditAssessmentPage';
import { SharedAssessmentPage } from '../assessment/SharedAssessmentPage';
import { TakeAssessmentPage } from '../assessment/TakeAssessmentPage';
import { SignInPage } from '../auth/SignInPage';
import { SignUpPage } from '../auth/SignUpPage';
import { CategoryPage } from '../framework/CategoryPage';
import { HomePage } from '../framework/HomePage';
import { MeasurePage } from '../framework/MeasurePage';
import { GovernancePage } from '../governance/GovernancePage';
import { ModerationPage } from '../moderation/ModerationPage';
import { EditProposalPage } from '../proposal-editor/EditProposalPage';
import { NewProposalPage } from '../proposal-editor/NewProposalPage';
import { ProposalPage } from '../proposals/ProposalPage';
import { ProposalsPage } from '../proposals/ProposalsPage';
import { CompareReleasesPage } from '../releases/CompareReleasesPage';
import { PrepareReleasePage } from '../releases/PrepareReleasePage';
import { ReleasePage } from '../releases/ReleasePage';
import { ReleasesPage } from '../releases/ReleasesPage';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';
import { PageErrorBoundary, RootErrorBoundary } from './RouteErrorBoundary';

export const router = createBrowserRouter([
  {
    Component: Layout,
    ErrorBoundary: RootErrorBoundary,
    children: [
      {
        // A page that crashes is replaced by an error message inside the layout, so navigation stays usable.
        ErrorBoundary: PageErrorBoundary,
        children: [
          { index: true, Component: HomePage },
          { path: 'categories/:key', Component: CategoryPage },
          { path: 'measures/:key', Component: MeasurePage },
          { path: 'releases', Component: ReleasesPage },
          { path: 'releases/compare', Component: CompareReleasesPage },
          { path: 'releases/prepare', Component: PrepareReleasePage },
          { path: 'releases/:version', Component: ReleasePage },
          { path: 'proposals', Component: ProposalsPage },
          { path: 'proposals/new', Component: NewProposalPage },
          { path: 'proposals/:number', Component: ProposalPage },
          { path: 'proposals/:number/edit', Component: EditProposalPage },
          { path: 'assessment', Component: AssessmentHomePage },
          { path: 'assessment/take', Component: TakeAssessmentPage },
          { path: 'assessments/shared/:token', Component: SharedAssessmentPage },
          { path: 'assessments/:id', Component: AssessmentPage },
          { path: 'assessments/:id/edit', Component: EditAssessmentPage },
          { path: 'governance', Component: GovernancePage },
          { path: 'moderation', Component: ModerationPage },
          { path: 'sign-in', Component: SignInPage },
          { path: 'sign-up', Component: SignUpPage },
          { path: '*', Component: NotFoundPage },
        ],
      },
    ],
  },
]);
