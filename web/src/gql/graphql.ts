/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AddCommentInput = {
  /** Markdown. */
  body: string;
  /** Reply to this comment. */
  parentId?: string | number | null | undefined;
  proposalNumber: number;
};

/** What an API token may do as its owner. */
export type ApiTokenScope =
  /** Queries and subscriptions only. */
  | 'READ'
  /** Queries, subscriptions and mutations, within what its owner’s role allows. */
  | 'READ_WRITE';

export type AssessmentAnswerInput = {
  /** The current value in the measure’s unit; only for a tracked measure. */
  currentValue?: number | null | undefined;
  /** A measure of the assessed release that is not retired. */
  measureKey: string;
  tracking: Tracking;
  /** Required when tracking is YES or PARTLY, and only then. */
  usage?: Usage | null | undefined;
};

/** IN_PROGRESS while answers are saved; COMPLETED once every measure is answered (then it no longer changes). */
export type AssessmentStatus = 'COMPLETED' | 'IN_PROGRESS';

/** Who a measure is suggested for. */
export type Audience = 'EXECUTIVE' | 'MANAGER';

export type CastVoteInput = {
  choice: VoteChoice;
  proposalNumber: number;
  /** Public. Required for REJECT. */
  rationale?: string | null | undefined;
};

export type CategoryFocusInput = {
  categoryKey: string;
  focusPercent: number;
};

export type CategoryInput = {
  description: string;
  key: string;
  name: string;
  /** Its place among the categories (1-based); an added category goes last by default. */
  position?: number | null | undefined;
};

export type CategoryPatchInput = {
  description?: string | null | undefined;
  name?: string | null | undefined;
  /** Its place among the categories (1-based); an added category goes last by default. */
  position?: number | null | undefined;
};

/** ADD_MEASURE: measure. UPDATE_MEASURE: measureKey, patch. RETIRE_MEASURE: measureKey, reason. MOVE_MEASURE: measureKey, categoryKey. ADD_CATEGORY: category. UPDATE_CATEGORY: categoryKey, categoryPatch. SET_FOCUS: focus (every category). */
export type ChangeInput = {
  category?: CategoryInput | null | undefined;
  categoryKey?: string | null | undefined;
  categoryPatch?: CategoryPatchInput | null | undefined;
  focus?: Array<CategoryFocusInput> | null | undefined;
  measure?: MeasureInput | null | undefined;
  measureKey?: string | null | undefined;
  op: ChangeOp;
  patch?: MeasurePatchInput | null | undefined;
  reason?: string | null | undefined;
};

/** How a changelog groups a change. */
export type ChangeKind = 'ADDED' | 'CHANGED' | 'MOVED' | 'REBALANCED' | 'RETIRED';

/** What one change in a proposal does. SET_FOCUS sets every category’s share at once, so the sum stays 100. */
export type ChangeOp =
  'ADD_CATEGORY' | 'ADD_MEASURE' | 'MOVE_MEASURE' | 'RETIRE_MEASURE' | 'SET_FOCUS' | 'UPDATE_CATEGORY' | 'UPDATE_MEASURE';

export type CreateProposalInput = {
  /** Applied in order; later changes see earlier ones. */
  changes: Array<ChangeInput>;
  /** Markdown: motivation and evidence. */
  summary: string;
  title: string;
};

export type CreateWebhookEndpointInput = {
  /** What it is for, for your own reference. */
  description?: string | null | undefined;
  /** Event types to receive: release.published, proposal.status_changed. */
  events: Array<string>;
  /** An https (or http) URL of a public address. */
  url: string;
};

/** Which way is better for a measure. */
export type Direction = 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER' | 'TARGET';

export type EditCommentInput = {
  body: string;
  id: string | number;
};

export type FlagCommentInput = {
  id: string | number;
  reason: string;
};

export type HideCommentInput = {
  id: string | number;
  /** Shown publicly in place of the comment. */
  reason: string;
};

/** What a release did to a measure. */
export type MeasureChange = 'ADDED' | 'CHANGED' | 'MOVED' | 'RETIRED';

export type MeasureInput = {
  aliases?: Array<string> | null | undefined;
  audience: Audience;
  categoryKey: string;
  definition: string;
  direction: Direction;
  formula?: string | null | undefined;
  /** kebab-case slug of the name, e.g. net-annual-recurring-revenue */
  key: string;
  name: string;
  notes?: string | null | undefined;
  /** ACTIVE or EMERGING when added or updated (default ACTIVE); retiring is RETIRE_MEASURE. */
  status?: MeasureStatus | null | undefined;
  unit: string;
};

/** Only the fields given change. formula and notes may be set to null to clear them. */
export type MeasurePatchInput = {
  aliases?: Array<string> | null | undefined;
  audience?: Audience | null | undefined;
  definition?: string | null | undefined;
  direction?: Direction | null | undefined;
  formula?: string | null | undefined;
  name?: string | null | undefined;
  notes?: string | null | undefined;
  /** ACTIVE or EMERGING when added or updated (default ACTIVE); retiring is RETIRE_MEASURE. */
  status?: MeasureStatus | null | undefined;
  unit?: string | null | undefined;
};

/** RETIRED measures stay in the document so history and references resolve. */
export type MeasureStatus = 'ACTIVE' | 'EMERGING' | 'RETIRED';

/** DRAFT (author only) → DISCUSSION → VOTING → ACCEPTED | REJECTED → MERGED → RELEASED; WITHDRAWN by the author. */
export type ProposalStatus = 'ACCEPTED' | 'DISCUSSION' | 'DRAFT' | 'MERGED' | 'REJECTED' | 'RELEASED' | 'VOTING' | 'WITHDRAWN';

export type PublishReleaseInput = {
  /** Release notes, Markdown. */
  notes: string;
  /** e.g. "Customer Success update". */
  title: string;
  /** Defaults to the version the rule requires; may be higher, never lower. */
  version?: string | null | undefined;
};

/** What a user may do. Roles are not a ladder: only standard-setters vote. */
export type Role =
  /** Grants roles and configures governance; also has every editor permission. */
  | 'ADMIN'
  /** Moves proposals through their lifecycle, runs votes, publishes releases, moderates. */
  | 'EDITOR'
  /** A practitioner: proposes changes, comments, shares case studies. */
  | 'MEMBER'
  /** A member who also votes on proposals. */
  | 'STANDARD_SETTER';

/** Replaces the answers of an assessment in progress. */
export type SaveAssessmentInput = {
  /** Some or all of the release’s measures; all of them before completing. */
  answers: Array<AssessmentAnswerInput>;
  id: string | number;
  /** What else you measure that OCMF does not have: a name, one line each. */
  otherMeasures: Array<string>;
  /** One share per category of the release, summing to 100. */
  timeSplit: Array<TimeShareInput>;
};

export type SignInInput = {
  email: string;
  password: string;
};

export type SignUpInput = {
  /** Shown next to your proposals and comments; defaults to the part of the email before @. */
  displayName?: string | null | undefined;
  email: string;
  /** At least 10 characters. */
  password: string;
};

export type StartAssessmentInput = {
  /** Retake: start from the answers of one of your earlier assessments that still hold for this release. */
  copyFrom?: string | number | null | undefined;
  /** A published version such as 1.0.0, or "latest". */
  releaseVersion: string;
};

export type TimeShareInput = {
  categoryKey: string;
  /** A whole percentage from 0 to 100. */
  percent: number;
};

/** Whether a measure is tracked. PARTLY counts half toward coverage; NOT_APPLICABLE leaves the measure out of it. */
export type Tracking = 'NO' | 'NOT_APPLICABLE' | 'PARTLY' | 'YES';

/** Only the fields given change. */
export type UpdateGovernanceSettingsInput = {
  hideResultsUntilClose?: boolean | null | undefined;
  /** Set to 0 to remove the minimum. */
  minimumWindowSeconds?: number | null | undefined;
  quorumPercent?: number | null | undefined;
  thresholdDenominator?: number | null | undefined;
  thresholdNumerator?: number | null | undefined;
  votingWindowSeconds?: number | null | undefined;
};

/** Only the fields given change. Giving `changes` replaces the change set and rebases it on the current draft. */
export type UpdateProposalInput = {
  changes?: Array<ChangeInput> | null | undefined;
  number: number;
  summary?: string | null | undefined;
  title?: string | null | undefined;
};

/** Changes an endpoint; fields left out stay as they are. */
export type UpdateWebhookEndpointInput = {
  description?: string | null | undefined;
  /** False stops deliveries; true resumes them (a disabled endpoint’s pending deliveries go out again). */
  enabled?: boolean | null | undefined;
  events?: Array<string> | null | undefined;
  id: string | number;
  url?: string | null | undefined;
};

/** How a tracked measure is used: GUIDING decisions and learning, GRADING people or targets, or NOT_USED. */
export type Usage = 'GRADING' | 'GUIDING' | 'NOT_USED';

/** The least a release must raise the version by: MAJOR, MINOR, PATCH, or NONE when nothing changed. */
export type VersionBump = 'MAJOR' | 'MINOR' | 'NONE' | 'PATCH';

/** Abstentions count toward quorum, not toward the threshold. */
export type VoteChoice = 'ABSTAIN' | 'APPROVE' | 'REJECT';

/** PASSED → ACCEPTED; THRESHOLD_NOT_MET and QUORUM_NOT_REACHED → REJECTED. */
export type VoteOutcome = 'PASSED' | 'QUORUM_NOT_REACHED' | 'THRESHOLD_NOT_MET';

/** Where a delivery stands. */
export type WebhookDeliveryStatus =
  /** Given up: every retry of the schedule failed, the endpoint answered 410 Gone, or it was disabled. */
  | 'FAILED'
  /** Waiting for its next attempt (the first, or a retry). */
  | 'PENDING'
  /** An attempt was answered with a 2xx status. */
  | 'SUCCEEDED';

export type AssessmentHomeQueryVariables = Exact<{ [key: string]: never }>;

export type AssessmentHomeQuery = { releases: Array<{ version: string; title: string }>; me: { id: string } | null };

export type MyAssessmentsQueryVariables = Exact<{ [key: string]: never }>;

export type MyAssessmentsQuery = {
  myAssessments: Array<
    { id: string; status: AssessmentStatus } & {
      ' $fragmentRefs'?: {
        AssessmentList_AssessmentsFragment: AssessmentList_AssessmentsFragment;
        ProgressChart_AssessmentsFragment: ProgressChart_AssessmentsFragment;
      };
    }
  >;
};

export type AssessmentList_AssessmentsFragment = {
  id: string;
  status: AssessmentStatus;
  releaseVersion: string;
  createdAt: string;
  completedAt: string | null;
  result: { coveragePercent: number | null; guidingPercent: number | null };
} & { ' $fragmentName'?: 'AssessmentList_AssessmentsFragment' };

export type AssessmentQueryVariables = Exact<{
  id: string | number;
}>;

export type AssessmentQuery = {
  assessment: {
    id: string;
    status: AssessmentStatus;
    releaseVersion: string;
    completedAt: string | null;
    otherMeasures: Array<string>;
    timeSplit: Array<{ categoryKey: string; percent: number }>;
    answers: Array<{ measureKey: string; tracking: Tracking; usage: Usage | null; currentValue: number | null }>;
    release: { version: string; title: string; document: unknown };
    changesSinceRelease:
      | ({ to: { version: string } } & { ' $fragmentRefs'?: { ReleaseDiffView_ReleaseDiffFragment: ReleaseDiffView_ReleaseDiffFragment } })
      | null;
  } & {
    ' $fragmentRefs'?: {
      SharePanel_AssessmentFragment: SharePanel_AssessmentFragment;
      ContributePanel_AssessmentFragment: ContributePanel_AssessmentFragment;
    };
  };
};

export type AssessmentBenchmarkQueryVariables = Exact<{
  version: string;
}>;

export type AssessmentBenchmarkQuery = {
  assessmentBenchmark: { ' $fragmentRefs'?: { BenchmarkPanel_BenchmarkFragment: BenchmarkPanel_BenchmarkFragment } };
};

export type BenchmarkPanel_BenchmarkFragment = {
  releaseVersion: string;
  contributions: number;
  minimumContributions: number;
  categories: Array<{
    categoryKey: string;
    name: string;
    coverage: { p25: number; median: number; p75: number } | null;
    timePercent: { p25: number; median: number; p75: number } | null;
  }>;
} & { ' $fragmentName'?: 'BenchmarkPanel_BenchmarkFragment' };

export type ContributePanel_AssessmentFragment = { id: string; releaseVersion: string; contributed: boolean | null } & {
  ' $fragmentName'?: 'ContributePanel_AssessmentFragment';
};

export type EditAssessmentQueryVariables = Exact<{
  id: string | number;
}>;

export type EditAssessmentQuery = {
  assessment: {
    id: string;
    status: AssessmentStatus;
    releaseVersion: string;
    otherMeasures: Array<string>;
    timeSplit: Array<{ categoryKey: string; percent: number }>;
    answers: Array<{ measureKey: string; tracking: Tracking; usage: Usage | null; currentValue: number | null }>;
    release: { version: string; title: string; document: unknown };
  };
};

export type ProgressChart_AssessmentsFragment = {
  id: string;
  completedAt: string | null;
  releaseVersion: string;
  result: { categories: Array<{ categoryKey: string; name: string; coveragePercent: number | null }> };
} & { ' $fragmentName'?: 'ProgressChart_AssessmentsFragment' };

export type SharePanel_AssessmentFragment = { id: string; sharedAt: string | null } & {
  ' $fragmentName'?: 'SharePanel_AssessmentFragment';
};

export type SharedAssessmentQueryVariables = Exact<{
  token: string;
}>;

export type SharedAssessmentQuery = {
  sharedAssessment: {
    id: string;
    releaseVersion: string;
    completedAt: string | null;
    otherMeasures: Array<string>;
    timeSplit: Array<{ categoryKey: string; percent: number }>;
    answers: Array<{ measureKey: string; tracking: Tracking; usage: Usage | null; currentValue: number | null }>;
    release: { version: string; title: string; document: unknown };
  };
};

export type TakeAssessmentQueryVariables = Exact<{
  version: string;
}>;

export type TakeAssessmentQuery = {
  release: { version: string; title: string; document: unknown };
  assessmentBenchmark: { ' $fragmentRefs'?: { BenchmarkPanel_BenchmarkFragment: BenchmarkPanel_BenchmarkFragment } };
};

export type CompleteAssessmentMutationVariables = Exact<{
  id: string | number;
}>;

export type CompleteAssessmentMutation = { completeAssessment: { id: string; status: AssessmentStatus; completedAt: string | null } };

export type ContributeAssessmentMutationVariables = Exact<{
  id: string | number;
}>;

export type ContributeAssessmentMutation = { contributeAssessment: { id: string; contributed: boolean | null } };

export type RevokeAssessmentShareMutationVariables = Exact<{
  id: string | number;
}>;

export type RevokeAssessmentShareMutation = { revokeAssessmentShare: { id: string; sharedAt: string | null } };

export type SaveAssessmentMutationVariables = Exact<{
  input: SaveAssessmentInput;
}>;

export type SaveAssessmentMutation = {
  saveAssessment: {
    id: string;
    updatedAt: string;
    otherMeasures: Array<string>;
    timeSplit: Array<{ categoryKey: string; percent: number }>;
    answers: Array<{ measureKey: string; tracking: Tracking; usage: Usage | null; currentValue: number | null }>;
  };
};

export type ShareAssessmentMutationVariables = Exact<{
  id: string | number;
}>;

export type ShareAssessmentMutation = { shareAssessment: { url: string; token: string } };

export type StartAssessmentMutationVariables = Exact<{
  input: StartAssessmentInput;
}>;

export type StartAssessmentMutation = { startAssessment: { id: string; status: AssessmentStatus; releaseVersion: string } };

export type AccountMenu_UserFragment = { displayName: string; role: Role } & { ' $fragmentName'?: 'AccountMenu_UserFragment' };

export type CurrentUserQueryVariables = Exact<{ [key: string]: never }>;

export type CurrentUserQuery = {
  me: ({ id: string; role: Role } & { ' $fragmentRefs'?: { AccountMenu_UserFragment: AccountMenu_UserFragment } }) | null;
};

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;

export type SignInMutation = {
  signIn: { user: { id: string; role: Role } & { ' $fragmentRefs'?: { AccountMenu_UserFragment: AccountMenu_UserFragment } } };
};

export type SignOutMutationVariables = Exact<{ [key: string]: never }>;

export type SignOutMutation = { signOut: boolean };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;

export type SignUpMutation = {
  signUp: { user: { id: string; role: Role } & { ' $fragmentRefs'?: { AccountMenu_UserFragment: AccountMenu_UserFragment } } };
};

export type ApiTokenRow_TokenFragment = {
  id: string;
  name: string;
  scope: ApiTokenScope;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
} & { ' $fragmentName'?: 'ApiTokenRow_TokenFragment' };

export type DeliveryLog_DeliveryFragment = {
  id: string;
  messageId: string;
  eventType: string;
  status: WebhookDeliveryStatus;
  createdAt: string;
  nextAttemptAt: string | null;
  attempts: Array<{
    number: number;
    at: string;
    statusCode: number | null;
    durationMs: number;
    error: string | null;
    responseExcerpt: string | null;
  }>;
} & { ' $fragmentName'?: 'DeliveryLog_DeliveryFragment' };

export type DeveloperSettingsQueryVariables = Exact<{ [key: string]: never }>;

export type DeveloperSettingsQuery = {
  apiTokens: Array<{ id: string } & { ' $fragmentRefs'?: { ApiTokenRow_TokenFragment: ApiTokenRow_TokenFragment } }>;
  webhookEndpoints: Array<
    { id: string } & { ' $fragmentRefs'?: { WebhookEndpointSummary_EndpointFragment: WebhookEndpointSummary_EndpointFragment } }
  >;
};

export type WebhookEndpointQueryVariables = Exact<{
  id: string | number;
}>;

export type WebhookEndpointQuery = {
  webhookEndpoint: {
    id: string;
    url: string;
    events: Array<string>;
    description: string;
    enabled: boolean;
    disabledReason: string | null;
    disabledAt: string | null;
    failingSince: string | null;
    previousSecretExpiresAt: string | null;
    createdAt: string;
    deliveries: {
      nodes: Array<
        { id: string; status: WebhookDeliveryStatus } & {
          ' $fragmentRefs'?: { DeliveryLog_DeliveryFragment: DeliveryLog_DeliveryFragment };
        }
      >;
    };
  };
};

export type WebhookEndpointSummary_EndpointFragment = {
  id: string;
  url: string;
  events: Array<string>;
  description: string;
  enabled: boolean;
  disabledReason: string | null;
} & { ' $fragmentName'?: 'WebhookEndpointSummary_EndpointFragment' };

export type CreateApiTokenMutationVariables = Exact<{
  name: string;
  expiresAt?: string | null | undefined;
  scope?: ApiTokenScope | null | undefined;
}>;

export type CreateApiTokenMutation = {
  createApiToken: {
    token: string;
    apiToken: { id: string } & { ' $fragmentRefs'?: { ApiTokenRow_TokenFragment: ApiTokenRow_TokenFragment } };
  };
};

export type CreateWebhookEndpointMutationVariables = Exact<{
  input: CreateWebhookEndpointInput;
}>;

export type CreateWebhookEndpointMutation = {
  createWebhookEndpoint: {
    secret: string;
    endpoint: { id: string; url: string; events: Array<string> } & {
      ' $fragmentRefs'?: { WebhookEndpointSummary_EndpointFragment: WebhookEndpointSummary_EndpointFragment };
    };
  };
};

export type DeleteWebhookEndpointMutationVariables = Exact<{
  id: string | number;
}>;

export type DeleteWebhookEndpointMutation = { deleteWebhookEndpoint: string };

export type RedeliverWebhookMutationVariables = Exact<{
  deliveryId: string | number;
}>;

export type RedeliverWebhookMutation = { redeliverWebhook: { id: string; status: WebhookDeliveryStatus; nextAttemptAt: string | null } };

export type RevokeApiTokenMutationVariables = Exact<{
  id: string | number;
}>;

export type RevokeApiTokenMutation = { revokeApiToken: { id: string; revokedAt: string | null } };

export type RotateWebhookSecretMutationVariables = Exact<{
  id: string | number;
}>;

export type RotateWebhookSecretMutation = {
  rotateWebhookSecret: { secret: string; endpoint: { id: string; previousSecretExpiresAt: string | null } };
};

export type SendTestWebhookMutationVariables = Exact<{
  id: string | number;
}>;

export type SendTestWebhookMutation = { sendTestWebhook: { id: string; status: WebhookDeliveryStatus } };

export type UpdateWebhookEndpointMutationVariables = Exact<{
  input: UpdateWebhookEndpointInput;
}>;

export type UpdateWebhookEndpointMutation = {
  updateWebhookEndpoint: {
    id: string;
    url: string;
    events: Array<string>;
    description: string;
    enabled: boolean;
    disabledReason: string | null;
    disabledAt: string | null;
    failingSince: string | null;
    updatedAt: string;
  };
};

export type CommentItem_CommentFragment = {
  id: string;
  body: string | null;
  bodyHtml: string | null;
  hidden: boolean;
  hiddenReason: string | null;
  editedAt: string | null;
  createdAt: string;
  openFlagCount: number;
  viewerHasFlagged: boolean;
  viewerCanEdit: boolean;
  author: { id: string; displayName: string; role: Role };
  revisions: Array<{ body: string; bodyHtml: string; writtenAt: string }>;
} & { ' $fragmentName'?: 'CommentItem_CommentFragment' };

export type Discussion_ProposalFragment = {
  id: string;
  number: number;
  status: ProposalStatus;
  comments: Array<
    { id: string; parentId: string | null; author: { id: string; displayName: string } } & {
      ' $fragmentRefs'?: { CommentItem_CommentFragment: CommentItem_CommentFragment };
    }
  >;
} & { ' $fragmentName'?: 'Discussion_ProposalFragment' };

export type AddCommentMutationVariables = Exact<{
  input: AddCommentInput;
}>;

export type AddCommentMutation = {
  addComment: { id: string; parentId: string | null } & { ' $fragmentRefs'?: { CommentItem_CommentFragment: CommentItem_CommentFragment } };
};

export type DismissCommentFlagsMutationVariables = Exact<{
  id: string | number;
}>;

export type DismissCommentFlagsMutation = { dismissCommentFlags: { id: string; openFlagCount: number } };

export type EditCommentMutationVariables = Exact<{
  input: EditCommentInput;
}>;

export type EditCommentMutation = {
  editComment: { id: string } & { ' $fragmentRefs'?: { CommentItem_CommentFragment: CommentItem_CommentFragment } };
};

export type FlagCommentMutationVariables = Exact<{
  input: FlagCommentInput;
}>;

export type FlagCommentMutation = { flagComment: { id: string; viewerHasFlagged: boolean; openFlagCount: number } };

export type HideCommentMutationVariables = Exact<{
  input: HideCommentInput;
}>;

export type HideCommentMutation = {
  hideComment: { id: string } & { ' $fragmentRefs'?: { CommentItem_CommentFragment: CommentItem_CommentFragment } };
};

export type UnhideCommentMutationVariables = Exact<{
  id: string | number;
}>;

export type UnhideCommentMutation = {
  unhideComment: { id: string } & { ' $fragmentRefs'?: { CommentItem_CommentFragment: CommentItem_CommentFragment } };
};

export type AudienceColumns_CategoryFragment = {
  measures: Array<
    { key: string; audience: Audience } & { ' $fragmentRefs'?: { MeasureListItem_MeasureFragment: MeasureListItem_MeasureFragment } }
  >;
} & { ' $fragmentName'?: 'AudienceColumns_CategoryFragment' };

export type CategoryCard_CategoryFragment = {
  key: string;
  name: string;
  description: string;
  focusPercent: number;
  measures: Array<{ key: string; audience: Audience; status: MeasureStatus }>;
} & { ' $fragmentName'?: 'CategoryCard_CategoryFragment' };

export type CategoryQueryVariables = Exact<{ [key: string]: never }>;

export type CategoryQuery = {
  draft: {
    categories: Array<
      { key: string; name: string; description: string; focusPercent: number } & {
        ' $fragmentRefs'?: { AudienceColumns_CategoryFragment: AudienceColumns_CategoryFragment };
      }
    >;
  };
};

export type FocusChart_CategoriesFragment = { key: string; name: string; focusPercent: number } & {
  ' $fragmentName'?: 'FocusChart_CategoriesFragment';
};

export type HomeQueryVariables = Exact<{ [key: string]: never }>;

export type HomeQuery = {
  draft: {
    revision: number;
    categories: Array<
      { key: string } & {
        ' $fragmentRefs'?: {
          FocusChart_CategoriesFragment: FocusChart_CategoriesFragment;
          CategoryCard_CategoryFragment: CategoryCard_CategoryFragment;
        };
      }
    >;
  };
  releases: Array<{ ' $fragmentRefs'?: { LatestReleaseNote_ReleasesFragment: LatestReleaseNote_ReleasesFragment } }>;
};

export type MeasureFacts_MeasureFragment = {
  audience: Audience;
  formula: string | null;
  unit: string;
  direction: Direction;
  status: MeasureStatus;
  aliases: Array<string>;
  category: { key: string; name: string };
} & { ' $fragmentName'?: 'MeasureFacts_MeasureFragment' };

export type MeasureHistory_MeasureFragment = {
  key: string;
  releaseHistory: Array<{ version: string; title: string; publishedAt: string; change: MeasureChange; fields: Array<string> }>;
  proposals: Array<{ ' $fragmentRefs'?: { ProposalLinks_ProposalsFragment: ProposalLinks_ProposalsFragment } }>;
} & { ' $fragmentName'?: 'MeasureHistory_MeasureFragment' };

export type MeasureListItem_MeasureFragment = { key: string; name: string; status: MeasureStatus; definition: string; unit: string } & {
  ' $fragmentName'?: 'MeasureListItem_MeasureFragment';
};

export type MeasureQueryVariables = Exact<{
  key: string;
}>;

export type MeasureQuery = {
  measure: {
    key: string;
    name: string;
    definition: string;
    status: MeasureStatus;
    notes: string | null;
    notesHtml: string | null;
    category: { key: string; name: string };
  } & {
    ' $fragmentRefs'?: {
      MeasureFacts_MeasureFragment: MeasureFacts_MeasureFragment;
      MeasureHistory_MeasureFragment: MeasureHistory_MeasureFragment;
    };
  };
};

export type GovernancePage_SettingsFragment = ({
  votingWindowSeconds: number;
  minimumWindowSeconds: number | null;
  quorumPercent: number;
  thresholdNumerator: number;
  thresholdDenominator: number;
  hideResultsUntilClose: boolean;
  updatedAt: string;
} & { ' $fragmentRefs'?: { GovernanceSettingsForm_SettingsFragment: GovernanceSettingsForm_SettingsFragment } }) & {
  ' $fragmentName'?: 'GovernancePage_SettingsFragment';
};

export type GovernanceQueryVariables = Exact<{ [key: string]: never }>;

export type GovernanceQuery = {
  governanceSettings: { ' $fragmentRefs'?: { GovernancePage_SettingsFragment: GovernancePage_SettingsFragment } };
};

export type GovernanceSettingsForm_SettingsFragment = {
  votingWindowSeconds: number;
  minimumWindowSeconds: number | null;
  quorumPercent: number;
  thresholdNumerator: number;
  thresholdDenominator: number;
  hideResultsUntilClose: boolean;
} & { ' $fragmentName'?: 'GovernanceSettingsForm_SettingsFragment' };

export type UpdateGovernanceSettingsMutationVariables = Exact<{
  input: UpdateGovernanceSettingsInput;
}>;

export type UpdateGovernanceSettingsMutation = {
  updateGovernanceSettings: { ' $fragmentRefs'?: { GovernancePage_SettingsFragment: GovernancePage_SettingsFragment } };
};

export type FlaggedCommentCard_ItemFragment = {
  proposalTitle: string;
  comment: {
    id: string;
    proposalNumber: number;
    bodyHtml: string | null;
    hidden: boolean;
    createdAt: string;
    author: { id: string; displayName: string };
  };
  flags: Array<{ id: string; reason: string; createdAt: string; flagger: { id: string; displayName: string } }>;
} & { ' $fragmentName'?: 'FlaggedCommentCard_ItemFragment' };

export type ModerationQueryVariables = Exact<{ [key: string]: never }>;

export type ModerationQuery = {
  moderationQueue: Array<
    { comment: { id: string } } & { ' $fragmentRefs'?: { FlaggedCommentCard_ItemFragment: FlaggedCommentCard_ItemFragment } }
  >;
};

export type EditProposalQueryVariables = Exact<{
  number: number;
}>;

export type EditProposalQuery = {
  proposal: {
    id: string;
    number: number;
    title: string;
    summary: string;
    status: ProposalStatus;
    viewerCanEdit: boolean;
    changes: Array<{ ' $fragmentRefs'?: { ChangeFields_ChangeFragment: ChangeFields_ChangeFragment } }>;
  };
  draft: { revision: number; document: unknown };
};

export type NewProposalQueryVariables = Exact<{ [key: string]: never }>;

export type NewProposalQuery = { draft: { revision: number; document: unknown }; me: { id: string } | null };

export type ProposalActions_ProposalFragment = { number: number; status: ProposalStatus; viewerCanEdit: boolean } & {
  ' $fragmentName'?: 'ProposalActions_ProposalFragment';
};

export type ProposalChanges_ProposalFragment = {
  status: ProposalStatus;
  changes: Array<
    { description: string; kind: ChangeKind } & { ' $fragmentRefs'?: { ChangeFields_ChangeFragment: ChangeFields_ChangeFragment } }
  >;
  preview: {
    applies: boolean;
    againstRevision: number;
    before: unknown;
    after: unknown;
    conflicts: Array<{ changeIndex: number; path: string; base: unknown; current: unknown; proposed: unknown }>;
    issues: Array<{ code: string; path: string; message: string }>;
  };
} & { ' $fragmentName'?: 'ProposalChanges_ProposalFragment' };

export type ProposalHistory_ProposalFragment = {
  history: Array<{
    id: string;
    action: string;
    fromStatus: ProposalStatus | null;
    toStatus: ProposalStatus | null;
    reason: string | null;
    at: string;
    actor: { id: string; displayName: string } | null;
  }>;
} & { ' $fragmentName'?: 'ProposalHistory_ProposalFragment' };

export type ProposalLinks_ProposalsFragment = { id: string; number: number; title: string; status: ProposalStatus } & {
  ' $fragmentName'?: 'ProposalLinks_ProposalsFragment';
};

export type ProposalListItem_ProposalFragment = {
  number: number;
  title: string;
  status: ProposalStatus;
  commentCount: number;
  lastActivityAt: string;
  touchedCategories: Array<string>;
  author: { id: string; displayName: string };
} & { ' $fragmentName'?: 'ProposalListItem_ProposalFragment' };

export type ProposalPage_ProposalFragment = ({
  id: string;
  number: number;
  title: string;
  status: ProposalStatus;
  summaryHtml: string;
  createdAt: string;
  lastActivityAt: string;
  viewerCanEdit: boolean;
  author: { id: string; displayName: string };
} & {
  ' $fragmentRefs'?: {
    ProposalActions_ProposalFragment: ProposalActions_ProposalFragment;
    ProposalChanges_ProposalFragment: ProposalChanges_ProposalFragment;
    ProposalHistory_ProposalFragment: ProposalHistory_ProposalFragment;
    VotingPanel_ProposalFragment: VotingPanel_ProposalFragment;
    Discussion_ProposalFragment: Discussion_ProposalFragment;
  };
}) & { ' $fragmentName'?: 'ProposalPage_ProposalFragment' };

export type ProposalQueryVariables = Exact<{
  number: number;
}>;

export type ProposalQuery = {
  proposal: { id: string; status: ProposalStatus } & {
    ' $fragmentRefs'?: { ProposalPage_ProposalFragment: ProposalPage_ProposalFragment };
  };
  me: { id: string; role: Role } | null;
  governanceSettings: { ' $fragmentRefs'?: { VotingPanel_SettingsFragment: VotingPanel_SettingsFragment } };
};

export type ProposalsQueryVariables = Exact<{ [key: string]: never }>;

export type ProposalsQuery = {
  draft: { categories: Array<{ key: string; name: string; measures: Array<{ key: string; name: string }> }> };
};

export type ProposalListQueryVariables = Exact<{
  status?: ProposalStatus | null | undefined;
  categoryKey?: string | null | undefined;
  measureKey?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type ProposalListQuery = {
  proposals: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Array<{ id: string } & { ' $fragmentRefs'?: { ProposalListItem_ProposalFragment: ProposalListItem_ProposalFragment } }>;
  };
};

export type ChangeFields_ChangeFragment = {
  op: ChangeOp;
  reason: string | null;
  measureKey: string | null;
  categoryKey: string | null;
  measure: {
    key: string;
    name: string;
    categoryKey: string;
    audience: Audience;
    definition: string;
    formula: string | null;
    unit: string;
    direction: Direction;
    status: MeasureStatus;
    aliases: Array<string>;
    notes: string | null;
  } | null;
  patch: {
    fields: Array<string>;
    name: string | null;
    audience: Audience | null;
    definition: string | null;
    formula: string | null;
    unit: string | null;
    direction: Direction | null;
    status: MeasureStatus | null;
    aliases: Array<string> | null;
    notes: string | null;
  } | null;
  category: { key: string; name: string; description: string; position: number | null } | null;
  categoryPatch: { name: string | null; description: string | null; position: number | null } | null;
  focus: Array<{ categoryKey: string; focusPercent: number }> | null;
} & { ' $fragmentName'?: 'ChangeFields_ChangeFragment' };

export type CreateProposalMutationVariables = Exact<{
  input: CreateProposalInput;
}>;

export type CreateProposalMutation = { createProposal: { id: string; number: number; status: ProposalStatus } };

export type ProposalUpdatedSubscriptionVariables = Exact<{
  number: number;
}>;

export type ProposalUpdatedSubscription = {
  proposalUpdated: { id: string; status: ProposalStatus; voting: { id: string; outcome: VoteOutcome | null } | null } & {
    ' $fragmentRefs'?: { ProposalPage_ProposalFragment: ProposalPage_ProposalFragment };
  };
};

export type SubmitProposalMutationVariables = Exact<{
  number: number;
}>;

export type SubmitProposalMutation = {
  submitProposal: { id: string; status: ProposalStatus; lastActivityAt: string; viewerCanEdit: boolean } & {
    ' $fragmentRefs'?: { ProposalHistory_ProposalFragment: ProposalHistory_ProposalFragment };
  };
};

export type UpdateProposalMutationVariables = Exact<{
  input: UpdateProposalInput;
}>;

export type UpdateProposalMutation = {
  updateProposal: {
    id: string;
    number: number;
    title: string;
    summary: string;
    summaryHtml: string;
    status: ProposalStatus;
    updatedAt: string;
    lastActivityAt: string;
    baseRevision: number;
    touchedCategories: Array<string>;
    touchedMeasures: Array<string>;
  } & {
    ' $fragmentRefs'?: {
      ProposalChanges_ProposalFragment: ProposalChanges_ProposalFragment;
      ProposalHistory_ProposalFragment: ProposalHistory_ProposalFragment;
    };
  };
};

export type WithdrawProposalMutationVariables = Exact<{
  number: number;
  reason?: string | null | undefined;
}>;

export type WithdrawProposalMutation = {
  withdrawProposal: { id: string; status: ProposalStatus; lastActivityAt: string; viewerCanEdit: boolean } & {
    ' $fragmentRefs'?: { ProposalHistory_ProposalFragment: ProposalHistory_ProposalFragment };
  };
};

export type CompareReleasesQueryVariables = Exact<{ [key: string]: never }>;

export type CompareReleasesQuery = {
  releases: Array<{ version: string; title: string; publishedAt: string; previousVersion: string | null }>;
};

export type CompareReleasesDiffQueryVariables = Exact<{
  from: string;
  to: string;
}>;

export type CompareReleasesDiffQuery = {
  releaseDiff: {
    from: { version: string; title: string; publishedAt: string };
    to: { version: string; title: string; publishedAt: string };
  } & { ' $fragmentRefs'?: { ReleaseDiffView_ReleaseDiffFragment: ReleaseDiffView_ReleaseDiffFragment } };
};

export type LatestReleaseNote_ReleasesFragment = { version: string; title: string; publishedAt: string } & {
  ' $fragmentName'?: 'LatestReleaseNote_ReleasesFragment';
};

export type PrepareReleaseQueryVariables = Exact<{ [key: string]: never }>;

export type PrepareReleaseQuery = {
  releasePreview: {
    previousVersion: string;
    draftRevision: number;
    requiredBump: VersionBump;
    suggestedVersion: string;
    allowedVersions: Array<string>;
    canPublish: boolean;
    diff: unknown;
    mergedProposals: Array<{ ' $fragmentRefs'?: { ProposalLinks_ProposalsFragment: ProposalLinks_ProposalsFragment } }>;
  };
  previous: { version: string; title: string; document: unknown };
  draft: { revision: number; document: unknown };
};

export type ReleaseChangelog_ReleaseFragment = {
  previousVersion: string | null;
  changelog: Array<{ proposalNumber: number; title: string; changes: Array<{ kind: ChangeKind; description: string }> }>;
} & { ' $fragmentName'?: 'ReleaseChangelog_ReleaseFragment' };

export type ReleaseDiffView_ReleaseDiffFragment = {
  diff: unknown;
  from: { version: string; document: unknown };
  to: { version: string; document: unknown };
} & { ' $fragmentName'?: 'ReleaseDiffView_ReleaseDiffFragment' };

export type ReleaseFramework_CategoriesFragment = ({ key: string; name: string; description: string; focusPercent: number } & {
  ' $fragmentRefs'?: { AudienceColumns_CategoryFragment: AudienceColumns_CategoryFragment };
}) & { ' $fragmentName'?: 'ReleaseFramework_CategoriesFragment' };

export type ReleaseListItem_ReleaseFragment = { version: string; title: string; publishedAt: string; license: { name: string } } & {
  ' $fragmentName'?: 'ReleaseListItem_ReleaseFragment';
};

export type ReleaseQueryVariables = Exact<{
  version: string;
}>;

export type ReleaseQuery = {
  release: {
    version: string;
    title: string;
    notes: string;
    notesHtml: string;
    publishedAt: string;
    contentHash: string;
    draftRevision: number;
    previousVersion: string | null;
    license: { id: string; name: string; url: string; attribution: string };
    categories: Array<{ ' $fragmentRefs'?: { ReleaseFramework_CategoriesFragment: ReleaseFramework_CategoriesFragment } }>;
  } & { ' $fragmentRefs'?: { ReleaseChangelog_ReleaseFragment: ReleaseChangelog_ReleaseFragment } };
};

export type ReleaseChangesQueryVariables = Exact<{
  from: string;
  to: string;
}>;

export type ReleaseChangesQuery = {
  releaseDiff: { ' $fragmentRefs'?: { ReleaseDiffView_ReleaseDiffFragment: ReleaseDiffView_ReleaseDiffFragment } };
};

export type ReleasesQueryVariables = Exact<{ [key: string]: never }>;

export type ReleasesQuery = {
  releases: Array<
    { version: string; publishedAt: string } & { ' $fragmentRefs'?: { ReleaseListItem_ReleaseFragment: ReleaseListItem_ReleaseFragment } }
  >;
};

export type PublishReleaseMutationVariables = Exact<{
  input: PublishReleaseInput;
}>;

export type PublishReleaseMutation = {
  publishRelease: { version: string; title: string; publishedAt: string } & {
    ' $fragmentRefs'?: { ReleaseListItem_ReleaseFragment: ReleaseListItem_ReleaseFragment };
  };
};

export type MarkdownPreviewQueryVariables = Exact<{
  source: string;
}>;

export type MarkdownPreviewQuery = { markdownPreview: string };

export type OpenVotingForm_SettingsFragment = { votingWindowSeconds: number; minimumWindowSeconds: number | null } & {
  ' $fragmentName'?: 'OpenVotingForm_SettingsFragment';
};

export type VoteForm_VotingFragment = { viewerVote: { choice: VoteChoice; rationale: string | null } | null } & {
  ' $fragmentName'?: 'VoteForm_VotingFragment';
};

export type VoteHistory_VotingFragment = {
  history: Array<{
    choice: VoteChoice;
    rationale: string | null;
    castAt: string;
    current: boolean;
    voter: { id: string; displayName: string };
  }>;
} & { ' $fragmentName'?: 'VoteHistory_VotingFragment' };

export type VoteList_VotingFragment = {
  resultsHidden: boolean;
  viewerCanVote: boolean;
  votes: Array<{ choice: VoteChoice; rationale: string | null; castAt: string; voter: { id: string; displayName: string } }>;
} & { ' $fragmentName'?: 'VoteList_VotingFragment' };

export type VoteTally_VotingFragment = {
  isOpen: boolean;
  electorate: number;
  quorumVotesNeeded: number;
  thresholdNumerator: number;
  thresholdDenominator: number;
  resultsHidden: boolean;
  viewerCanVote: boolean;
  tally: { approvals: number; rejections: number; abstentions: number; voted: number } | null;
} & { ' $fragmentName'?: 'VoteTally_VotingFragment' };

export type VotingPanel_ProposalFragment = {
  id: string;
  number: number;
  status: ProposalStatus;
  releasedIn: string | null;
  mergedRevision: number | null;
  voting:
    | ({
        id: string;
        isOpen: boolean;
        closesAt: string;
        closedAt: string | null;
        electorate: number;
        outcome: VoteOutcome | null;
        outcomeReason: string | null;
        resultsHidden: boolean;
        viewerCanVote: boolean;
        tally: { voted: number } | null;
      } & {
        ' $fragmentRefs'?: {
          VotingRules_VotingFragment: VotingRules_VotingFragment;
          VoteTally_VotingFragment: VoteTally_VotingFragment;
          VoteForm_VotingFragment: VoteForm_VotingFragment;
          VoteList_VotingFragment: VoteList_VotingFragment;
          VoteHistory_VotingFragment: VoteHistory_VotingFragment;
        };
      })
    | null;
} & { ' $fragmentName'?: 'VotingPanel_ProposalFragment' };

export type VotingPanel_SettingsFragment = ({ votingWindowSeconds: number } & {
  ' $fragmentRefs'?: { OpenVotingForm_SettingsFragment: OpenVotingForm_SettingsFragment };
}) & { ' $fragmentName'?: 'VotingPanel_SettingsFragment' };

export type VotingRules_VotingFragment = {
  openedAt: string;
  closesAt: string;
  closedAt: string | null;
  electorate: number;
  quorumPercent: number;
  quorumVotesNeeded: number;
  thresholdNumerator: number;
  thresholdDenominator: number;
  hideResultsUntilClose: boolean;
} & { ' $fragmentName'?: 'VotingRules_VotingFragment' };

export type CastVoteMutationVariables = Exact<{
  input: CastVoteInput;
}>;

export type CastVoteMutation = {
  castVote: { id: string; status: ProposalStatus; lastActivityAt: string } & {
    ' $fragmentRefs'?: { VotingPanel_ProposalFragment: VotingPanel_ProposalFragment };
  };
};

export type CloseVotingMutationVariables = Exact<{
  number: number;
}>;

export type CloseVotingMutation = { closeVoting: { ' $fragmentRefs'?: { VotingChange_ProposalFragment: VotingChange_ProposalFragment } } };

export type MergeProposalMutationVariables = Exact<{
  number: number;
}>;

export type MergeProposalMutation = {
  mergeProposal: { id: string; status: ProposalStatus; lastActivityAt: string; viewerCanEdit: boolean; mergedRevision: number | null } & {
    ' $fragmentRefs'?: {
      ProposalActions_ProposalFragment: ProposalActions_ProposalFragment;
      ProposalChanges_ProposalFragment: ProposalChanges_ProposalFragment;
      ProposalHistory_ProposalFragment: ProposalHistory_ProposalFragment;
      VotingPanel_ProposalFragment: VotingPanel_ProposalFragment;
    };
  };
};

export type OpenVotingMutationVariables = Exact<{
  number: number;
  closesAt?: string | null | undefined;
}>;

export type OpenVotingMutation = { openVoting: { ' $fragmentRefs'?: { VotingChange_ProposalFragment: VotingChange_ProposalFragment } } };

export type VotingChange_ProposalFragment = ({ id: string; status: ProposalStatus; lastActivityAt: string; viewerCanEdit: boolean } & {
  ' $fragmentRefs'?: {
    ProposalActions_ProposalFragment: ProposalActions_ProposalFragment;
    ProposalHistory_ProposalFragment: ProposalHistory_ProposalFragment;
    VotingPanel_ProposalFragment: VotingPanel_ProposalFragment;
  };
}) & { ' $fragmentName'?: 'VotingChange_ProposalFragment' };

export const AssessmentList_AssessmentsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssessmentList_assessments' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Assessment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'releaseVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'result' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'coveragePercent' } },
                { kind: 'Field', name: { kind: 'Name', value: 'guidingPercent' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AssessmentList_AssessmentsFragment, unknown>;
export const BenchmarkPanel_BenchmarkFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BenchmarkPanel_benchmark' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AssessmentBenchmark' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'releaseVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contributions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minimumContributions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'categories' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'categoryKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'coverage' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'p25' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'median' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'p75' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'timePercent' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'p25' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'median' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'p75' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BenchmarkPanel_BenchmarkFragment, unknown>;
export const ContributePanel_AssessmentFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ContributePanel_assessment' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Assessment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'releaseVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contributed' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ContributePanel_AssessmentFragment, unknown>;
export const ProgressChart_AssessmentsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgressChart_assessments' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Assessment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'releaseVersion' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'result' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'categories' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'categoryKey' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'coveragePercent' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProgressChart_AssessmentsFragment, unknown>;
export const SharePanel_AssessmentFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SharePanel_assessment' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Assessment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sharedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SharePanel_AssessmentFragment, unknown>;
export const AccountMenu_UserFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AccountMenu_user' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AccountMenu_UserFragment, unknown>;
export const ApiTokenRow_TokenFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApiTokenRow_token' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApiToken' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scope' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastUsedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApiTokenRow_TokenFragment, unknown>;
export const DeliveryLog_DeliveryFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DeliveryLog_delivery' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WebhookDelivery' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'messageId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eventType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextAttemptAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attempts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'durationMs' } },
                { kind: 'Field', name: { kind: 'Name', value: 'error' } },
                { kind: 'Field', name: { kind: 'Name', value: 'responseExcerpt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeliveryLog_DeliveryFragment, unknown>;
export const WebhookEndpointSummary_EndpointFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WebhookEndpointSummary_endpoint' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WebhookEndpoint' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'url' } },
          { kind: 'Field', name: { kind: 'Name', value: 'events' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'enabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disabledReason' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WebhookEndpointSummary_EndpointFragment, unknown>;
export const CategoryCard_CategoryFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CategoryCard_category' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Category' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'focusPercent' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'measures' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'audience' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CategoryCard_CategoryFragment, unknown>;
export const FocusChart_CategoriesFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FocusChart_categories' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Category' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'focusPercent' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FocusChart_CategoriesFragment, unknown>;
export const MeasureFacts_MeasureFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeasureFacts_measure' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Measure' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'audience' } },
          { kind: 'Field', name: { kind: 'Name', value: 'formula' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'aliases' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeasureFacts_MeasureFragment, unknown>;
export const ProposalLinks_ProposalsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProposalLinks_proposals' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Proposal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProposalLinks_ProposalsFragment, unknown>;
export const MeasureHistory_MeasureFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeasureHistory_measure' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Measure' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'releaseHistory' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'change' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProposalLinks_proposals' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProposalLinks_proposals' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Proposal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeasureHistory_MeasureFragment, unknown>;
export const GovernanceSettingsForm_SettingsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GovernanceSettingsForm_settings' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GovernanceSettings' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'votingWindowSeconds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minimumWindowSeconds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thresholdNumerator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thresholdDenominator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hideResultsUntilClose' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GovernanceSettingsForm_SettingsFragment, unknown>;
export const GovernancePage_SettingsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GovernancePage_settings' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GovernanceSettings' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'votingWindowSeconds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minimumWindowSeconds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thresholdNumerator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thresholdDenominator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hideResultsUntilClose' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'GovernanceSettingsForm_settings' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GovernanceSettingsForm_settings' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GovernanceSettings' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'votingWindowSeconds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minimumWindowSeconds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thresholdNumerator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thresholdDenominator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hideResultsUntilClose' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GovernancePage_SettingsFragment, unknown>;
export const FlaggedCommentCard_ItemFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FlaggedCommentCard_item' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'FlaggedComment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'proposalTitle' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'comment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'proposalNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bodyHtml' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hidden' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'author' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'flags' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'flagger' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FlaggedCommentCard_ItemFragment, unknown>;
export const ProposalListItem_ProposalFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProposalListItem_proposal' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Proposal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'commentCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastActivityAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'touchedCategories' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProposalListItem_ProposalFragment, unknown>;
export const ProposalActions_ProposalFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProposalActions_proposal' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Proposal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProposalActions_ProposalFragment, unknown>;
export const ChangeFields_ChangeFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ChangeFields_change' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Change' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'op' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'measureKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'categoryKey' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'measure' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'categoryKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'audience' } },
                { kind: 'Field', name: { kind: 'Name', value: 'definition' } },
                { kind: 'Field', name: { kind: 'Name', value: 'formula' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'aliases' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'patch' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'audience' } },
                { kind: 'Field', name: { kind: 'Name', value: 'definition' } },
                { kind: 'Field', name: { kind: 'Name', value: 'formula' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'aliases' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'categoryPatch' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'focus' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'categoryKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'focusPercent' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ChangeFields_ChangeFragment, unknown>;
export const ProposalChanges_ProposalFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProposalChanges_proposal' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Proposal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ChangeFields_change' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'preview' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'applies' } },
                { kind: 'Field', name: { kind: 'Name', value: 'againstRevision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'before' } },
                { kind: 'Field', name: { kind: 'Name', value: 'after' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'conflicts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'changeIndex' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'base' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'current' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'proposed' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'issues' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ChangeFields_change' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Change' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'op' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'measureKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'categoryKey' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'measure' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'categoryKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'audience' } },
                { kind: 'Field', name: { kind: 'Name', value: 'definition' } },
                { kind: 'Field', name: { kind: 'Name', value: 'formula' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'aliases' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'patch' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'audience' } },
                { kind: 'Field', name: { kind: 'Name', value: 'definition' } },
                { kind: 'Field', name: { kind: 'Name', value: 'formula' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'aliases' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'categoryPatch' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'focus' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'categoryKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'focusPercent' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProposalChanges_ProposalFragment, unknown>;
export const ProposalHistory_ProposalFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProposalHistory_proposal' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Proposal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actor' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProposalHistory_ProposalFragment, unknown>;
export const VotingRules_VotingFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VotingRules_voting' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Voting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'openedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closesAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'electorate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumVotesNeeded' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thresholdNumerator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thresholdDenominator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hideResultsUntilClose' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VotingRules_VotingFragment, unknown>;
export const VoteTally_VotingFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VoteTally_voting' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Voting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'isOpen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'electorate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumVotesNeeded' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thresholdNumerator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thresholdDenominator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resultsHidden' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanVote' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tally' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'approvals' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rejections' } },
                { kind: 'Field', name: { kind: 'Name', value: 'abstentions' } },
                { kind: 'Field', name: { kind: 'Name', value: 'voted' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VoteTally_VotingFragment, unknown>;
export const VoteForm_VotingFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VoteForm_voting' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Voting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerVote' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'choice' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rationale' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VoteForm_VotingFragment, unknown>;
export const VoteList_VotingFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VoteList_voting' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Voting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'resultsHidden' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanVote' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'votes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'choice' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rationale' } },
                { kind: 'Field', name: { kind: 'Name', value: 'castAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'voter' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VoteList_VotingFragment, unknown>;
export const VoteHistory_VotingFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VoteHistory_voting' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Voting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'choice' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rationale' } },
                { kind: 'Field', name: { kind: 'Name', value: 'castAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'current' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'voter' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VoteHistory_VotingFragment, unknown>;
export const VotingPanel_ProposalFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VotingPanel_proposal' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Proposal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'releasedIn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mergedRevision' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'voting' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isOpen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closesAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'electorate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcomeReason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'resultsHidden' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerCanVote' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'tally' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'voted' } }] },
                },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VotingRules_voting' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoteTally_voting' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoteForm_voting' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoteList_voting' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoteHistory_voting' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VotingRules_voting' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Voting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'openedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closesAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'electorate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumVotesNeeded' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thresholdNumerator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thresholdDenominator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hideResultsUntilClose' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VoteTally_voting' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Voting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'isOpen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'electorate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumVotesNeeded' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thresholdNumerator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thresholdDenominator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resultsHidden' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanVote' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tally' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'approvals' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rejections' } },
                { kind: 'Field', name: { kind: 'Name', value: 'abstentions' } },
                { kind: 'Field', name: { kind: 'Name', value: 'voted' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VoteForm_voting' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Voting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerVote' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'choice' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rationale' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VoteList_voting' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Voting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'resultsHidden' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanVote' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'votes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'choice' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rationale' } },
                { kind: 'Field', name: { kind: 'Name', value: 'castAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'voter' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VoteHistory_voting' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Voting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'choice' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rationale' } },
                { kind: 'Field', name: { kind: 'Name', value: 'castAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'current' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'voter' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VotingPanel_ProposalFragment, unknown>;
export const CommentItem_CommentFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CommentItem_comment' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Comment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bodyHtml' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hidden' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hiddenReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openFlagCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerHasFlagged' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revisions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bodyHtml' } },
                { kind: 'Field', name: { kind: 'Name', value: 'writtenAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CommentItem_CommentFragment, unknown>;
export const Discussion_ProposalFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'Discussion_proposal' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Proposal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'comments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'author' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CommentItem_comment' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CommentItem_comment' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Comment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bodyHtml' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hidden' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hiddenReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openFlagCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerHasFlagged' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revisions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bodyHtml' } },
                { kind: 'Field', name: { kind: 'Name', value: 'writtenAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<Discussion_ProposalFragment, unknown>;
export const ProposalPage_ProposalFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProposalPage_proposal' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Proposal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summaryHtml' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastActivityAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProposalActions_proposal' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProposalChanges_proposal' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProposalHistory_proposal' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VotingPanel_proposal' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'Discussion_proposal' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ChangeFields_change' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Change' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'op' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'measureKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'categoryKey' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'measure' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'categoryKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'audience' } },
                { kind: 'Field', name: { kind: 'Name', value: 'definition' } },
                { kind: 'Field', name: { kind: 'Name', value: 'formula' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'aliases' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'patch' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'audience' } },
                { kind: 'Field', name: { kind: 'Name', value: 'definition' } },
                { kind: 'Field', name: { kind: 'Name', value: 'formula' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'aliases' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'categoryPatch' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'focus' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'categoryKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'focusPercent' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VotingRules_voting' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Voting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'openedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closesAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'electorate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumVotesNeeded' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thresholdNumerator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thresholdDenominator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hideResultsUntilClose' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VoteTally_voting' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Voting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'isOpen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'electorate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumVotesNeeded' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thresholdNumerator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thresholdDenominator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resultsHidden' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanVote' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tally' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'approvals' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rejections' } },
                { kind: 'Field', name: { kind: 'Name', value: 'abstentions' } },
                { kind: 'Field', name: { kind: 'Name', value: 'voted' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VoteForm_voting' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Voting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerVote' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'choice' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rationale' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VoteList_voting' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Voting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'resultsHidden' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanVote' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'votes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'choice' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rationale' } },
                { kind: 'Field', name: { kind: 'Name', value: 'castAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'voter' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VoteHistory_voting' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Voting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'choice' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rationale' } },
                { kind: 'Field', name: { kind: 'Name', value: 'castAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'current' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'voter' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CommentItem_comment' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Comment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bodyHtml' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hidden' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hiddenReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openFlagCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerHasFlagged' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revisions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bodyHtml' } },
                { kind: 'Field', name: { kind: 'Name', value: 'writtenAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProposalActions_proposal' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Proposal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProposalChanges_proposal' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Proposal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ChangeFields_change' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'preview' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'applies' } },
                { kind: 'Field', name: { kind: 'Name', value: 'againstRevision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'before' } },
                { kind: 'Field', name: { kind: 'Name', value: 'after' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'conflicts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'changeIndex' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'base' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'current' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'proposed' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'issues' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProposalHistory_proposal' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Proposal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actor' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VotingPanel_proposal' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Proposal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'releasedIn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mergedRevision' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'voting' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isOpen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closesAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'electorate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcomeReason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'resultsHidden' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerCanVote' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'tally' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'voted' } }] },
                },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VotingRules_voting' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoteTally_voting' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoteForm_voting' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoteList_voting' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoteHistory_voting' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'Discussion_proposal' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Proposal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'comments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'author' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CommentItem_comment' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProposalPage_ProposalFragment, unknown>;
export const LatestReleaseNote_ReleasesFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LatestReleaseNote_releases' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Release' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LatestReleaseNote_ReleasesFragment, unknown>;
export const ReleaseChangelog_ReleaseFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReleaseChangelog_release' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Release' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'previousVersion' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changelog' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'proposalNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'changes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReleaseChangelog_ReleaseFragment, unknown>;
export const ReleaseDiffView_ReleaseDiffFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReleaseDiffView_releaseDiff' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReleaseDiff' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'diff' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'from' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'document' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'to' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'document' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReleaseDiffView_ReleaseDiffFragment, unknown>;
export const MeasureListItem_MeasureFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeasureListItem_measure' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Measure' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'definition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeasureListItem_MeasureFragment, unknown>;
export const AudienceColumns_CategoryFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AudienceColumns_category' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Category' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'measures' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'audience' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeasureListItem_measure' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeasureListItem_measure' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Measure' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'definition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AudienceColumns_CategoryFragment, unknown>;
export const ReleaseFramework_CategoriesFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReleaseFramework_categories' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Category' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'focusPercent' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AudienceColumns_category' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeasureListItem_measure' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Measure' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'definition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AudienceColumns_category' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Category' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'measures' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'audience' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeasureListItem_measure' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReleaseFramework_CategoriesFragment, unknown>;
export const ReleaseListItem_ReleaseFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReleaseListItem_release' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Release' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'license' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReleaseListItem_ReleaseFragment, unknown>;
export const OpenVotingForm_SettingsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OpenVotingForm_settings' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GovernanceSettings' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'votingWindowSeconds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minimumWindowSeconds' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OpenVotingForm_SettingsFragment, unknown>;
export const VotingPanel_SettingsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VotingPanel_settings' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GovernanceSettings' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'votingWindowSeconds' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'OpenVotingForm_settings' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OpenVotingForm_settings' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GovernanceSettings' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'votingWindowSeconds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minimumWindowSeconds' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VotingPanel_SettingsFragment, unknown>;
export const VotingChange_ProposalFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VotingChange_proposal' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Proposal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastActivityAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProposalActions_proposal' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProposalHistory_proposal' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VotingPanel_proposal' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VotingRules_voting' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Voting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'openedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closesAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'electorate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumVotesNeeded' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thresholdNumerator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thresholdDenominator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hideResultsUntilClose' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VoteTally_voting' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Voting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'isOpen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'electorate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumVotesNeeded' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thresholdNumerator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thresholdDenominator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resultsHidden' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanVote' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tally' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'approvals' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rejections' } },
                { kind: 'Field', name: { kind: 'Name', value: 'abstentions' } },
                { kind: 'Field', name: { kind: 'Name', value: 'voted' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VoteForm_voting' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Voting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerVote' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'choice' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rationale' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VoteList_voting' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Voting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'resultsHidden' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanVote' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'votes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'choice' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rationale' } },
                { kind: 'Field', name: { kind: 'Name', value: 'castAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'voter' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VoteHistory_voting' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Voting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'choice' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rationale' } },
                { kind: 'Field', name: { kind: 'Name', value: 'castAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'current' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'voter' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProposalActions_proposal' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Proposal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProposalHistory_proposal' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Proposal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actor' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VotingPanel_proposal' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Proposal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'releasedIn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mergedRevision' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'voting' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isOpen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closesAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'electorate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcomeReason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'resultsHidden' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerCanVote' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'tally' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'voted' } }] },
                },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VotingRules_voting' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoteTally_voting' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoteForm_voting' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoteList_voting' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoteHistory_voting' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VotingChange_ProposalFragment, unknown>;
export const AssessmentHomeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AssessmentHome' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'releases' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AssessmentHomeQuery, AssessmentHomeQueryVariables>;
export const MyAssessmentsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyAssessments' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myAssessments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssessmentList_assessments' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProgressChart_assessments' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssessmentList_assessments' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Assessment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'releaseVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'result' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'coveragePercent' } },
                { kind: 'Field', name: { kind: 'Name', value: 'guidingPercent' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgressChart_assessments' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Assessment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'releaseVersion' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'result' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'categories' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'categoryKey' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'coveragePercent' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyAssessmentsQuery, MyAssessmentsQueryVariables>;
export const AssessmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Assessment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assessment' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'releaseVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'otherMeasures' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'timeSplit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'categoryKey' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'percent' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'answers' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'measureKey' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'tracking' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'usage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currentValue' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'release' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'document' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'changesSinceRelease' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'to' },
                        selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'version' } }] },
                      },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReleaseDiffView_releaseDiff' } },
                    ],
                  },
                },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SharePanel_assessment' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ContributePanel_assessment' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReleaseDiffView_releaseDiff' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReleaseDiff' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'diff' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'from' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'document' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'to' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'document' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SharePanel_assessment' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Assessment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sharedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ContributePanel_assessment' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Assessment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'releaseVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contributed' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AssessmentQuery, AssessmentQueryVariables>;
export const AssessmentBenchmarkDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AssessmentBenchmark' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assessmentBenchmark' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'releaseVersion' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'BenchmarkPanel_benchmark' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BenchmarkPanel_benchmark' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AssessmentBenchmark' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'releaseVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contributions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minimumContributions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'categories' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'categoryKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'coverage' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'p25' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'median' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'p75' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'timePercent' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'p25' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'median' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'p75' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AssessmentBenchmarkQuery, AssessmentBenchmarkQueryVariables>;
export const EditAssessmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'EditAssessment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assessment' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'releaseVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'otherMeasures' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'timeSplit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'categoryKey' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'percent' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'answers' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'measureKey' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'tracking' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'usage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currentValue' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'release' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'document' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EditAssessmentQuery, EditAssessmentQueryVariables>;
export const SharedAssessmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SharedAssessment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sharedAssessment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'token' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'releaseVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'otherMeasures' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'timeSplit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'categoryKey' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'percent' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'answers' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'measureKey' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'tracking' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'usage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currentValue' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'release' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'document' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SharedAssessmentQuery, SharedAssessmentQueryVariables>;
export const TakeAssessmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TakeAssessment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'release' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'document' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assessmentBenchmark' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'releaseVersion' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'BenchmarkPanel_benchmark' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BenchmarkPanel_benchmark' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AssessmentBenchmark' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'releaseVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contributions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minimumContributions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'categories' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'categoryKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'coverage' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'p25' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'median' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'p75' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'timePercent' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'p25' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'median' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'p75' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TakeAssessmentQuery, TakeAssessmentQueryVariables>;
export const CompleteAssessmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CompleteAssessment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'completeAssessment' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CompleteAssessmentMutation, CompleteAssessmentMutationVariables>;
export const ContributeAssessmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ContributeAssessment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contributeAssessment' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contributed' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ContributeAssessmentMutation, ContributeAssessmentMutationVariables>;
export const RevokeAssessmentShareDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RevokeAssessmentShare' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revokeAssessmentShare' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sharedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RevokeAssessmentShareMutation, RevokeAssessmentShareMutationVariables>;
export const SaveAssessmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SaveAssessment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SaveAssessmentInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveAssessment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'otherMeasures' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'timeSplit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'categoryKey' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'percent' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'answers' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'measureKey' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'tracking' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'usage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currentValue' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SaveAssessmentMutation, SaveAssessmentMutationVariables>;
export const ShareAssessmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ShareAssessment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'shareAssessment' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'token' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ShareAssessmentMutation, ShareAssessmentMutationVariables>;
export const StartAssessmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'StartAssessment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'StartAssessmentInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'startAssessment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'releaseVersion' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StartAssessmentMutation, StartAssessmentMutationVariables>;
export const CurrentUserDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CurrentUser' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AccountMenu_user' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AccountMenu_user' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CurrentUserQuery, CurrentUserQueryVariables>;
export const SignInDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SignIn' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SignInInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'signIn' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AccountMenu_user' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AccountMenu_user' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SignOut' },
      selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'signOut' } }] },
    },
  ],
} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const SignUpDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SignUp' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SignUpInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'signUp' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AccountMenu_user' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AccountMenu_user' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SignUpMutation, SignUpMutationVariables>;
export const DeveloperSettingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DeveloperSettings' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'apiTokens' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ApiTokenRow_token' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'webhookEndpoints' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'WebhookEndpointSummary_endpoint' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApiTokenRow_token' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApiToken' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scope' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastUsedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WebhookEndpointSummary_endpoint' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WebhookEndpoint' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'url' } },
          { kind: 'Field', name: { kind: 'Name', value: 'events' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'enabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disabledReason' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeveloperSettingsQuery, DeveloperSettingsQueryVariables>;
export const WebhookEndpointDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'WebhookEndpoint' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'webhookEndpoint' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'events' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'enabled' } },
                { kind: 'Field', name: { kind: 'Name', value: 'disabledReason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'disabledAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'failingSince' } },
                { kind: 'Field', name: { kind: 'Name', value: 'previousSecretExpiresAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'deliveries' },
                  arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '20' } }],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'nodes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DeliveryLog_delivery' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DeliveryLog_delivery' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WebhookDelivery' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'messageId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eventType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextAttemptAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attempts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'durationMs' } },
                { kind: 'Field', name: { kind: 'Name', value: 'error' } },
                { kind: 'Field', name: { kind: 'Name', value: 'responseExcerpt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WebhookEndpointQuery, WebhookEndpointQueryVariables>;
export const CreateApiTokenDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateApiToken' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expiresAt' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'scope' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ApiTokenScope' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createApiToken' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'name' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'expiresAt' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'expiresAt' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'scope' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'scope' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'token' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'apiToken' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ApiTokenRow_token' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApiTokenRow_token' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApiToken' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scope' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastUsedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const CreateWebhookEndpointDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateWebhookEndpoint' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateWebhookEndpointInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createWebhookEndpoint' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'secret' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'endpoint' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'events' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'WebhookEndpointSummary_endpoint' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WebhookEndpointSummary_endpoint' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WebhookEndpoint' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'url' } },
          { kind: 'Field', name: { kind: 'Name', value: 'events' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'enabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disabledReason' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateWebhookEndpointMutation, CreateWebhookEndpointMutationVariables>;
export const DeleteWebhookEndpointDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeleteWebhookEndpoint' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deleteWebhookEndpoint' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeleteWebhookEndpointMutation, DeleteWebhookEndpointMutationVariables>;
export const RedeliverWebhookDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RedeliverWebhook' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'deliveryId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'redeliverWebhook' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'deliveryId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'deliveryId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nextAttemptAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RedeliverWebhookMutation, RedeliverWebhookMutationVariables>;
export const RevokeApiTokenDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RevokeApiToken' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revokeApiToken' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const RotateWebhookSecretDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RotateWebhookSecret' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rotateWebhookSecret' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'secret' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'endpoint' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'previousSecretExpiresAt' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RotateWebhookSecretMutation, RotateWebhookSecretMutationVariables>;
export const SendTestWebhookDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SendTestWebhook' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sendTestWebhook' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SendTestWebhookMutation, SendTestWebhookMutationVariables>;
export const UpdateWebhookEndpointDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateWebhookEndpoint' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateWebhookEndpointInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateWebhookEndpoint' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'events' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'enabled' } },
                { kind: 'Field', name: { kind: 'Name', value: 'disabledReason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'disabledAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'failingSince' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateWebhookEndpointMutation, UpdateWebhookEndpointMutationVariables>;
export const AddCommentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddComment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddCommentInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addComment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CommentItem_comment' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CommentItem_comment' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Comment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bodyHtml' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hidden' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hiddenReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openFlagCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerHasFlagged' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revisions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bodyHtml' } },
                { kind: 'Field', name: { kind: 'Name', value: 'writtenAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddCommentMutation, AddCommentMutationVariables>;
export const DismissCommentFlagsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DismissCommentFlags' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'dismissCommentFlags' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'openFlagCount' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DismissCommentFlagsMutation, DismissCommentFlagsMutationVariables>;
export const EditCommentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EditComment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'EditCommentInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'editComment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CommentItem_comment' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CommentItem_comment' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Comment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bodyHtml' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hidden' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hiddenReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openFlagCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerHasFlagged' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revisions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bodyHtml' } },
                { kind: 'Field', name: { kind: 'Name', value: 'writtenAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EditCommentMutation, EditCommentMutationVariables>;
export const FlagCommentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'FlagComment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'FlagCommentInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'flagComment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerHasFlagged' } },
                { kind: 'Field', name: { kind: 'Name', value: 'openFlagCount' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FlagCommentMutation, FlagCommentMutationVariables>;
export const HideCommentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'HideComment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'HideCommentInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'hideComment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CommentItem_comment' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CommentItem_comment' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Comment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bodyHtml' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hidden' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hiddenReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openFlagCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerHasFlagged' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revisions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bodyHtml' } },
                { kind: 'Field', name: { kind: 'Name', value: 'writtenAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<HideCommentMutation, HideCommentMutationVariables>;
export const UnhideCommentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UnhideComment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unhideComment' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CommentItem_comment' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CommentItem_comment' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Comment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bodyHtml' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hidden' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hiddenReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openFlagCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerHasFlagged' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revisions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bodyHtml' } },
                { kind: 'Field', name: { kind: 'Name', value: 'writtenAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UnhideCommentMutation, UnhideCommentMutationVariables>;
export const CategoryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Category' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'draft' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'categories' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'focusPercent' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AudienceColumns_category' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeasureListItem_measure' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Measure' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'definition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AudienceColumns_category' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Category' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'measures' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'audience' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeasureListItem_measure' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CategoryQuery, CategoryQueryVariables>;
export const HomeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Home' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'draft' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'categories' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'FocusChart_categories' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CategoryCard_category' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'releases' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'LatestReleaseNote_releases' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FocusChart_categories' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Category' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'focusPercent' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CategoryCard_category' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Category' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'focusPercent' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'measures' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'audience' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LatestReleaseNote_releases' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Release' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<HomeQuery, HomeQueryVariables>;
export const MeasureDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Measure' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'key' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'measure' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'key' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'key' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'definition' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notesHtml' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'category' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeasureFacts_measure' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeasureHistory_measure' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProposalLinks_proposals' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Proposal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeasureFacts_measure' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Measure' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'audience' } },
          { kind: 'Field', name: { kind: 'Name', value: 'formula' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'aliases' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeasureHistory_measure' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Measure' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'releaseHistory' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'change' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProposalLinks_proposals' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeasureQuery, MeasureQueryVariables>;
export const GovernanceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Governance' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'governanceSettings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'GovernancePage_settings' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GovernanceSettingsForm_settings' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GovernanceSettings' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'votingWindowSeconds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minimumWindowSeconds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thresholdNumerator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thresholdDenominator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hideResultsUntilClose' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GovernancePage_settings' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GovernanceSettings' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'votingWindowSeconds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minimumWindowSeconds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thresholdNumerator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thresholdDenominator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hideResultsUntilClose' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'GovernanceSettingsForm_settings' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GovernanceQuery, GovernanceQueryVariables>;
export const UpdateGovernanceSettingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateGovernanceSettings' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateGovernanceSettingsInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateGovernanceSettings' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'GovernancePage_settings' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GovernanceSettingsForm_settings' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GovernanceSettings' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'votingWindowSeconds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minimumWindowSeconds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thresholdNumerator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thresholdDenominator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hideResultsUntilClose' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GovernancePage_settings' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GovernanceSettings' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'votingWindowSeconds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minimumWindowSeconds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thresholdNumerator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thresholdDenominator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hideResultsUntilClose' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'GovernanceSettingsForm_settings' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateGovernanceSettingsMutation, UpdateGovernanceSettingsMutationVariables>;
export const ModerationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Moderation' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'moderationQueue' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'comment' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
                },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'FlaggedCommentCard_item' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FlaggedCommentCard_item' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'FlaggedComment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'proposalTitle' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'comment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'proposalNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bodyHtml' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hidden' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'author' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'flags' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'flagger' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ModerationQuery, ModerationQueryVariables>;
export const EditProposalDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'EditProposal' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'number' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposal' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'number' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'number' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'changes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ChangeFields_change' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'draft' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'document' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ChangeFields_change' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Change' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'op' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'measureKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'categoryKey' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'measure' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'categoryKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'audience' } },
                { kind: 'Field', name: { kind: 'Name', value: 'definition' } },
                { kind: 'Field', name: { kind: 'Name', value: 'formula' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'aliases' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'patch' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'audience' } },
                { kind: 'Field', name: { kind: 'Name', value: 'definition' } },
                { kind: 'Field', name: { kind: 'Name', value: 'formula' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'aliases' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'categoryPatch' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'focus' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'categoryKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'focusPercent' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EditProposalQuery, EditProposalQueryVariables>;
export const NewProposalDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'NewProposal' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'draft' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'document' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NewProposalQuery, NewProposalQueryVariables>;
export const ProposalDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Proposal' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'number' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposal' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'number' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'number' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProposalPage_proposal' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'governanceSettings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'VotingPanel_settings' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProposalActions_proposal' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Proposal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ChangeFields_change' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Change' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'op' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'measureKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'categoryKey' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'measure' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'categoryKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'audience' } },
                { kind: 'Field', name: { kind: 'Name', value: 'definition' } },
                { kind: 'Field', name: { kind: 'Name', value: 'formula' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'aliases' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'patch' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'audience' } },
                { kind: 'Field', name: { kind: 'Name', value: 'definition' } },
                { kind: 'Field', name: { kind: 'Name', value: 'formula' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'aliases' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'categoryPatch' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'focus' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'categoryKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'focusPercent' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProposalChanges_proposal' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Proposal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ChangeFields_change' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'preview' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'applies' } },
                { kind: 'Field', name: { kind: 'Name', value: 'againstRevision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'before' } },
                { kind: 'Field', name: { kind: 'Name', value: 'after' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'conflicts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'changeIndex' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'base' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'current' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'proposed' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'issues' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProposalHistory_proposal' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Proposal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actor' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VotingRules_voting' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Voting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'openedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closesAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'electorate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumVotesNeeded' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thresholdNumerator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thresholdDenominator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hideResultsUntilClose' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VoteTally_voting' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Voting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'isOpen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'electorate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumVotesNeeded' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thresholdNumerator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thresholdDenominator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resultsHidden' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanVote' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tally' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'approvals' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rejections' } },
                { kind: 'Field', name: { kind: 'Name', value: 'abstentions' } },
                { kind: 'Field', name: { kind: 'Name', value: 'voted' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VoteForm_voting' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Voting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerVote' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'choice' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rationale' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VoteList_voting' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Voting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'resultsHidden' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanVote' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'votes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'choice' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rationale' } },
                { kind: 'Field', name: { kind: 'Name', value: 'castAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'voter' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VoteHistory_voting' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Voting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'choice' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rationale' } },
                { kind: 'Field', name: { kind: 'Name', value: 'castAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'current' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'voter' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VotingPanel_proposal' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Proposal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'releasedIn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mergedRevision' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'voting' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isOpen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closesAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'electorate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcomeReason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'resultsHidden' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerCanVote' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'tally' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'voted' } }] },
                },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VotingRules_voting' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoteTally_voting' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoteForm_voting' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoteList_voting' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoteHistory_voting' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CommentItem_comment' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Comment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bodyHtml' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hidden' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hiddenReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openFlagCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerHasFlagged' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revisions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bodyHtml' } },
                { kind: 'Field', name: { kind: 'Name', value: 'writtenAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'Discussion_proposal' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Proposal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'comments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'author' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CommentItem_comment' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OpenVotingForm_settings' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GovernanceSettings' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'votingWindowSeconds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minimumWindowSeconds' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProposalPage_proposal' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Proposal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summaryHtml' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastActivityAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProposalActions_proposal' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProposalChanges_proposal' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProposalHistory_proposal' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VotingPanel_proposal' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'Discussion_proposal' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VotingPanel_settings' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GovernanceSettings' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'votingWindowSeconds' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'OpenVotingForm_settings' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProposalQuery, ProposalQueryVariables>;
export const ProposalsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Proposals' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'draft' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'categories' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'measures' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProposalsQuery, ProposalsQueryVariables>;
export const ProposalListDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProposalList' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProposalStatus' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'categoryKey' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'measureKey' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposals' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'status' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'categoryKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'categoryKey' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'measureKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'measureKey' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProposalListItem_proposal' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProposalListItem_proposal' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Proposal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'commentCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastActivityAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'touchedCategories' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProposalListQuery, ProposalListQueryVariables>;
export const CreateProposalDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateProposal' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateProposalInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createProposal' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateProposalMutation, CreateProposalMutationVariables>;
export const ProposalUpdatedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'ProposalUpdated' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'number' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposalUpdated' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'number' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'number' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'voting' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                    ],
                  },
                },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProposalPage_proposal' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProposalActions_proposal' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Proposal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ChangeFields_change' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Change' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'op' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'measureKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'categoryKey' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'measure' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'categoryKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'audience' } },
                { kind: 'Field', name: { kind: 'Name', value: 'definition' } },
                { kind: 'Field', name: { kind: 'Name', value: 'formula' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'aliases' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'patch' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'audience' } },
                { kind: 'Field', name: { kind: 'Name', value: 'definition' } },
                { kind: 'Field', name: { kind: 'Name', value: 'formula' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'aliases' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'categoryPatch' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'focus' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'categoryKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'focusPercent' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProposalChanges_proposal' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Proposal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ChangeFields_change' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'preview' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'applies' } },
                { kind: 'Field', name: { kind: 'Name', value: 'againstRevision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'before' } },
                { kind: 'Field', name: { kind: 'Name', value: 'after' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'conflicts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'changeIndex' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'base' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'current' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'proposed' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'issues' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProposalHistory_proposal' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Proposal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actor' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VotingRules_voting' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Voting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'openedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closesAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'electorate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumVotesNeeded' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thresholdNumerator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thresholdDenominator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hideResultsUntilClose' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VoteTally_voting' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Voting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'isOpen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'electorate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumVotesNeeded' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thresholdNumerator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thresholdDenominator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resultsHidden' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanVote' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tally' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'approvals' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rejections' } },
                { kind: 'Field', name: { kind: 'Name', value: 'abstentions' } },
                { kind: 'Field', name: { kind: 'Name', value: 'voted' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VoteForm_voting' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Voting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerVote' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'choice' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rationale' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VoteList_voting' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Voting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'resultsHidden' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanVote' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'votes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'choice' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rationale' } },
                { kind: 'Field', name: { kind: 'Name', value: 'castAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'voter' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VoteHistory_voting' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Voting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'choice' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rationale' } },
                { kind: 'Field', name: { kind: 'Name', value: 'castAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'current' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'voter' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VotingPanel_proposal' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Proposal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'releasedIn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mergedRevision' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'voting' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isOpen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closesAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'electorate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcomeReason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'resultsHidden' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerCanVote' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'tally' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'voted' } }] },
                },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VotingRules_voting' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoteTally_voting' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoteForm_voting' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoteList_voting' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoteHistory_voting' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CommentItem_comment' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Comment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bodyHtml' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hidden' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hiddenReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openFlagCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerHasFlagged' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revisions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bodyHtml' } },
                { kind: 'Field', name: { kind: 'Name', value: 'writtenAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'Discussion_proposal' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Proposal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'comments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'author' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CommentItem_comment' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProposalPage_proposal' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Proposal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summaryHtml' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastActivityAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProposalActions_proposal' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProposalChanges_proposal' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProposalHistory_proposal' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VotingPanel_proposal' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'Discussion_proposal' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProposalUpdatedSubscription, ProposalUpdatedSubscriptionVariables>;
export const SubmitProposalDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SubmitProposal' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'number' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submitProposal' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'number' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'number' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastActivityAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProposalHistory_proposal' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProposalHistory_proposal' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Proposal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actor' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SubmitProposalMutation, SubmitProposalMutationVariables>;
export const UpdateProposalDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateProposal' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateProposalInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateProposal' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                { kind: 'Field', name: { kind: 'Name', value: 'summaryHtml' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastActivityAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'baseRevision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'touchedCategories' } },
                { kind: 'Field', name: { kind: 'Name', value: 'touchedMeasures' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProposalChanges_proposal' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProposalHistory_proposal' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ChangeFields_change' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Change' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'op' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'measureKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'categoryKey' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'measure' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'categoryKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'audience' } },
                { kind: 'Field', name: { kind: 'Name', value: 'definition' } },
                { kind: 'Field', name: { kind: 'Name', value: 'formula' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'aliases' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'patch' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'audience' } },
                { kind: 'Field', name: { kind: 'Name', value: 'definition' } },
                { kind: 'Field', name: { kind: 'Name', value: 'formula' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'aliases' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'categoryPatch' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'focus' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'categoryKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'focusPercent' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProposalChanges_proposal' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Proposal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ChangeFields_change' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'preview' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'applies' } },
                { kind: 'Field', name: { kind: 'Name', value: 'againstRevision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'before' } },
                { kind: 'Field', name: { kind: 'Name', value: 'after' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'conflicts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'changeIndex' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'base' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'current' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'proposed' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'issues' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProposalHistory_proposal' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Proposal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actor' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateProposalMutation, UpdateProposalMutationVariables>;
export const WithdrawProposalDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'WithdrawProposal' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'number' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'withdrawProposal' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'number' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'number' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastActivityAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProposalHistory_proposal' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProposalHistory_proposal' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Proposal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actor' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WithdrawProposalMutation, WithdrawProposalMutationVariables>;
export const CompareReleasesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CompareReleases' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'releases' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'previousVersion' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CompareReleasesQuery, CompareReleasesQueryVariables>;
export const CompareReleasesDiffDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CompareReleasesDiff' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'releaseDiff' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'from' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'to' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'to' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'from' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'to' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                    ],
                  },
                },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReleaseDiffView_releaseDiff' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReleaseDiffView_releaseDiff' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReleaseDiff' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'diff' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'from' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'document' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'to' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'document' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CompareReleasesDiffQuery, CompareReleasesDiffQueryVariables>;
export const PrepareReleaseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PrepareRelease' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'releasePreview' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'previousVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'draftRevision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requiredBump' } },
                { kind: 'Field', name: { kind: 'Name', value: 'suggestedVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'allowedVersions' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canPublish' } },
                { kind: 'Field', name: { kind: 'Name', value: 'diff' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'mergedProposals' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProposalLinks_proposals' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'previous' },
            name: { kind: 'Name', value: 'release' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'version' }, value: { kind: 'StringValue', value: 'latest', block: false } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'document' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'draft' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'document' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProposalLinks_proposals' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Proposal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PrepareReleaseQuery, PrepareReleaseQueryVariables>;
export const ReleaseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Release' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'release' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notesHtml' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentHash' } },
                { kind: 'Field', name: { kind: 'Name', value: 'draftRevision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'previousVersion' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'license' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'attribution' } },
                    ],
                  },
                },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReleaseChangelog_release' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'categories' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReleaseFramework_categories' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeasureListItem_measure' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Measure' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'definition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AudienceColumns_category' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Category' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'measures' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'audience' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeasureListItem_measure' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReleaseChangelog_release' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Release' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'previousVersion' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changelog' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'proposalNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'changes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReleaseFramework_categories' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Category' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'focusPercent' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AudienceColumns_category' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReleaseQuery, ReleaseQueryVariables>;
export const ReleaseChangesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReleaseChanges' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'releaseDiff' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'from' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'to' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'to' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReleaseDiffView_releaseDiff' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReleaseDiffView_releaseDiff' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReleaseDiff' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'diff' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'from' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'document' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'to' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'document' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReleaseChangesQuery, ReleaseChangesQueryVariables>;
export const ReleasesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Releases' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'releases' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReleaseListItem_release' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReleaseListItem_release' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Release' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'license' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReleasesQuery, ReleasesQueryVariables>;
export const PublishReleaseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PublishRelease' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'PublishReleaseInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publishRelease' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReleaseListItem_release' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReleaseListItem_release' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Release' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'license' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PublishReleaseMutation, PublishReleaseMutationVariables>;
export const MarkdownPreviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MarkdownPreview' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'source' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'markdownPreview' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'source' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'source' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MarkdownPreviewQuery, MarkdownPreviewQueryVariables>;
export const CastVoteDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CastVote' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CastVoteInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'castVote' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastActivityAt' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VotingPanel_proposal' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VotingRules_voting' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Voting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'openedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closesAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'electorate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumVotesNeeded' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thresholdNumerator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thresholdDenominator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hideResultsUntilClose' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VoteTally_voting' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Voting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'isOpen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'electorate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumVotesNeeded' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thresholdNumerator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thresholdDenominator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resultsHidden' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanVote' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tally' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'approvals' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rejections' } },
                { kind: 'Field', name: { kind: 'Name', value: 'abstentions' } },
                { kind: 'Field', name: { kind: 'Name', value: 'voted' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VoteForm_voting' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Voting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerVote' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'choice' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rationale' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VoteList_voting' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Voting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'resultsHidden' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanVote' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'votes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'choice' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rationale' } },
                { kind: 'Field', name: { kind: 'Name', value: 'castAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'voter' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VoteHistory_voting' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Voting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'choice' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rationale' } },
                { kind: 'Field', name: { kind: 'Name', value: 'castAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'current' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'voter' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VotingPanel_proposal' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Proposal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'releasedIn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mergedRevision' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'voting' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isOpen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closesAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'electorate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcomeReason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'resultsHidden' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerCanVote' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'tally' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'voted' } }] },
                },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VotingRules_voting' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoteTally_voting' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoteForm_voting' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoteList_voting' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoteHistory_voting' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CastVoteMutation, CastVoteMutationVariables>;
export const CloseVotingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CloseVoting' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'number' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'closeVoting' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'number' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'number' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'VotingChange_proposal' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProposalActions_proposal' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Proposal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProposalHistory_proposal' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Proposal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actor' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VotingRules_voting' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Voting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'openedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closesAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'electorate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumVotesNeeded' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thresholdNumerator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thresholdDenominator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hideResultsUntilClose' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VoteTally_voting' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Voting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'isOpen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'electorate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumVotesNeeded' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thresholdNumerator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thresholdDenominator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resultsHidden' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanVote' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tally' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'approvals' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rejections' } },
                { kind: 'Field', name: { kind: 'Name', value: 'abstentions' } },
                { kind: 'Field', name: { kind: 'Name', value: 'voted' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VoteForm_voting' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Voting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerVote' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'choice' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rationale' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VoteList_voting' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Voting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'resultsHidden' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanVote' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'votes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'choice' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rationale' } },
                { kind: 'Field', name: { kind: 'Name', value: 'castAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'voter' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VoteHistory_voting' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Voting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'choice' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rationale' } },
                { kind: 'Field', name: { kind: 'Name', value: 'castAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'current' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'voter' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VotingPanel_proposal' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Proposal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'releasedIn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mergedRevision' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'voting' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isOpen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closesAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'electorate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcomeReason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'resultsHidden' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerCanVote' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'tally' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'voted' } }] },
                },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VotingRules_voting' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoteTally_voting' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoteForm_voting' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoteList_voting' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoteHistory_voting' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VotingChange_proposal' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Proposal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastActivityAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProposalActions_proposal' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProposalHistory_proposal' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VotingPanel_proposal' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CloseVotingMutation, CloseVotingMutationVariables>;
export const MergeProposalDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MergeProposal' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'number' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mergeProposal' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'number' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'number' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastActivityAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mergedRevision' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProposalActions_proposal' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProposalChanges_proposal' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProposalHistory_proposal' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VotingPanel_proposal' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ChangeFields_change' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Change' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'op' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'measureKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'categoryKey' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'measure' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'categoryKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'audience' } },
                { kind: 'Field', name: { kind: 'Name', value: 'definition' } },
                { kind: 'Field', name: { kind: 'Name', value: 'formula' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'aliases' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'patch' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'audience' } },
                { kind: 'Field', name: { kind: 'Name', value: 'definition' } },
                { kind: 'Field', name: { kind: 'Name', value: 'formula' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'aliases' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'categoryPatch' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'focus' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'categoryKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'focusPercent' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VotingRules_voting' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Voting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'openedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closesAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'electorate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumVotesNeeded' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thresholdNumerator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thresholdDenominator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hideResultsUntilClose' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VoteTally_voting' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Voting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'isOpen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'electorate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumVotesNeeded' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thresholdNumerator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thresholdDenominator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resultsHidden' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanVote' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tally' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'approvals' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rejections' } },
                { kind: 'Field', name: { kind: 'Name', value: 'abstentions' } },
                { kind: 'Field', name: { kind: 'Name', value: 'voted' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VoteForm_voting' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Voting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerVote' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'choice' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rationale' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VoteList_voting' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Voting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'resultsHidden' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanVote' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'votes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'choice' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rationale' } },
                { kind: 'Field', name: { kind: 'Name', value: 'castAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'voter' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VoteHistory_voting' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Voting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'choice' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rationale' } },
                { kind: 'Field', name: { kind: 'Name', value: 'castAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'current' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'voter' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProposalActions_proposal' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Proposal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProposalChanges_proposal' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Proposal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ChangeFields_change' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'preview' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'applies' } },
                { kind: 'Field', name: { kind: 'Name', value: 'againstRevision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'before' } },
                { kind: 'Field', name: { kind: 'Name', value: 'after' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'conflicts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'changeIndex' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'base' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'current' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'proposed' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'issues' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProposalHistory_proposal' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Proposal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actor' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VotingPanel_proposal' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Proposal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'releasedIn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mergedRevision' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'voting' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isOpen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closesAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'electorate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcomeReason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'resultsHidden' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerCanVote' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'tally' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'voted' } }] },
                },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VotingRules_voting' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoteTally_voting' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoteForm_voting' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoteList_voting' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoteHistory_voting' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MergeProposalMutation, MergeProposalMutationVariables>;
export const OpenVotingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'OpenVoting' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'number' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'closesAt' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'openVoting' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'number' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'number' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'closesAt' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'closesAt' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'VotingChange_proposal' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProposalActions_proposal' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Proposal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProposalHistory_proposal' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Proposal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actor' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VotingRules_voting' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Voting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'openedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closesAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'electorate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumVotesNeeded' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thresholdNumerator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thresholdDenominator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hideResultsUntilClose' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VoteTally_voting' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Voting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'isOpen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'electorate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumVotesNeeded' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thresholdNumerator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thresholdDenominator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resultsHidden' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanVote' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tally' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'approvals' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rejections' } },
                { kind: 'Field', name: { kind: 'Name', value: 'abstentions' } },
                { kind: 'Field', name: { kind: 'Name', value: 'voted' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VoteForm_voting' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Voting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerVote' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'choice' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rationale' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VoteList_voting' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Voting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'resultsHidden' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanVote' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'votes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'choice' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rationale' } },
                { kind: 'Field', name: { kind: 'Name', value: 'castAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'voter' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VoteHistory_voting' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Voting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'choice' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rationale' } },
                { kind: 'Field', name: { kind: 'Name', value: 'castAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'current' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'voter' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VotingPanel_proposal' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Proposal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'releasedIn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mergedRevision' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'voting' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isOpen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closesAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'electorate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcomeReason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'resultsHidden' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerCanVote' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'tally' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'voted' } }] },
                },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VotingRules_voting' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoteTally_voting' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoteForm_voting' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoteList_voting' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoteHistory_voting' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VotingChange_proposal' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Proposal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastActivityAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProposalActions_proposal' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProposalHistory_proposal' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VotingPanel_proposal' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OpenVotingMutation, OpenVotingMutationVariables>;
