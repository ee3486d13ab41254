/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AdminUsers($search: String, $role: Role, $first: Int!) {\n    users(search: $search, role: $role, first: $first) {\n      totalCount\n      nodes {\n        id\n        ...UserRow_user\n      }\n    }\n  }\n": typeof types.AdminUsersDocument,
    "\n  fragment UserRow_user on User {\n    id\n    displayName\n    handle\n    email\n    role\n    createdAt\n    deactivatedAt\n    emailVerified\n    ...PersonLink_person\n  }\n": typeof types.UserRow_UserFragmentDoc,
    "\n  mutation DeactivateUser($userId: ID!, $reason: String!) {\n    deactivateUser(userId: $userId, reason: $reason) {\n      id\n      deactivatedAt\n    }\n  }\n": typeof types.DeactivateUserDocument,
    "\n  mutation SetUserRole($input: SetUserRoleInput!) {\n    setUserRole(input: $input) {\n      id\n      role\n    }\n  }\n": typeof types.SetUserRoleDocument,
    "\n  query AssessmentHome {\n    releases {\n      version\n      title\n    }\n    me {\n      id\n    }\n  }\n": typeof types.AssessmentHomeDocument,
    "\n  query MyAssessments {\n    myAssessments {\n      id\n      status\n      ...AssessmentList_assessments\n      ...ProgressChart_assessments\n    }\n  }\n": typeof types.MyAssessmentsDocument,
    "\n  fragment AssessmentList_assessments on Assessment {\n    id\n    status\n    releaseVersion\n    createdAt\n    completedAt\n    result {\n      coveragePercent\n      guidingPercent\n    }\n  }\n": typeof types.AssessmentList_AssessmentsFragmentDoc,
    "\n  query Assessment($id: ID!) {\n    assessment(id: $id) {\n      id\n      status\n      releaseVersion\n      completedAt\n      otherMeasures\n      timeSplit {\n        categoryKey\n        percent\n      }\n      answers {\n        measureKey\n        tracking\n        usage\n        currentValue\n      }\n      release {\n        version\n        title\n        document\n      }\n      changesSinceRelease {\n        to {\n          version\n        }\n        ...ReleaseDiffView_releaseDiff\n      }\n      ...SharePanel_assessment\n      ...ContributePanel_assessment\n    }\n  }\n": typeof types.AssessmentDocument,
    "\n  query AssessmentBenchmark($version: String!) {\n    assessmentBenchmark(releaseVersion: $version) {\n      ...BenchmarkPanel_benchmark\n    }\n  }\n": typeof types.AssessmentBenchmarkDocument,
    "\n  fragment BenchmarkPanel_benchmark on AssessmentBenchmark {\n    releaseVersion\n    contributions\n    minimumContributions\n    categories {\n      categoryKey\n      name\n      coverage {\n        p25\n        median\n        p75\n      }\n      timePercent {\n        p25\n        median\n        p75\n      }\n    }\n  }\n": typeof types.BenchmarkPanel_BenchmarkFragmentDoc,
    "\n  fragment ContributePanel_assessment on Assessment {\n    id\n    releaseVersion\n    contributed\n  }\n": typeof types.ContributePanel_AssessmentFragmentDoc,
    "\n  query EditAssessment($id: ID!) {\n    assessment(id: $id) {\n      id\n      status\n      releaseVersion\n      otherMeasures\n      timeSplit {\n        categoryKey\n        percent\n      }\n      answers {\n        measureKey\n        tracking\n        usage\n        currentValue\n      }\n      release {\n        version\n        title\n        document\n      }\n    }\n  }\n": typeof types.EditAssessmentDocument,
    "\n  fragment ProgressChart_assessments on Assessment {\n    id\n    completedAt\n    releaseVersion\n    result {\n      categories {\n        categoryKey\n        name\n        coveragePercent\n      }\n    }\n  }\n": typeof types.ProgressChart_AssessmentsFragmentDoc,
    "\n  fragment SharePanel_assessment on Assessment {\n    id\n    sharedAt\n  }\n": typeof types.SharePanel_AssessmentFragmentDoc,
    "\n  query SharedAssessment($token: String!) {\n    sharedAssessment(token: $token) {\n      id\n      releaseVersion\n      completedAt\n      otherMeasures\n      timeSplit {\n        categoryKey\n        percent\n      }\n      answers {\n        measureKey\n        tracking\n        usage\n        currentValue\n      }\n      release {\n        version\n        title\n        document\n      }\n    }\n  }\n": typeof types.SharedAssessmentDocument,
    "\n  query TakeAssessment($version: String!) {\n    release(version: $version) {\n      version\n      title\n      document\n    }\n    assessmentBenchmark(releaseVersion: $version) {\n      ...BenchmarkPanel_benchmark\n    }\n  }\n": typeof types.TakeAssessmentDocument,
    "\n  mutation CompleteAssessment($id: ID!) {\n    completeAssessment(id: $id) {\n      id\n      status\n      completedAt\n    }\n  }\n": typeof types.CompleteAssessmentDocument,
    "\n  mutation ContributeAssessment($id: ID!) {\n    contributeAssessment(id: $id) {\n      id\n      contributed\n    }\n  }\n": typeof types.ContributeAssessmentDocument,
    "\n  mutation RevokeAssessmentShare($id: ID!) {\n    revokeAssessmentShare(id: $id) {\n      id\n      sharedAt\n    }\n  }\n": typeof types.RevokeAssessmentShareDocument,
    "\n  mutation SaveAssessment($input: SaveAssessmentInput!) {\n    saveAssessment(input: $input) {\n      id\n      updatedAt\n      otherMeasures\n      timeSplit {\n        categoryKey\n        percent\n      }\n      answers {\n        measureKey\n        tracking\n        usage\n        currentValue\n      }\n    }\n  }\n": typeof types.SaveAssessmentDocument,
    "\n  mutation ShareAssessment($id: ID!) {\n    shareAssessment(id: $id) {\n      url\n      token\n    }\n  }\n": typeof types.ShareAssessmentDocument,
    "\n  mutation StartAssessment($input: StartAssessmentInput!) {\n    startAssessment(input: $input) {\n      id\n      status\n      releaseVersion\n    }\n  }\n": typeof types.StartAssessmentDocument,
    "\n  fragment AccountMenu_user on User {\n    displayName\n    role\n  }\n": typeof types.AccountMenu_UserFragmentDoc,
    "\n  query EmailEnabled {\n    emailEnabled\n  }\n": typeof types.EmailEnabledDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      user {\n        id\n        role\n        handle\n        ...AccountMenu_user\n      }\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      email\n      changed\n    }\n  }\n": typeof types.VerifyEmailDocument,
    "\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n": typeof types.ResendVerificationEmailDocument,
    "\n  mutation ChangeEmail($input: ChangeEmailInput!) {\n    changeEmail(input: $input)\n  }\n": typeof types.ChangeEmailDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query CurrentUser {\n    me {\n      id\n      role\n      handle\n      ...AccountMenu_user\n    }\n  }\n": typeof types.CurrentUserDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n        role\n        handle\n        ...AccountMenu_user\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n        role\n        handle\n        ...AccountMenu_user\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  query CaseStudies {\n    draft {\n      categories {\n        key\n        name\n        measures {\n          key\n          name\n        }\n      }\n    }\n    releases {\n      version\n    }\n  }\n": typeof types.CaseStudiesDocument,
    "\n  query CaseStudyList(\n    $measureKey: String\n    $categoryKey: String\n    $industry: Industry\n    $organizationSize: OrganizationSize\n    $releaseVersion: String\n    $first: Int\n    $after: String\n  ) {\n    caseStudies(\n      measureKey: $measureKey\n      categoryKey: $categoryKey\n      industry: $industry\n      organizationSize: $organizationSize\n      releaseVersion: $releaseVersion\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ...CaseStudyListItem_caseStudy\n      }\n    }\n  }\n": typeof types.CaseStudyListDocument,
    "\n  fragment CaseStudyListItem_caseStudy on CaseStudy {\n    id\n    title\n    summary\n    organizationName\n    industry\n    organizationSize\n    releaseVersion\n    publishedAt\n    author {\n      id\n      displayName\n    }\n    outcomes {\n      measureKey\n      measureName\n      improvementPercent\n    }\n  }\n": typeof types.CaseStudyListItem_CaseStudyFragmentDoc,
    "\n  fragment CaseStudyPage_caseStudy on CaseStudy {\n    id\n    status\n    title\n    summary\n    body\n    bodyHtml\n    organization\n    organizationName\n    industry\n    organizationSize\n    periodStart\n    periodEnd\n    releaseVersion\n    publishedAt\n    editedAt\n    createdAt\n    hiddenReason\n    viewerIsAuthor\n    author {\n      id\n      ...PersonLink_person\n    }\n    links {\n      label\n      url\n    }\n    outcomes {\n      measureKey\n      measureName\n      unit\n      direction\n      before\n      after\n      improvementPercent\n      usage\n      periodStart\n      periodEnd\n      note\n      noteHtml\n      measureRetiredIn\n    }\n    revisions {\n      title\n      bodyHtml\n      writtenAt\n      outcomes {\n        measureKey\n        measureName\n        unit\n        before\n        after\n      }\n    }\n  }\n": typeof types.CaseStudyPage_CaseStudyFragmentDoc,
    "\n  query CaseStudy($id: ID!) {\n    caseStudy(id: $id) {\n      id\n      ...CaseStudyPage_caseStudy\n    }\n  }\n": typeof types.CaseStudyDocument,
    "\n  query EditCaseStudy($id: ID!) {\n    caseStudy(id: $id) {\n      id\n      status\n      viewerIsAuthor\n      title\n      summary\n      body\n      organization\n      industry\n      organizationSize\n      periodStart\n      periodEnd\n      releaseVersion\n      outcomes {\n        measureKey\n        before\n        after\n        usage\n        periodStart\n        periodEnd\n        note\n      }\n      links {\n        label\n        url\n      }\n    }\n    releases {\n      version\n      title\n      measures {\n        key\n        name\n        unit\n        status\n        categoryKey\n      }\n    }\n  }\n": typeof types.EditCaseStudyDocument,
    "\n  query FlaggedCaseStudies {\n    caseStudyModerationQueue {\n      caseStudy {\n        id\n        title\n        organizationName\n        author {\n          id\n          ...PersonLink_person\n        }\n      }\n      flags {\n        id\n        reason\n        createdAt\n        flagger {\n          id\n          ...PersonLink_person\n        }\n      }\n    }\n  }\n": typeof types.FlaggedCaseStudiesDocument,
    "\n  fragment MeasureCaseStudies_measure on Measure {\n    key\n    name\n    caseStudies {\n      id\n      ...CaseStudyListItem_caseStudy\n    }\n    caseStudySummary {\n      count\n      improved\n      worsened\n      unchanged\n      unknown\n      medianImprovementPercent\n    }\n  }\n": typeof types.MeasureCaseStudies_MeasureFragmentDoc,
    "\n  query MyCaseStudies {\n    myCaseStudies {\n      id\n      title\n      status\n      updatedAt\n    }\n  }\n": typeof types.MyCaseStudiesDocument,
    "\n  query NewCaseStudy {\n    me {\n      id\n    }\n    releases {\n      version\n      title\n      measures {\n        key\n        name\n        unit\n        status\n        categoryKey\n      }\n    }\n  }\n": typeof types.NewCaseStudyDocument,
    "\n  fragment ProposalEvidence_proposal on Proposal {\n    number\n    status\n    evidence {\n      id\n      note\n      viewerCanRemove\n      linkedBy {\n        id\n        ...PersonLink_person\n      }\n      caseStudy {\n        id\n        title\n        organizationName\n      }\n    }\n    impact {\n      caseStudies {\n        id\n        title\n        organizationName\n        outcomes {\n          measureKey\n          measureName\n        }\n      }\n    }\n  }\n": typeof types.ProposalEvidence_ProposalFragmentDoc,
    "\n  query EvidenceChoices {\n    caseStudies(first: 50) {\n      nodes {\n        id\n        title\n        organizationName\n      }\n    }\n  }\n": typeof types.EvidenceChoicesDocument,
    "\n  mutation CreateCaseStudy($input: CaseStudyInput!) {\n    createCaseStudy(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.CreateCaseStudyDocument,
    "\n  mutation DismissCaseStudyFlags($id: ID!) {\n    dismissCaseStudyFlags(id: $id) {\n      id\n    }\n  }\n": typeof types.DismissCaseStudyFlagsDocument,
    "\n  mutation FlagCaseStudy($input: FlagCaseStudyInput!) {\n    flagCaseStudy(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.FlagCaseStudyDocument,
    "\n  mutation HideCaseStudy($input: HideCaseStudyInput!) {\n    hideCaseStudy(input: $input) {\n      id\n      ...CaseStudyPage_caseStudy\n    }\n  }\n": typeof types.HideCaseStudyDocument,
    "\n  mutation LinkEvidence($input: LinkEvidenceInput!) {\n    linkEvidence(input: $input) {\n      id\n    }\n  }\n": typeof types.LinkEvidenceDocument,
    "\n  mutation PublishCaseStudy($id: ID!) {\n    publishCaseStudy(id: $id) {\n      id\n      ...CaseStudyPage_caseStudy\n    }\n  }\n": typeof types.PublishCaseStudyDocument,
    "\n  mutation RemoveEvidence($id: ID!) {\n    removeEvidence(id: $id) {\n      id\n      ...ProposalEvidence_proposal\n    }\n  }\n": typeof types.RemoveEvidenceDocument,
    "\n  mutation UnhideCaseStudy($id: ID!) {\n    unhideCaseStudy(id: $id) {\n      id\n      ...CaseStudyPage_caseStudy\n    }\n  }\n": typeof types.UnhideCaseStudyDocument,
    "\n  mutation UpdateCaseStudy($id: ID!, $input: CaseStudyInput!) {\n    updateCaseStudy(id: $id, input: $input) {\n      id\n      ...CaseStudyPage_caseStudy\n    }\n  }\n": typeof types.UpdateCaseStudyDocument,
    "\n  fragment ApiTokenRow_token on ApiToken {\n    id\n    name\n    scope\n    createdAt\n    expiresAt\n    lastUsedAt\n  }\n": typeof types.ApiTokenRow_TokenFragmentDoc,
    "\n  fragment DeliveryLog_delivery on WebhookDelivery {\n    id\n    messageId\n    eventType\n    status\n    createdAt\n    nextAttemptAt\n    attempts {\n      number\n      at\n      statusCode\n      durationMs\n      error\n      responseExcerpt\n    }\n  }\n": typeof types.DeliveryLog_DeliveryFragmentDoc,
    "\n  query DeveloperSettings {\n    apiTokens {\n      id\n      ...ApiTokenRow_token\n    }\n    webhookEndpoints {\n      id\n      ...WebhookEndpointSummary_endpoint\n    }\n  }\n": typeof types.DeveloperSettingsDocument,
    "\n  query WebhookEndpoint($id: ID!) {\n    webhookEndpoint(id: $id) {\n      id\n      url\n      events\n      description\n      enabled\n      disabledReason\n      disabledAt\n      failingSince\n      previousSecretExpiresAt\n      createdAt\n      deliveries(first: 20) {\n        nodes {\n          id\n          status\n          ...DeliveryLog_delivery\n        }\n      }\n    }\n  }\n": typeof types.WebhookEndpointDocument,
    "\n  fragment WebhookEndpointSummary_endpoint on WebhookEndpoint {\n    id\n    url\n    events\n    description\n    enabled\n    disabledReason\n  }\n": typeof types.WebhookEndpointSummary_EndpointFragmentDoc,
    "\n  mutation CreateApiToken($name: String!, $expiresAt: DateTime, $scope: ApiTokenScope) {\n    createApiToken(name: $name, expiresAt: $expiresAt, scope: $scope) {\n      token\n      apiToken {\n        id\n        ...ApiTokenRow_token\n      }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n        url\n        events\n        ...WebhookEndpointSummary_endpoint\n      }\n    }\n  }\n": typeof types.CreateWebhookEndpointDocument,
    "\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n": typeof types.DeleteWebhookEndpointDocument,
    "\n  mutation RedeliverWebhook($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) {\n      id\n      status\n      nextAttemptAt\n    }\n  }\n": typeof types.RedeliverWebhookDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  mutation RotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      endpoint {\n        id\n        previousSecretExpiresAt\n      }\n    }\n  }\n": typeof types.RotateWebhookSecretDocument,
    "\n  mutation SendTestWebhook($id: ID!) {\n    sendTestWebhook(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.SendTestWebhookDocument,
    "\n  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      id\n      url\n      events\n      description\n      enabled\n      disabledReason\n      disabledAt\n      failingSince\n      updatedAt\n    }\n  }\n": typeof types.UpdateWebhookEndpointDocument,
    "\n  fragment CommentItem_comment on Comment {\n    id\n    body\n    bodyHtml\n    hidden\n    hiddenReason\n    editedAt\n    createdAt\n    openFlagCount\n    viewerHasFlagged\n    viewerCanEdit\n    author {\n      id\n      displayName\n      role\n      ...PersonLink_person\n    }\n    revisions {\n      body\n      bodyHtml\n      writtenAt\n    }\n  }\n": typeof types.CommentItem_CommentFragmentDoc,
    "\n  fragment Discussion_proposal on Proposal {\n    id\n    number\n    status\n    commentPage(first: 20) {\n      ...Discussion_commentPage\n    }\n  }\n": typeof types.Discussion_ProposalFragmentDoc,
    "\n  fragment Discussion_commentPage on CommentPage {\n    totalCount\n    hasNextPage\n    endCursor\n    nodes {\n      id\n      parentId\n      author {\n        id\n        displayName\n      }\n      ...CommentItem_comment\n    }\n  }\n": typeof types.Discussion_CommentPageFragmentDoc,
    "\n  query DiscussionMore($number: Int!, $after: ID!) {\n    proposal(number: $number) {\n      id\n      commentPage(first: 20, after: $after) {\n        ...Discussion_commentPage\n      }\n    }\n  }\n": typeof types.DiscussionMoreDocument,
    "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      id\n      parentId\n      ...CommentItem_comment\n    }\n  }\n": typeof types.AddCommentDocument,
    "\n  mutation DismissCommentFlags($id: ID!) {\n    dismissCommentFlags(id: $id) {\n      id\n      openFlagCount\n    }\n  }\n": typeof types.DismissCommentFlagsDocument,
    "\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      id\n      ...CommentItem_comment\n    }\n  }\n": typeof types.EditCommentDocument,
    "\n  mutation FlagComment($input: FlagCommentInput!) {\n    flagComment(input: $input) {\n      id\n      viewerHasFlagged\n      openFlagCount\n    }\n  }\n": typeof types.FlagCommentDocument,
    "\n  mutation HideComment($input: HideCommentInput!) {\n    hideComment(input: $input) {\n      id\n      ...CommentItem_comment\n    }\n  }\n": typeof types.HideCommentDocument,
    "\n  mutation UnhideComment($id: ID!) {\n    unhideComment(id: $id) {\n      id\n      ...CommentItem_comment\n    }\n  }\n": typeof types.UnhideCommentDocument,
    "\n  mutation Follow($input: FollowInput!) {\n    follow(input: $input) {\n      kind\n      key\n      following\n    }\n  }\n": typeof types.FollowDocument,
    "\n  query IsFollowing($input: FollowInput!) {\n    isFollowing(input: $input)\n  }\n": typeof types.IsFollowingDocument,
    "\n  mutation Unfollow($input: FollowInput!) {\n    unfollow(input: $input) {\n      kind\n      key\n      following\n    }\n  }\n": typeof types.UnfollowDocument,
    "\n  query ForYou {\n    forYou {\n      actionCount\n      flaggedComments\n      openVotes {\n        number\n        title\n        closesAt\n        voted\n      }\n      readyForVote {\n        number\n        title\n        status\n      }\n      toMerge {\n        number\n        title\n        status\n      }\n      awaitingRelease {\n        number\n        title\n        status\n      }\n      myProposals {\n        number\n        title\n        status\n      }\n    }\n  }\n": typeof types.ForYouDocument,
    "\n  query ForYouCounts {\n    forYou {\n      actionCount\n      flaggedComments\n    }\n  }\n": typeof types.ForYouCountsDocument,
    "\n  fragment AudienceColumns_category on Category {\n    measures {\n      key\n      audience\n      ...MeasureListItem_measure\n    }\n  }\n": typeof types.AudienceColumns_CategoryFragmentDoc,
    "\n  fragment CategoryCard_category on Category {\n    key\n    name\n    description\n    focusPercent\n    measures {\n      key\n      audience\n      status\n    }\n  }\n": typeof types.CategoryCard_CategoryFragmentDoc,
    "\n  query Category {\n    draft {\n      categories {\n        key\n        name\n        description\n        focusPercent\n        caseStudyCount\n        ...AudienceColumns_category\n      }\n    }\n  }\n": typeof types.CategoryDocument,
    "\n  fragment FocusChart_categories on Category {\n    key\n    name\n    focusPercent\n  }\n": typeof types.FocusChart_CategoriesFragmentDoc,
    "\n  query Home {\n    draft {\n      revision\n      categories {\n        key\n        ...FocusChart_categories\n        ...CategoryCard_category\n      }\n    }\n    releases {\n      ...LatestReleaseNote_releases\n    }\n    ...UsageLine_query\n  }\n": typeof types.HomeDocument,
    "\n  fragment MeasureFacts_measure on Measure {\n    audience\n    formula\n    unit\n    direction\n    status\n    aliases\n    category {\n      key\n      name\n    }\n  }\n": typeof types.MeasureFacts_MeasureFragmentDoc,
    "\n  fragment MeasureHistory_measure on Measure {\n    key\n    releaseHistory {\n      version\n      title\n      publishedAt\n      change\n      fields\n    }\n    proposals {\n      ...ProposalLinks_proposals\n    }\n  }\n": typeof types.MeasureHistory_MeasureFragmentDoc,
    "\n  fragment MeasureListItem_measure on Measure {\n    key\n    name\n    status\n    definition\n    unit\n  }\n": typeof types.MeasureListItem_MeasureFragmentDoc,
    "\n  query Measure($key: String!) {\n    measure(key: $key) {\n      key\n      name\n      definition\n      status\n      notes\n      notesHtml\n      replacement {\n        key\n        name\n      }\n      category {\n        key\n        name\n      }\n      ...MeasureFacts_measure\n      ...MeasureHistory_measure\n      ...MeasureCaseStudies_measure\n      ...MeasureImplementations_measure\n    }\n  }\n": typeof types.MeasureDocument,
    "\n  query HomeActivity {\n    voting: proposals(status: VOTING, first: 3) {\n      totalCount\n      nodes {\n        id\n        number\n        title\n        voting {\n          id\n          closesAt\n        }\n      }\n    }\n    discussion: proposals(status: DISCUSSION, first: 3) {\n      totalCount\n      nodes {\n        id\n        number\n        title\n        commentCount\n      }\n    }\n  }\n": typeof types.HomeActivityDocument,
    "\n  fragment GovernancePage_settings on GovernanceSettings {\n    votingWindowSeconds\n    minimumWindowSeconds\n    quorumPercent\n    thresholdNumerator\n    thresholdDenominator\n    hideResultsUntilClose\n    updatedAt\n    ...GovernanceSettingsForm_settings\n  }\n": typeof types.GovernancePage_SettingsFragmentDoc,
    "\n  query Governance {\n    governanceSettings {\n      ...GovernancePage_settings\n    }\n  }\n": typeof types.GovernanceDocument,
    "\n  fragment GovernanceSettingsForm_settings on GovernanceSettings {\n    votingWindowSeconds\n    minimumWindowSeconds\n    quorumPercent\n    thresholdNumerator\n    thresholdDenominator\n    hideResultsUntilClose\n  }\n": typeof types.GovernanceSettingsForm_SettingsFragmentDoc,
    "\n  query RoleHolders {\n    setters: roleHolders(role: STANDARD_SETTER) {\n      id\n      ...PersonLink_person\n    }\n    editors: roleHolders(role: EDITOR) {\n      id\n      ...PersonLink_person\n    }\n  }\n": typeof types.RoleHoldersDocument,
    "\n  mutation UpdateGovernanceSettings($input: UpdateGovernanceSettingsInput!) {\n    updateGovernanceSettings(input: $input) {\n      ...GovernancePage_settings\n    }\n  }\n": typeof types.UpdateGovernanceSettingsDocument,
    "\n  query Implementations($version: String!) {\n    releases {\n      version\n    }\n    release(version: $version) {\n      version\n      title\n      categories {\n        key\n        name\n      }\n      measures {\n        key\n        name\n        categoryKey\n        status\n      }\n    }\n    implementations(releaseVersion: $version) {\n      id\n      name\n      releasesBehind\n      organization {\n        id\n        name\n        verified\n      }\n      measures {\n        measureKey\n        status\n        note\n      }\n    }\n  }\n": typeof types.ImplementationsDocument,
    "\n  fragment MeasureImplementations_measure on Measure {\n    key\n    implementations {\n      status\n      releaseVersion\n      product {\n        id\n        name\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.MeasureImplementations_MeasureFragmentDoc,
    "\n  query Product($id: ID!) {\n    releases {\n      version\n    }\n    product(id: $id) {\n      id\n      name\n      url\n      releaseVersion\n      releasesBehind\n      reportedAt\n      organization {\n        id\n        name\n        verified\n        viewerRole\n      }\n      measures {\n        measureKey\n        status\n        note\n        link\n      }\n      upgradeChecklist {\n        id\n        ...UpgradeChecklist_checklist\n      }\n    }\n  }\n": typeof types.ProductDocument,
    "\n  query ReportEditor($version: String!) {\n    release(version: $version) {\n      version\n      measures {\n        key\n        name\n        status\n      }\n    }\n  }\n": typeof types.ReportEditorDocument,
    "\n  fragment UpgradeChecklist_checklist on UpgradeChecklist {\n    id\n    fromVersion\n    toVersion\n    items {\n      id\n      measureKey\n      measureName\n      change\n      fields\n      description\n      done\n    }\n  }\n": typeof types.UpgradeChecklist_ChecklistFragmentDoc,
    "\n  mutation CompleteChecklistItem($itemId: ID!, $done: Boolean) {\n    completeChecklistItem(itemId: $itemId, done: $done) {\n      id\n      items {\n        id\n        done\n        doneAt\n      }\n    }\n  }\n": typeof types.CompleteChecklistItemDocument,
    "\n  mutation SaveImplementationReport($input: SaveImplementationReportInput!) {\n    saveImplementationReport(input: $input) {\n      id\n      releaseVersion\n      releasesBehind\n    }\n  }\n": typeof types.SaveImplementationReportDocument,
    "\n  query MentionCandidates($prefix: String!) {\n    mentionCandidates(prefix: $prefix, first: 6) {\n      id\n      displayName\n      handle\n    }\n  }\n": typeof types.MentionCandidatesDocument,
    "\n  fragment FlaggedCommentCard_item on FlaggedComment {\n    proposalTitle\n    comment {\n      id\n      proposalNumber\n      bodyHtml\n      hidden\n      createdAt\n      author {\n        id\n        displayName\n        ...PersonLink_person\n      }\n    }\n    flags {\n      id\n      reason\n      createdAt\n      flagger {\n        id\n        ...PersonLink_person\n      }\n    }\n  }\n": typeof types.FlaggedCommentCard_ItemFragmentDoc,
    "\n  query Moderation {\n    moderationQueue {\n      comment {\n        id\n      }\n      ...FlaggedCommentCard_item\n    }\n  }\n": typeof types.ModerationDocument,
    "\n  query Notifications($first: Int!) {\n    notifications(first: $first) {\n      unreadCount\n      pageInfo {\n        hasNextPage\n      }\n      nodes {\n        id\n        kind\n        title\n        body\n        url\n        createdAt\n        readAt\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query NotificationBell {\n    notifications(first: 1) {\n      unreadCount\n    }\n  }\n": typeof types.NotificationBellDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n    }\n  }\n": typeof types.NotificationAddedDocument,
    "\n  query Adopters {\n    adopters {\n      releaseVersion\n      categoryKeys\n      measureKeys\n      quote\n      link\n      declaredAt\n      organization {\n        id\n        name\n        kind\n        verified\n      }\n    }\n  }\n": typeof types.AdoptersDocument,
    "\n  fragment MembersSection_organization on Organization {\n    id\n    name\n    viewerRole\n    members {\n      role\n      joinedAt\n      user {\n        id\n        displayName\n        ...PersonLink_person\n      }\n    }\n  }\n": typeof types.MembersSection_OrganizationFragmentDoc,
    "\n  query Organization($id: ID!) {\n    release(version: \"latest\") {\n      version\n      categories {\n        key\n        name\n      }\n    }\n    organization(id: $id) {\n      id\n      name\n      kind\n      website\n      description\n      verified\n      hidden\n      hiddenReason\n      viewerRole\n      ...MembersSection_organization\n      adoption {\n        releaseVersion\n        categoryKeys\n        quote\n        link\n      }\n      products {\n        id\n        name\n        url\n        releaseVersion\n        releasesBehind\n      }\n    }\n  }\n": typeof types.OrganizationDocument,
    "\n  query Organizations {\n    organizations {\n      id\n      name\n      kind\n      description\n      verified\n    }\n  }\n": typeof types.OrganizationsDocument,
    "\n  fragment UsageLine_query on Query {\n    usageCounts {\n      organizations\n      products\n    }\n  }\n": typeof types.UsageLine_QueryFragmentDoc,
    "\n  mutation AcceptOrganizationInvite($token: String!) {\n    acceptOrganizationInvite(token: $token) {\n      id\n      name\n      viewerRole\n    }\n  }\n": typeof types.AcceptOrganizationInviteDocument,
    "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateOrganizationDocument,
    "\n  mutation CreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateProductDocument,
    "\n  mutation DeclareAdoption($input: DeclareAdoptionInput!) {\n    declareAdoption(input: $input) {\n      releaseVersion\n    }\n  }\n": typeof types.DeclareAdoptionDocument,
    "\n  mutation InviteToOrganization($organizationId: ID!, $role: OrganizationRole) {\n    inviteToOrganization(organizationId: $organizationId, role: $role) {\n      url\n      role\n      expiresAt\n    }\n  }\n": typeof types.InviteToOrganizationDocument,
    "\n  mutation RemoveOrganizationMember($organizationId: ID!, $userId: ID!) {\n    removeOrganizationMember(organizationId: $organizationId, userId: $userId) {\n      id\n    }\n  }\n": typeof types.RemoveOrganizationMemberDocument,
    "\n  mutation VerifyOrganization($id: ID!) {\n    verifyOrganization(id: $id) {\n      id\n      verified\n      verifiedAt\n    }\n  }\n": typeof types.VerifyOrganizationDocument,
    "\n  fragment PersonLink_person on User {\n    displayName\n    handle\n  }\n": typeof types.PersonLink_PersonFragmentDoc,
    "\n  query Profile($handle: String!) {\n    person(handle: $handle) {\n      id\n      handle\n      displayName\n      bio\n      organisation\n      role\n      joinedAt\n      proposals {\n        number\n        title\n        status\n      }\n      comments {\n        id\n        proposalNumber\n        proposalTitle\n        excerpt\n        createdAt\n      }\n      voteRationales {\n        proposalNumber\n        proposalTitle\n        choice\n        rationale\n      }\n      caseStudies {\n        id\n        title\n        summary\n      }\n    }\n  }\n": typeof types.ProfileDocument,
    "\n  query EditProposal($number: Int!) {\n    proposal(number: $number) {\n      id\n      number\n      title\n      summary\n      status\n      viewerCanEdit\n      changes {\n        ...ChangeFields_change\n      }\n    }\n    draft {\n      revision\n      document\n    }\n  }\n": typeof types.EditProposalDocument,
    "\n  query NewProposal {\n    draft {\n      revision\n      document\n    }\n    me {\n      id\n    }\n  }\n": typeof types.NewProposalDocument,
    "\n  fragment ProposalActions_proposal on Proposal {\n    number\n    status\n    viewerCanEdit\n  }\n": typeof types.ProposalActions_ProposalFragmentDoc,
    "\n  fragment ProposalChanges_proposal on Proposal {\n    status\n    changes {\n      description\n      kind\n      ...ChangeFields_change\n    }\n    preview {\n      applies\n      againstRevision\n      before\n      after\n      conflicts {\n        changeIndex\n        path\n        base\n        current\n        proposed\n      }\n      issues {\n        code\n        path\n        message\n      }\n    }\n  }\n": typeof types.ProposalChanges_ProposalFragmentDoc,
    "\n  fragment ProposalHistory_proposal on Proposal {\n    history {\n      id\n      action\n      fromStatus\n      toStatus\n      reason\n      at\n      actor {\n        id\n        ...PersonLink_person\n      }\n    }\n  }\n": typeof types.ProposalHistory_ProposalFragmentDoc,
    "\n  fragment ProposalLinks_proposals on Proposal {\n    id\n    number\n    title\n    status\n  }\n": typeof types.ProposalLinks_ProposalsFragmentDoc,
    "\n  fragment ProposalListItem_proposal on Proposal {\n    number\n    title\n    status\n    commentCount\n    lastActivityAt\n    touchedCategories\n    author {\n      id\n      ...PersonLink_person\n    }\n  }\n": typeof types.ProposalListItem_ProposalFragmentDoc,
    "\n  fragment ProposalPage_proposal on Proposal {\n    id\n    number\n    title\n    status\n    summaryHtml\n    createdAt\n    lastActivityAt\n    viewerCanEdit\n    author {\n      id\n      displayName\n      ...PersonLink_person\n    }\n    ...ProposalActions_proposal\n    ...ProposalChanges_proposal\n    ...ProposalHistory_proposal\n    ...VotingPanel_proposal\n    ...Discussion_proposal\n    ...ProposalEvidence_proposal\n  }\n": typeof types.ProposalPage_ProposalFragmentDoc,
    "\n  query Proposals {\n    draft {\n      categories {\n        key\n        name\n        measures {\n          key\n          name\n        }\n      }\n    }\n  }\n": typeof types.ProposalsDocument,
    "\n  query ProposalList($status: ProposalStatus, $categoryKey: String, $measureKey: String, $first: Int, $after: String) {\n    proposals(status: $status, categoryKey: $categoryKey, measureKey: $measureKey, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ...ProposalListItem_proposal\n      }\n    }\n  }\n": typeof types.ProposalListDocument,
    "\n  fragment ChangeFields_change on Change {\n    op\n    reason\n    measureKey\n    categoryKey\n    replacedBy\n    measure {\n      key\n      name\n      categoryKey\n      audience\n      definition\n      formula\n      unit\n      direction\n      status\n      aliases\n      notes\n    }\n    patch {\n      fields\n      name\n      audience\n      definition\n      formula\n      unit\n      direction\n      status\n      aliases\n      notes\n    }\n    category {\n      key\n      name\n      description\n      position\n    }\n    categoryPatch {\n      name\n      description\n      position\n    }\n    focus {\n      categoryKey\n      focusPercent\n    }\n  }\n": typeof types.ChangeFields_ChangeFragmentDoc,
    "\n  query Proposal($number: Int!) {\n    proposal(number: $number) {\n      id\n      status\n      ...ProposalPage_proposal\n    }\n    me {\n      id\n      role\n    }\n    governanceSettings {\n      ...VotingPanel_settings\n    }\n  }\n": typeof types.ProposalDocument,
    "\n  mutation CreateProposal($input: CreateProposalInput!) {\n    createProposal(input: $input) {\n      id\n      number\n      status\n    }\n  }\n": typeof types.CreateProposalDocument,
    "\n  subscription ProposalUpdated($number: Int!) {\n    proposalUpdated(number: $number) {\n      id\n      status\n      voting {\n        id\n        outcome\n      }\n      ...ProposalPage_proposal\n    }\n  }\n": typeof types.ProposalUpdatedDocument,
    "\n  mutation SubmitProposal($number: Int!) {\n    submitProposal(number: $number) {\n      id\n      status\n      lastActivityAt\n      viewerCanEdit\n      ...ProposalHistory_proposal\n    }\n  }\n": typeof types.SubmitProposalDocument,
    "\n  mutation UpdateProposal($input: UpdateProposalInput!) {\n    updateProposal(input: $input) {\n      id\n      number\n      title\n      summary\n      summaryHtml\n      status\n      updatedAt\n      lastActivityAt\n      baseRevision\n      touchedCategories\n      touchedMeasures\n      ...ProposalChanges_proposal\n      ...ProposalHistory_proposal\n    }\n  }\n": typeof types.UpdateProposalDocument,
    "\n  mutation WithdrawProposal($number: Int!, $reason: String) {\n    withdrawProposal(number: $number, reason: $reason) {\n      id\n      status\n      lastActivityAt\n      viewerCanEdit\n      ...ProposalHistory_proposal\n    }\n  }\n": typeof types.WithdrawProposalDocument,
    "\n  query CompareReleases {\n    releases {\n      version\n      title\n      publishedAt\n      previousVersion\n    }\n  }\n": typeof types.CompareReleasesDocument,
    "\n  query CompareReleasesDiff($from: String!, $to: String!) {\n    releaseDiff(from: $from, to: $to) {\n      from {\n        version\n        title\n        publishedAt\n      }\n      to {\n        version\n        title\n        publishedAt\n      }\n      ...ReleaseDiffView_releaseDiff\n    }\n  }\n": typeof types.CompareReleasesDiffDocument,
    "\n  fragment LatestReleaseNote_releases on Release {\n    version\n    title\n    publishedAt\n  }\n": typeof types.LatestReleaseNote_ReleasesFragmentDoc,
    "\n  query PrepareRelease {\n    releasePreview {\n      previousVersion\n      draftRevision\n      requiredBump\n      suggestedVersion\n      allowedVersions\n      canPublish\n      diff\n      mergedProposals {\n        number\n        title\n        ...ProposalLinks_proposals\n      }\n    }\n    previous: release(version: \"latest\") {\n      version\n      title\n      document\n    }\n    draft {\n      revision\n      document\n    }\n  }\n": typeof types.PrepareReleaseDocument,
    "\n  fragment ReleaseChangelog_release on Release {\n    previousVersion\n    changelog {\n      proposalNumber\n      title\n      changes {\n        kind\n        description\n      }\n    }\n  }\n": typeof types.ReleaseChangelog_ReleaseFragmentDoc,
    "\n  fragment ReleaseDiffView_releaseDiff on ReleaseDiff {\n    diff\n    from {\n      version\n      document\n    }\n    to {\n      version\n      document\n    }\n  }\n": typeof types.ReleaseDiffView_ReleaseDiffFragmentDoc,
    "\n  fragment ReleaseFramework_categories on Category {\n    key\n    name\n    description\n    focusPercent\n    ...AudienceColumns_category\n  }\n": typeof types.ReleaseFramework_CategoriesFragmentDoc,
    "\n  fragment ReleaseListItem_release on Release {\n    version\n    title\n    publishedAt\n    license {\n      name\n    }\n    changelog {\n      proposalNumber\n      title\n    }\n  }\n": typeof types.ReleaseListItem_ReleaseFragmentDoc,
    "\n  query Release($version: String!) {\n    release(version: $version) {\n      version\n      title\n      notes\n      notesHtml\n      publishedAt\n      contentHash\n      draftRevision\n      previousVersion\n      implementationCount\n      license {\n        id\n        name\n        url\n        attribution\n      }\n      ...ReleaseChangelog_release\n      categories {\n        ...ReleaseFramework_categories\n      }\n    }\n  }\n": typeof types.ReleaseDocument,
    "\n  query ReleaseChanges($from: String!, $to: String!) {\n    releaseDiff(from: $from, to: $to) {\n      ...ReleaseDiffView_releaseDiff\n    }\n  }\n": typeof types.ReleaseChangesDocument,
    "\n  query Releases {\n    releases {\n      version\n      publishedAt\n      ...ReleaseListItem_release\n    }\n  }\n": typeof types.ReleasesDocument,
    "\n  subscription ReleasePublished {\n    releasePublished {\n      version\n      publishedAt\n      ...ReleaseListItem_release\n    }\n  }\n": typeof types.ReleasePublishedDocument,
    "\n  mutation PublishRelease($input: PublishReleaseInput!) {\n    publishRelease(input: $input) {\n      version\n      title\n      publishedAt\n      ...ReleaseListItem_release\n    }\n  }\n": typeof types.PublishReleaseDocument,
    "\n  query Search($query: String!, $first: Int!) {\n    search(query: $query, first: $first) {\n      totalCount\n      counts {\n        kind\n        count\n      }\n      pageInfo {\n        hasNextPage\n      }\n      nodes {\n        kind\n        title\n        snippetHtml\n        url\n      }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  fragment AccountSettings_user on User {\n    id\n    email\n    emailVerified\n  }\n": typeof types.AccountSettings_UserFragmentDoc,
    "\n  fragment NotificationSettings_preferences on NotificationPreferences {\n    emailEnabled\n    timeZone\n    kinds {\n      kind\n      delivery\n      isDefault\n      label\n    }\n  }\n": typeof types.NotificationSettings_PreferencesFragmentDoc,
    "\n  fragment ProfileSettings_person on Person {\n    handle\n    displayName\n    bio\n    organisation\n  }\n": typeof types.ProfileSettings_PersonFragmentDoc,
    "\n  query Settings($handle: String!) {\n    emailEnabled\n    me {\n      id\n      ...AccountSettings_user\n    }\n    notificationPreferences {\n      ...NotificationSettings_preferences\n    }\n    person(handle: $handle) {\n      ...ProfileSettings_person\n    }\n  }\n": typeof types.SettingsDocument,
    "\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      ...NotificationSettings_preferences\n    }\n  }\n": typeof types.UpdateNotificationPreferencesDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      handle\n      displayName\n      bio\n      organisation\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  query MarkdownPreview($source: String!) {\n    markdownPreview(source: $source)\n  }\n": typeof types.MarkdownPreviewDocument,
    "\n  fragment OpenVotingForm_settings on GovernanceSettings {\n    votingWindowSeconds\n    minimumWindowSeconds\n  }\n": typeof types.OpenVotingForm_SettingsFragmentDoc,
    "\n  fragment VoteForm_voting on Voting {\n    viewerVote {\n      choice\n      rationale\n    }\n  }\n": typeof types.VoteForm_VotingFragmentDoc,
    "\n  fragment VoteHistory_voting on Voting {\n    id\n    votes {\n      castAt\n      voter {\n        id\n      }\n    }\n    historyPage(first: 20) {\n      ...VoteHistory_page\n    }\n  }\n": typeof types.VoteHistory_VotingFragmentDoc,
    "\n  fragment VoteHistory_page on VoteHistoryPage {\n    totalCount\n    changedCount\n    hasNextPage\n    endCursor\n    nodes {\n      choice\n      rationale\n      castAt\n      current\n      voter {\n        id\n        ...PersonLink_person\n      }\n    }\n  }\n": typeof types.VoteHistory_PageFragmentDoc,
    "\n  query VoteHistoryMore($number: Int!, $after: ID!) {\n    proposal(number: $number) {\n      id\n      voting {\n        id\n        historyPage(first: 20, after: $after) {\n          ...VoteHistory_page\n        }\n      }\n    }\n  }\n": typeof types.VoteHistoryMoreDocument,
    "\n  fragment VoteList_voting on Voting {\n    resultsHidden\n    viewerCanVote\n    votes {\n      choice\n      rationale\n      castAt\n      voter {\n        id\n        ...PersonLink_person\n      }\n    }\n  }\n": typeof types.VoteList_VotingFragmentDoc,
    "\n  fragment VoteTally_voting on Voting {\n    isOpen\n    electorate\n    quorumVotesNeeded\n    thresholdNumerator\n    thresholdDenominator\n    resultsHidden\n    viewerCanVote\n    tally {\n      approvals\n      rejections\n      abstentions\n      voted\n    }\n  }\n": typeof types.VoteTally_VotingFragmentDoc,
    "\n  fragment VotingPanel_proposal on Proposal {\n    id\n    number\n    status\n    releasedIn\n    mergedRevision\n    voting {\n      id\n      isOpen\n      closesAt\n      closedAt\n      electorate\n      outcome\n      outcomeReason\n      resultsHidden\n      viewerCanVote\n      tally {\n        voted\n      }\n      ...VotingRules_voting\n      ...VoteTally_voting\n      ...VoteForm_voting\n      ...VoteList_voting\n      ...VoteHistory_voting\n    }\n  }\n": typeof types.VotingPanel_ProposalFragmentDoc,
    "\n  fragment VotingPanel_settings on GovernanceSettings {\n    votingWindowSeconds\n    ...OpenVotingForm_settings\n  }\n": typeof types.VotingPanel_SettingsFragmentDoc,
    "\n  fragment VotingRules_voting on Voting {\n    openedAt\n    closesAt\n    closedAt\n    electorate\n    quorumPercent\n    quorumVotesNeeded\n    thresholdNumerator\n    thresholdDenominator\n    hideResultsUntilClose\n  }\n": typeof types.VotingRules_VotingFragmentDoc,
    "\n  fragment Votes on Voting {\n    id\n    votes {\n      choice\n      rationale\n      castAt\n      voter {\n        id\n        displayName\n        handle\n      }\n    }\n  }\n": typeof types.VotesFragmentDoc,
    "\n  fragment ViewerVote on Voting {\n    id\n    viewerVote {\n      choice\n      rationale\n      castAt\n      voter {\n        id\n        displayName\n        handle\n      }\n    }\n  }\n": typeof types.ViewerVoteFragmentDoc,
    "\n  mutation CastVote($input: CastVoteInput!) {\n    castVote(input: $input) {\n      id\n      status\n      lastActivityAt\n      voting {\n        id\n        viewerCanVote\n        resultsHidden\n        tally {\n          voted\n        }\n        viewerVote {\n          choice\n          rationale\n          castAt\n          voter {\n            id\n            ...PersonLink_person\n          }\n        }\n        ...VoteForm_voting\n        ...VoteTally_voting\n      }\n    }\n  }\n": typeof types.CastVoteDocument,
    "\n  mutation CloseVoting($number: Int!) {\n    closeVoting(number: $number) {\n      ...VotingChange_proposal\n    }\n  }\n": typeof types.CloseVotingDocument,
    "\n  mutation MergeProposal($number: Int!) {\n    mergeProposal(number: $number) {\n      id\n      status\n      lastActivityAt\n      viewerCanEdit\n      mergedRevision\n      ...ProposalActions_proposal\n      ...ProposalChanges_proposal\n      ...ProposalHistory_proposal\n      ...VotingPanel_proposal\n    }\n  }\n": typeof types.MergeProposalDocument,
    "\n  mutation OpenVoting($number: Int!, $closesAt: DateTime) {\n    openVoting(number: $number, closesAt: $closesAt) {\n      ...VotingChange_proposal\n    }\n  }\n": typeof types.OpenVotingDocument,
    "\n  fragment VotingChange_proposal on Proposal {\n    id\n    status\n    lastActivityAt\n    viewerCanEdit\n    ...ProposalActions_proposal\n    ...ProposalHistory_proposal\n    ...VotingPanel_proposal\n  }\n": typeof types.VotingChange_ProposalFragmentDoc,
};
const documents: Documents = {
    "\n  query AdminUsers($search: String, $role: Role, $first: Int!) {\n    users(search: $search, role: $role, first: $first) {\n      totalCount\n      nodes {\n        id\n        ...UserRow_user\n      }\n    }\n  }\n": types.AdminUsersDocument,
    "\n  fragment UserRow_user on User {\n    id\n    displayName\n    handle\n    email\n    role\n    createdAt\n    deactivatedAt\n    emailVerified\n    ...PersonLink_person\n  }\n": types.UserRow_UserFragmentDoc,
    "\n  mutation DeactivateUser($userId: ID!, $reason: String!) {\n    deactivateUser(userId: $userId, reason: $reason) {\n      id\n      deactivatedAt\n    }\n  }\n": types.DeactivateUserDocument,
    "\n  mutation SetUserRole($input: SetUserRoleInput!) {\n    setUserRole(input: $input) {\n      id\n      role\n    }\n  }\n": types.SetUserRoleDocument,
    "\n  query AssessmentHome {\n    releases {\n      version\n      title\n    }\n    me {\n      id\n    }\n  }\n": types.AssessmentHomeDocument,
    "\n  query MyAssessments {\n    myAssessments {\n      id\n      status\n      ...AssessmentList_assessments\n      ...ProgressChart_assessments\n    }\n  }\n": types.MyAssessmentsDocument,
    "\n  fragment AssessmentList_assessments on Assessment {\n    id\n    status\n    releaseVersion\n    createdAt\n    completedAt\n    result {\n      coveragePercent\n      guidingPercent\n    }\n  }\n": types.AssessmentList_AssessmentsFragmentDoc,
    "\n  query Assessment($id: ID!) {\n    assessment(id: $id) {\n      id\n      status\n      releaseVersion\n      completedAt\n      otherMeasures\n      timeSplit {\n        categoryKey\n        percent\n      }\n      answers {\n        measureKey\n        tracking\n        usage\n        currentValue\n      }\n      release {\n        version\n        title\n        document\n      }\n      changesSinceRelease {\n        to {\n          version\n        }\n        ...ReleaseDiffView_releaseDiff\n      }\n      ...SharePanel_assessment\n      ...ContributePanel_assessment\n    }\n  }\n": types.AssessmentDocument,
    "\n  query AssessmentBenchmark($version: String!) {\n    assessmentBenchmark(releaseVersion: $version) {\n      ...BenchmarkPanel_benchmark\n    }\n  }\n": types.AssessmentBenchmarkDocument,
    "\n  fragment BenchmarkPanel_benchmark on AssessmentBenchmark {\n    releaseVersion\n    contributions\n    minimumContributions\n    categories {\n      categoryKey\n      name\n      coverage {\n        p25\n        median\n        p75\n      }\n      timePercent {\n        p25\n        median\n        p75\n      }\n    }\n  }\n": types.BenchmarkPanel_BenchmarkFragmentDoc,
    "\n  fragment ContributePanel_assessment on Assessment {\n    id\n    releaseVersion\n    contributed\n  }\n": types.ContributePanel_AssessmentFragmentDoc,
    "\n  query EditAssessment($id: ID!) {\n    assessment(id: $id) {\n      id\n      status\n      releaseVersion\n      otherMeasures\n      timeSplit {\n        categoryKey\n        percent\n      }\n      answers {\n        measureKey\n        tracking\n        usage\n        currentValue\n      }\n      release {\n        version\n        title\n        document\n      }\n    }\n  }\n": types.EditAssessmentDocument,
    "\n  fragment ProgressChart_assessments on Assessment {\n    id\n    completedAt\n    releaseVersion\n    result {\n      categories {\n        categoryKey\n        name\n        coveragePercent\n      }\n    }\n  }\n": types.ProgressChart_AssessmentsFragmentDoc,
    "\n  fragment SharePanel_assessment on Assessment {\n    id\n    sharedAt\n  }\n": types.SharePanel_AssessmentFragmentDoc,
    "\n  query SharedAssessment($token: String!) {\n    sharedAssessment(token: $token) {\n      id\n      releaseVersion\n      completedAt\n      otherMeasures\n      timeSplit {\n        categoryKey\n        percent\n      }\n      answers {\n        measureKey\n        tracking\n        usage\n        currentValue\n      }\n      release {\n        version\n        title\n        document\n      }\n    }\n  }\n": types.SharedAssessmentDocument,
    "\n  query TakeAssessment($version: String!) {\n    release(version: $version) {\n      version\n      title\n      document\n    }\n    assessmentBenchmark(releaseVersion: $version) {\n      ...BenchmarkPanel_benchmark\n    }\n  }\n": types.TakeAssessmentDocument,
    "\n  mutation CompleteAssessment($id: ID!) {\n    completeAssessment(id: $id) {\n      id\n      status\n      completedAt\n    }\n  }\n": types.CompleteAssessmentDocument,
    "\n  mutation ContributeAssessment($id: ID!) {\n    contributeAssessment(id: $id) {\n      id\n      contributed\n    }\n  }\n": types.ContributeAssessmentDocument,
    "\n  mutation RevokeAssessmentShare($id: ID!) {\n    revokeAssessmentShare(id: $id) {\n      id\n      sharedAt\n    }\n  }\n": types.RevokeAssessmentShareDocument,
    "\n  mutation SaveAssessment($input: SaveAssessmentInput!) {\n    saveAssessment(input: $input) {\n      id\n      updatedAt\n      otherMeasures\n      timeSplit {\n        categoryKey\n        percent\n      }\n      answers {\n        measureKey\n        tracking\n        usage\n        currentValue\n      }\n    }\n  }\n": types.SaveAssessmentDocument,
    "\n  mutation ShareAssessment($id: ID!) {\n    shareAssessment(id: $id) {\n      url\n      token\n    }\n  }\n": types.ShareAssessmentDocument,
    "\n  mutation StartAssessment($input: StartAssessmentInput!) {\n    startAssessment(input: $input) {\n      id\n      status\n      releaseVersion\n    }\n  }\n": types.StartAssessmentDocument,
    "\n  fragment AccountMenu_user on User {\n    displayName\n    role\n  }\n": types.AccountMenu_UserFragmentDoc,
    "\n  query EmailEnabled {\n    emailEnabled\n  }\n": types.EmailEnabledDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      user {\n        id\n        role\n        handle\n        ...AccountMenu_user\n      }\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      email\n      changed\n    }\n  }\n": types.VerifyEmailDocument,
    "\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n": types.ResendVerificationEmailDocument,
    "\n  mutation ChangeEmail($input: ChangeEmailInput!) {\n    changeEmail(input: $input)\n  }\n": types.ChangeEmailDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  query CurrentUser {\n    me {\n      id\n      role\n      handle\n      ...AccountMenu_user\n    }\n  }\n": types.CurrentUserDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n        role\n        handle\n        ...AccountMenu_user\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n        role\n        handle\n        ...AccountMenu_user\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  query CaseStudies {\n    draft {\n      categories {\n        key\n        name\n        measures {\n          key\n          name\n        }\n      }\n    }\n    releases {\n      version\n    }\n  }\n": types.CaseStudiesDocument,
    "\n  query CaseStudyList(\n    $measureKey: String\n    $categoryKey: String\n    $industry: Industry\n    $organizationSize: OrganizationSize\n    $releaseVersion: String\n    $first: Int\n    $after: String\n  ) {\n    caseStudies(\n      measureKey: $measureKey\n      categoryKey: $categoryKey\n      industry: $industry\n      organizationSize: $organizationSize\n      releaseVersion: $releaseVersion\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ...CaseStudyListItem_caseStudy\n      }\n    }\n  }\n": types.CaseStudyListDocument,
    "\n  fragment CaseStudyListItem_caseStudy on CaseStudy {\n    id\n    title\n    summary\n    organizationName\n    industry\n    organizationSize\n    releaseVersion\n    publishedAt\n    author {\n      id\n      displayName\n    }\n    outcomes {\n      measureKey\n      measureName\n      improvementPercent\n    }\n  }\n": types.CaseStudyListItem_CaseStudyFragmentDoc,
    "\n  fragment CaseStudyPage_caseStudy on CaseStudy {\n    id\n    status\n    title\n    summary\n    body\n    bodyHtml\n    organization\n    organizationName\n    industry\n    organizationSize\n    periodStart\n    periodEnd\n    releaseVersion\n    publishedAt\n    editedAt\n    createdAt\n    hiddenReason\n    viewerIsAuthor\n    author {\n      id\n      ...PersonLink_person\n    }\n    links {\n      label\n      url\n    }\n    outcomes {\n      measureKey\n      measureName\n      unit\n      direction\n      before\n      after\n      improvementPercent\n      usage\n      periodStart\n      periodEnd\n      note\n      noteHtml\n      measureRetiredIn\n    }\n    revisions {\n      title\n      bodyHtml\n      writtenAt\n      outcomes {\n        measureKey\n        measureName\n        unit\n        before\n        after\n      }\n    }\n  }\n": types.CaseStudyPage_CaseStudyFragmentDoc,
    "\n  query CaseStudy($id: ID!) {\n    caseStudy(id: $id) {\n      id\n      ...CaseStudyPage_caseStudy\n    }\n  }\n": types.CaseStudyDocument,
    "\n  query EditCaseStudy($id: ID!) {\n    caseStudy(id: $id) {\n      id\n      status\n      viewerIsAuthor\n      title\n      summary\n      body\n      organization\n      industry\n      organizationSize\n      periodStart\n      periodEnd\n      releaseVersion\n      outcomes {\n        measureKey\n        before\n        after\n        usage\n        periodStart\n        periodEnd\n        note\n      }\n      links {\n        label\n        url\n      }\n    }\n    releases {\n      version\n      title\n      measures {\n        key\n        name\n        unit\n        status\n        categoryKey\n      }\n    }\n  }\n": types.EditCaseStudyDocument,
    "\n  query FlaggedCaseStudies {\n    caseStudyModerationQueue {\n      caseStudy {\n        id\n        title\n        organizationName\n        author {\n          id\n          ...PersonLink_person\n        }\n      }\n      flags {\n        id\n        reason\n        createdAt\n        flagger {\n          id\n          ...PersonLink_person\n        }\n      }\n    }\n  }\n": types.FlaggedCaseStudiesDocument,
    "\n  fragment MeasureCaseStudies_measure on Measure {\n    key\n    name\n    caseStudies {\n      id\n      ...CaseStudyListItem_caseStudy\n    }\n    caseStudySummary {\n      count\n      improved\n      worsened\n      unchanged\n      unknown\n      medianImprovementPercent\n    }\n  }\n": types.MeasureCaseStudies_MeasureFragmentDoc,
    "\n  query MyCaseStudies {\n    myCaseStudies {\n      id\n      title\n      status\n      updatedAt\n    }\n  }\n": types.MyCaseStudiesDocument,
    "\n  query NewCaseStudy {\n    me {\n      id\n    }\n    releases {\n      version\n      title\n      measures {\n        key\n        name\n        unit\n        status\n        categoryKey\n      }\n    }\n  }\n": types.NewCaseStudyDocument,
    "\n  fragment ProposalEvidence_proposal on Proposal {\n    number\n    status\n    evidence {\n      id\n      note\n      viewerCanRemove\n      linkedBy {\n        id\n        ...PersonLink_person\n      }\n      caseStudy {\n        id\n        title\n        organizationName\n      }\n    }\n    impact {\n      caseStudies {\n        id\n        title\n        organizationName\n        outcomes {\n          measureKey\n          measureName\n        }\n      }\n    }\n  }\n": types.ProposalEvidence_ProposalFragmentDoc,
    "\n  query EvidenceChoices {\n    caseStudies(first: 50) {\n      nodes {\n        id\n        title\n        organizationName\n      }\n    }\n  }\n": types.EvidenceChoicesDocument,
    "\n  mutation CreateCaseStudy($input: CaseStudyInput!) {\n    createCaseStudy(input: $input) {\n      id\n      status\n    }\n  }\n": types.CreateCaseStudyDocument,
    "\n  mutation DismissCaseStudyFlags($id: ID!) {\n    dismissCaseStudyFlags(id: $id) {\n      id\n    }\n  }\n": types.DismissCaseStudyFlagsDocument,
    "\n  mutation FlagCaseStudy($input: FlagCaseStudyInput!) {\n    flagCaseStudy(input: $input) {\n      id\n      status\n    }\n  }\n": types.FlagCaseStudyDocument,
    "\n  mutation HideCaseStudy($input: HideCaseStudyInput!) {\n    hideCaseStudy(input: $input) {\n      id\n      ...CaseStudyPage_caseStudy\n    }\n  }\n": types.HideCaseStudyDocument,
    "\n  mutation LinkEvidence($input: LinkEvidenceInput!) {\n    linkEvidence(input: $input) {\n      id\n    }\n  }\n": types.LinkEvidenceDocument,
    "\n  mutation PublishCaseStudy($id: ID!) {\n    publishCaseStudy(id: $id) {\n      id\n      ...CaseStudyPage_caseStudy\n    }\n  }\n": types.PublishCaseStudyDocument,
    "\n  mutation RemoveEvidence($id: ID!) {\n    removeEvidence(id: $id) {\n      id\n      ...ProposalEvidence_proposal\n    }\n  }\n": types.RemoveEvidenceDocument,
    "\n  mutation UnhideCaseStudy($id: ID!) {\n    unhideCaseStudy(id: $id) {\n      id\n      ...CaseStudyPage_caseStudy\n    }\n  }\n": types.UnhideCaseStudyDocument,
    "\n  mutation UpdateCaseStudy($id: ID!, $input: CaseStudyInput!) {\n    updateCaseStudy(id: $id, input: $input) {\n      id\n      ...CaseStudyPage_caseStudy\n    }\n  }\n": types.UpdateCaseStudyDocument,
    "\n  fragment ApiTokenRow_token on ApiToken {\n    id\n    name\n    scope\n    createdAt\n    expiresAt\n    lastUsedAt\n  }\n": types.ApiTokenRow_TokenFragmentDoc,
    "\n  fragment DeliveryLog_delivery on WebhookDelivery {\n    id\n    messageId\n    eventType\n    status\n    createdAt\n    nextAttemptAt\n    attempts {\n      number\n      at\n      statusCode\n      durationMs\n      error\n      responseExcerpt\n    }\n  }\n": types.DeliveryLog_DeliveryFragmentDoc,
    "\n  query DeveloperSettings {\n    apiTokens {\n      id\n      ...ApiTokenRow_token\n    }\n    webhookEndpoints {\n      id\n      ...WebhookEndpointSummary_endpoint\n    }\n  }\n": types.DeveloperSettingsDocument,
    "\n  query WebhookEndpoint($id: ID!) {\n    webhookEndpoint(id: $id) {\n      id\n      url\n      events\n      description\n      enabled\n      disabledReason\n      disabledAt\n      failingSince\n      previousSecretExpiresAt\n      createdAt\n      deliveries(first: 20) {\n        nodes {\n          id\n          status\n          ...DeliveryLog_delivery\n        }\n      }\n    }\n  }\n": types.WebhookEndpointDocument,
    "\n  fragment WebhookEndpointSummary_endpoint on WebhookEndpoint {\n    id\n    url\n    events\n    description\n    enabled\n    disabledReason\n  }\n": types.WebhookEndpointSummary_EndpointFragmentDoc,
    "\n  mutation CreateApiToken($name: String!, $expiresAt: DateTime, $scope: ApiTokenScope) {\n    createApiToken(name: $name, expiresAt: $expiresAt, scope: $scope) {\n      token\n      apiToken {\n        id\n        ...ApiTokenRow_token\n      }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n        url\n        events\n        ...WebhookEndpointSummary_endpoint\n      }\n    }\n  }\n": types.CreateWebhookEndpointDocument,
    "\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n": types.DeleteWebhookEndpointDocument,
    "\n  mutation RedeliverWebhook($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) {\n      id\n      status\n      nextAttemptAt\n    }\n  }\n": types.RedeliverWebhookDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeApiTokenDocument,
    "\n  mutation RotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      endpoint {\n        id\n        previousSecretExpiresAt\n      }\n    }\n  }\n": types.RotateWebhookSecretDocument,
    "\n  mutation SendTestWebhook($id: ID!) {\n    sendTestWebhook(id: $id) {\n      id\n      status\n    }\n  }\n": types.SendTestWebhookDocument,
    "\n  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      id\n      url\n      events\n      description\n      enabled\n      disabledReason\n      disabledAt\n      failingSince\n      updatedAt\n    }\n  }\n": types.UpdateWebhookEndpointDocument,
    "\n  fragment CommentItem_comment on Comment {\n    id\n    body\n    bodyHtml\n    hidden\n    hiddenReason\n    editedAt\n    createdAt\n    openFlagCount\n    viewerHasFlagged\n    viewerCanEdit\n    author {\n      id\n      displayName\n      role\n      ...PersonLink_person\n    }\n    revisions {\n      body\n      bodyHtml\n      writtenAt\n    }\n  }\n": types.CommentItem_CommentFragmentDoc,
    "\n  fragment Discussion_proposal on Proposal {\n    id\n    number\n    status\n    commentPage(first: 20) {\n      ...Discussion_commentPage\n    }\n  }\n": types.Discussion_ProposalFragmentDoc,
    "\n  fragment Discussion_commentPage on CommentPage {\n    totalCount\n    hasNextPage\n    endCursor\n    nodes {\n      id\n      parentId\n      author {\n        id\n        displayName\n      }\n      ...CommentItem_comment\n    }\n  }\n": types.Discussion_CommentPageFragmentDoc,
    "\n  query DiscussionMore($number: Int!, $after: ID!) {\n    proposal(number: $number) {\n      id\n      commentPage(first: 20, after: $after) {\n        ...Discussion_commentPage\n      }\n    }\n  }\n": types.DiscussionMoreDocument,
    "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      id\n      parentId\n      ...CommentItem_comment\n    }\n  }\n": types.AddCommentDocument,
    "\n  mutation DismissCommentFlags($id: ID!) {\n    dismissCommentFlags(id: $id) {\n      id\n      openFlagCount\n    }\n  }\n": types.DismissCommentFlagsDocument,
    "\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      id\n      ...CommentItem_comment\n    }\n  }\n": types.EditCommentDocument,
    "\n  mutation FlagComment($input: FlagCommentInput!) {\n    flagComment(input: $input) {\n      id\n      viewerHasFlagged\n      openFlagCount\n    }\n  }\n": types.FlagCommentDocument,
    "\n  mutation HideComment($input: HideCommentInput!) {\n    hideComment(input: $input) {\n      id\n      ...CommentItem_comment\n    }\n  }\n": types.HideCommentDocument,
    "\n  mutation UnhideComment($id: ID!) {\n    unhideComment(id: $id) {\n      id\n      ...CommentItem_comment\n    }\n  }\n": types.UnhideCommentDocument,
    "\n  mutation Follow($input: FollowInput!) {\n    follow(input: $input) {\n      kind\n      key\n      following\n    }\n  }\n": types.FollowDocument,
    "\n  query IsFollowing($input: FollowInput!) {\n    isFollowing(input: $input)\n  }\n": types.IsFollowingDocument,
    "\n  mutation Unfollow($input: FollowInput!) {\n    unfollow(input: $input) {\n      kind\n      key\n      following\n    }\n  }\n": types.UnfollowDocument,
    "\n  query ForYou {\n    forYou {\n      actionCount\n      flaggedComments\n      openVotes {\n        number\n        title\n        closesAt\n        voted\n      }\n      readyForVote {\n        number\n        title\n        status\n      }\n      toMerge {\n        number\n        title\n        status\n      }\n      awaitingRelease {\n        number\n        title\n        status\n      }\n      myProposals {\n        number\n        title\n        status\n      }\n    }\n  }\n": types.ForYouDocument,
    "\n  query ForYouCounts {\n    forYou {\n      actionCount\n      flaggedComments\n    }\n  }\n": types.ForYouCountsDocument,
    "\n  fragment AudienceColumns_category on Category {\n    measures {\n      key\n      audience\n      ...MeasureListItem_measure\n    }\n  }\n": types.AudienceColumns_CategoryFragmentDoc,
    "\n  fragment CategoryCard_category on Category {\n    key\n    name\n    description\n    focusPercent\n    measures {\n      key\n      audience\n      status\n    }\n  }\n": types.CategoryCard_CategoryFragmentDoc,
    "\n  query Category {\n    draft {\n      categories {\n        key\n        name\n        description\n        focusPercent\n        caseStudyCount\n        ...AudienceColumns_category\n      }\n    }\n  }\n": types.CategoryDocument,
    "\n  fragment FocusChart_categories on Category {\n    key\n    name\n    focusPercent\n  }\n": types.FocusChart_CategoriesFragmentDoc,
    "\n  query Home {\n    draft {\n      revision\n      categories {\n        key\n        ...FocusChart_categories\n        ...CategoryCard_category\n      }\n    }\n    releases {\n      ...LatestReleaseNote_releases\n    }\n    ...UsageLine_query\n  }\n": types.HomeDocument,
    "\n  fragment MeasureFacts_measure on Measure {\n    audience\n    formula\n    unit\n    direction\n    status\n    aliases\n    category {\n      key\n      name\n    }\n  }\n": types.MeasureFacts_MeasureFragmentDoc,
    "\n  fragment MeasureHistory_measure on Measure {\n    key\n    releaseHistory {\n      version\n      title\n      publishedAt\n      change\n      fields\n    }\n    proposals {\n      ...ProposalLinks_proposals\n    }\n  }\n": types.MeasureHistory_MeasureFragmentDoc,
    "\n  fragment MeasureListItem_measure on Measure {\n    key\n    name\n    status\n    definition\n    unit\n  }\n": types.MeasureListItem_MeasureFragmentDoc,
    "\n  query Measure($key: String!) {\n    measure(key: $key) {\n      key\n      name\n      definition\n      status\n      notes\n      notesHtml\n      replacement {\n        key\n        name\n      }\n      category {\n        key\n        name\n      }\n      ...MeasureFacts_measure\n      ...MeasureHistory_measure\n      ...MeasureCaseStudies_measure\n      ...MeasureImplementations_measure\n    }\n  }\n": types.MeasureDocument,
    "\n  query HomeActivity {\n    voting: proposals(status: VOTING, first: 3) {\n      totalCount\n      nodes {\n        id\n        number\n        title\n        voting {\n          id\n          closesAt\n        }\n      }\n    }\n    discussion: proposals(status: DISCUSSION, first: 3) {\n      totalCount\n      nodes {\n        id\n        number\n        title\n        commentCount\n      }\n    }\n  }\n": types.HomeActivityDocument,
    "\n  fragment GovernancePage_settings on GovernanceSettings {\n    votingWindowSeconds\n    minimumWindowSeconds\n    quorumPercent\n    thresholdNumerator\n    thresholdDenominator\n    hideResultsUntilClose\n    updatedAt\n    ...GovernanceSettingsForm_settings\n  }\n": types.GovernancePage_SettingsFragmentDoc,
    "\n  query Governance {\n    governanceSettings {\n      ...GovernancePage_settings\n    }\n  }\n": types.GovernanceDocument,
    "\n  fragment GovernanceSettingsForm_settings on GovernanceSettings {\n    votingWindowSeconds\n    minimumWindowSeconds\n    quorumPercent\n    thresholdNumerator\n    thresholdDenominator\n    hideResultsUntilClose\n  }\n": types.GovernanceSettingsForm_SettingsFragmentDoc,
    "\n  query RoleHolders {\n    setters: roleHolders(role: STANDARD_SETTER) {\n      id\n      ...PersonLink_person\n    }\n    editors: roleHolders(role: EDITOR) {\n      id\n      ...PersonLink_person\n    }\n  }\n": types.RoleHoldersDocument,
    "\n  mutation UpdateGovernanceSettings($input: UpdateGovernanceSettingsInput!) {\n    updateGovernanceSettings(input: $input) {\n      ...GovernancePage_settings\n    }\n  }\n": types.UpdateGovernanceSettingsDocument,
    "\n  query Implementations($version: String!) {\n    releases {\n      version\n    }\n    release(version: $version) {\n      version\n      title\n      categories {\n        key\n        name\n      }\n      measures {\n        key\n        name\n        categoryKey\n        status\n      }\n    }\n    implementations(releaseVersion: $version) {\n      id\n      name\n      releasesBehind\n      organization {\n        id\n        name\n        verified\n      }\n      measures {\n        measureKey\n        status\n        note\n      }\n    }\n  }\n": types.ImplementationsDocument,
    "\n  fragment MeasureImplementations_measure on Measure {\n    key\n    implementations {\n      status\n      releaseVersion\n      product {\n        id\n        name\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.MeasureImplementations_MeasureFragmentDoc,
    "\n  query Product($id: ID!) {\n    releases {\n      version\n    }\n    product(id: $id) {\n      id\n      name\n      url\n      releaseVersion\n      releasesBehind\n      reportedAt\n      organization {\n        id\n        name\n        verified\n        viewerRole\n      }\n      measures {\n        measureKey\n        status\n        note\n        link\n      }\n      upgradeChecklist {\n        id\n        ...UpgradeChecklist_checklist\n      }\n    }\n  }\n": types.ProductDocument,
    "\n  query ReportEditor($version: String!) {\n    release(version: $version) {\n      version\n      measures {\n        key\n        name\n        status\n      }\n    }\n  }\n": types.ReportEditorDocument,
    "\n  fragment UpgradeChecklist_checklist on UpgradeChecklist {\n    id\n    fromVersion\n    toVersion\n    items {\n      id\n      measureKey\n      measureName\n      change\n      fields\n      description\n      done\n    }\n  }\n": types.UpgradeChecklist_ChecklistFragmentDoc,
    "\n  mutation CompleteChecklistItem($itemId: ID!, $done: Boolean) {\n    completeChecklistItem(itemId: $itemId, done: $done) {\n      id\n      items {\n        id\n        done\n        doneAt\n      }\n    }\n  }\n": types.CompleteChecklistItemDocument,
    "\n  mutation SaveImplementationReport($input: SaveImplementationReportInput!) {\n    saveImplementationReport(input: $input) {\n      id\n      releaseVersion\n      releasesBehind\n    }\n  }\n": types.SaveImplementationReportDocument,
    "\n  query MentionCandidates($prefix: String!) {\n    mentionCandidates(prefix: $prefix, first: 6) {\n      id\n      displayName\n      handle\n    }\n  }\n": types.MentionCandidatesDocument,
    "\n  fragment FlaggedCommentCard_item on FlaggedComment {\n    proposalTitle\n    comment {\n      id\n      proposalNumber\n      bodyHtml\n      hidden\n      createdAt\n      author {\n        id\n        displayName\n        ...PersonLink_person\n      }\n    }\n    flags {\n      id\n      reason\n      createdAt\n      flagger {\n        id\n        ...PersonLink_person\n      }\n    }\n  }\n": types.FlaggedCommentCard_ItemFragmentDoc,
    "\n  query Moderation {\n    moderationQueue {\n      comment {\n        id\n      }\n      ...FlaggedCommentCard_item\n    }\n  }\n": types.ModerationDocument,
    "\n  query Notifications($first: Int!) {\n    notifications(first: $first) {\n      unreadCount\n      pageInfo {\n        hasNextPage\n      }\n      nodes {\n        id\n        kind\n        title\n        body\n        url\n        createdAt\n        readAt\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  query NotificationBell {\n    notifications(first: 1) {\n      unreadCount\n    }\n  }\n": types.NotificationBellDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n    }\n  }\n": types.NotificationAddedDocument,
    "\n  query Adopters {\n    adopters {\n      releaseVersion\n      categoryKeys\n      measureKeys\n      quote\n      link\n      declaredAt\n      organization {\n        id\n        name\n        kind\n        verified\n      }\n    }\n  }\n": types.AdoptersDocument,
    "\n  fragment MembersSection_organization on Organization {\n    id\n    name\n    viewerRole\n    members {\n      role\n      joinedAt\n      user {\n        id\n        displayName\n        ...PersonLink_person\n      }\n    }\n  }\n": types.MembersSection_OrganizationFragmentDoc,
    "\n  query Organization($id: ID!) {\n    release(version: \"latest\") {\n      version\n      categories {\n        key\n        name\n      }\n    }\n    organization(id: $id) {\n      id\n      name\n      kind\n      website\n      description\n      verified\n      hidden\n      hiddenReason\n      viewerRole\n      ...MembersSection_organization\n      adoption {\n        releaseVersion\n        categoryKeys\n        quote\n        link\n      }\n      products {\n        id\n        name\n        url\n        releaseVersion\n        releasesBehind\n      }\n    }\n  }\n": types.OrganizationDocument,
    "\n  query Organizations {\n    organizations {\n      id\n      name\n      kind\n      description\n      verified\n    }\n  }\n": types.OrganizationsDocument,
    "\n  fragment UsageLine_query on Query {\n    usageCounts {\n      organizations\n      products\n    }\n  }\n": types.UsageLine_QueryFragmentDoc,
    "\n  mutation AcceptOrganizationInvite($token: String!) {\n    acceptOrganizationInvite(token: $token) {\n      id\n      name\n      viewerRole\n    }\n  }\n": types.AcceptOrganizationInviteDocument,
    "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateOrganizationDocument,
    "\n  mutation CreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateProductDocument,
    "\n  mutation DeclareAdoption($input: DeclareAdoptionInput!) {\n    declareAdoption(input: $input) {\n      releaseVersion\n    }\n  }\n": types.DeclareAdoptionDocument,
    "\n  mutation InviteToOrganization($organizationId: ID!, $role: OrganizationRole) {\n    inviteToOrganization(organizationId: $organizationId, role: $role) {\n      url\n      role\n      expiresAt\n    }\n  }\n": types.InviteToOrganizationDocument,
    "\n  mutation RemoveOrganizationMember($organizationId: ID!, $userId: ID!) {\n    removeOrganizationMember(organizationId: $organizationId, userId: $userId) {\n      id\n    }\n  }\n": types.RemoveOrganizationMemberDocument,
    "\n  mutation VerifyOrganization($id: ID!) {\n    verifyOrganization(id: $id) {\n      id\n      verified\n      verifiedAt\n    }\n  }\n": types.VerifyOrganizationDocument,
    "\n  fragment PersonLink_person on User {\n    displayName\n    handle\n  }\n": types.PersonLink_PersonFragmentDoc,
    "\n  query Profile($handle: String!) {\n    person(handle: $handle) {\n      id\n      handle\n      displayName\n      bio\n      organisation\n      role\n      joinedAt\n      proposals {\n        number\n        title\n        status\n      }\n      comments {\n        id\n        proposalNumber\n        proposalTitle\n        excerpt\n        createdAt\n      }\n      voteRationales {\n        proposalNumber\n        proposalTitle\n        choice\n        rationale\n      }\n      caseStudies {\n        id\n        title\n        summary\n      }\n    }\n  }\n": types.ProfileDocument,
    "\n  query EditProposal($number: Int!) {\n    proposal(number: $number) {\n      id\n      number\n      title\n      summary\n      status\n      viewerCanEdit\n      changes {\n        ...ChangeFields_change\n      }\n    }\n    draft {\n      revision\n      document\n    }\n  }\n": types.EditProposalDocument,
    "\n  query NewProposal {\n    draft {\n      revision\n      document\n    }\n    me {\n      id\n    }\n  }\n": types.NewProposalDocument,
    "\n  fragment ProposalActions_proposal on Proposal {\n    number\n    status\n    viewerCanEdit\n  }\n": types.ProposalActions_ProposalFragmentDoc,
    "\n  fragment ProposalChanges_proposal on Proposal {\n    status\n    changes {\n      description\n      kind\n      ...ChangeFields_change\n    }\n    preview {\n      applies\n      againstRevision\n      before\n      after\n      conflicts {\n        changeIndex\n        path\n        base\n        current\n        proposed\n      }\n      issues {\n        code\n        path\n        message\n      }\n    }\n  }\n": types.ProposalChanges_ProposalFragmentDoc,
    "\n  fragment ProposalHistory_proposal on Proposal {\n    history {\n      id\n      action\n      fromStatus\n      toStatus\n      reason\n      at\n      actor {\n        id\n        ...PersonLink_person\n      }\n    }\n  }\n": types.ProposalHistory_ProposalFragmentDoc,
    "\n  fragment ProposalLinks_proposals on Proposal {\n    id\n    number\n    title\n    status\n  }\n": types.ProposalLinks_ProposalsFragmentDoc,
    "\n  fragment ProposalListItem_proposal on Proposal {\n    number\n    title\n    status\n    commentCount\n    lastActivityAt\n    touchedCategories\n    author {\n      id\n      ...PersonLink_person\n    }\n  }\n": types.ProposalListItem_ProposalFragmentDoc,
    "\n  fragment ProposalPage_proposal on Proposal {\n    id\n    number\n    title\n    status\n    summaryHtml\n    createdAt\n    lastActivityAt\n    viewerCanEdit\n    author {\n      id\n      displayName\n      ...PersonLink_person\n    }\n    ...ProposalActions_proposal\n    ...ProposalChanges_proposal\n    ...ProposalHistory_proposal\n    ...VotingPanel_proposal\n    ...Discussion_proposal\n    ...ProposalEvidence_proposal\n  }\n": types.ProposalPage_ProposalFragmentDoc,
    "\n  query Proposals {\n    draft {\n      categories {\n        key\n        name\n        measures {\n          key\n          name\n        }\n      }\n    }\n  }\n": types.ProposalsDocument,
    "\n  query ProposalList($status: ProposalStatus, $categoryKey: String, $measureKey: String, $first: Int, $after: String) {\n    proposals(status: $status, categoryKey: $categoryKey, measureKey: $measureKey, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ...ProposalListItem_proposal\n      }\n    }\n  }\n": types.ProposalListDocument,
    "\n  fragment ChangeFields_change on Change {\n    op\n    reason\n    measureKey\n    categoryKey\n    replacedBy\n    measure {\n      key\n      name\n      categoryKey\n      audience\n      definition\n      formula\n      unit\n      direction\n      status\n      aliases\n      notes\n    }\n    patch {\n      fields\n      name\n      audience\n      definition\n      formula\n      unit\n      direction\n      status\n      aliases\n      notes\n    }\n    category {\n      key\n      name\n      description\n      position\n    }\n    categoryPatch {\n      name\n      description\n      position\n    }\n    focus {\n      categoryKey\n      focusPercent\n    }\n  }\n": types.ChangeFields_ChangeFragmentDoc,
    "\n  query Proposal($number: Int!) {\n    proposal(number: $number) {\n      id\n      status\n      ...ProposalPage_proposal\n    }\n    me {\n      id\n      role\n    }\n    governanceSettings {\n      ...VotingPanel_settings\n    }\n  }\n": types.ProposalDocument,
    "\n  mutation CreateProposal($input: CreateProposalInput!) {\n    createProposal(input: $input) {\n      id\n      number\n      status\n    }\n  }\n": types.CreateProposalDocument,
    "\n  subscription ProposalUpdated($number: Int!) {\n    proposalUpdated(number: $number) {\n      id\n      status\n      voting {\n        id\n        outcome\n      }\n      ...ProposalPage_proposal\n    }\n  }\n": types.ProposalUpdatedDocument,
    "\n  mutation SubmitProposal($number: Int!) {\n    submitProposal(number: $number) {\n      id\n      status\n      lastActivityAt\n      viewerCanEdit\n      ...ProposalHistory_proposal\n    }\n  }\n": types.SubmitProposalDocument,
    "\n  mutation UpdateProposal($input: UpdateProposalInput!) {\n    updateProposal(input: $input) {\n      id\n      number\n      title\n      summary\n      summaryHtml\n      status\n      updatedAt\n      lastActivityAt\n      baseRevision\n      touchedCategories\n      touchedMeasures\n      ...ProposalChanges_proposal\n      ...ProposalHistory_proposal\n    }\n  }\n": types.UpdateProposalDocument,
    "\n  mutation WithdrawProposal($number: Int!, $reason: String) {\n    withdrawProposal(number: $number, reason: $reason) {\n      id\n      status\n      lastActivityAt\n      viewerCanEdit\n      ...ProposalHistory_proposal\n    }\n  }\n": types.WithdrawProposalDocument,
    "\n  query CompareReleases {\n    releases {\n      version\n      title\n      publishedAt\n      previousVersion\n    }\n  }\n": types.CompareReleasesDocument,
    "\n  query CompareReleasesDiff($from: String!, $to: String!) {\n    releaseDiff(from: $from, to: $to) {\n      from {\n        version\n        title\n        publishedAt\n      }\n      to {\n        version\n        title\n        publishedAt\n      }\n      ...ReleaseDiffView_releaseDiff\n    }\n  }\n": types.CompareReleasesDiffDocument,
    "\n  fragment LatestReleaseNote_releases on Release {\n    version\n    title\n    publishedAt\n  }\n": types.LatestReleaseNote_ReleasesFragmentDoc,
    "\n  query PrepareRelease {\n    releasePreview {\n      previousVersion\n      draftRevision\n      requiredBump\n      suggestedVersion\n      allowedVersions\n      canPublish\n      diff\n      mergedProposals {\n        number\n        title\n        ...ProposalLinks_proposals\n      }\n    }\n    previous: release(version: \"latest\") {\n      version\n      title\n      document\n    }\n    draft {\n      revision\n      document\n    }\n  }\n": types.PrepareReleaseDocument,
    "\n  fragment ReleaseChangelog_release on Release {\n    previousVersion\n    changelog {\n      proposalNumber\n      title\n      changes {\n        kind\n        description\n      }\n    }\n  }\n": types.ReleaseChangelog_ReleaseFragmentDoc,
    "\n  fragment ReleaseDiffView_releaseDiff on ReleaseDiff {\n    diff\n    from {\n      version\n      document\n    }\n    to {\n      version\n      document\n    }\n  }\n": types.ReleaseDiffView_ReleaseDiffFragmentDoc,
    "\n  fragment ReleaseFramework_categories on Category {\n    key\n    name\n    description\n    focusPercent\n    ...AudienceColumns_category\n  }\n": types.ReleaseFramework_CategoriesFragmentDoc,
    "\n  fragment ReleaseListItem_release on Release {\n    version\n    title\n    publishedAt\n    license {\n      name\n    }\n    changelog {\n      proposalNumber\n      title\n    }\n  }\n": types.ReleaseListItem_ReleaseFragmentDoc,
    "\n  query Release($version: String!) {\n    release(version: $version) {\n      version\n      title\n      notes\n      notesHtml\n      publishedAt\n      contentHash\n      draftRevision\n      previousVersion\n      implementationCount\n      license {\n        id\n        name\n        url\n        attribution\n      }\n      ...ReleaseChangelog_release\n      categories {\n        ...ReleaseFramework_categories\n      }\n    }\n  }\n": types.ReleaseDocument,
    "\n  query ReleaseChanges($from: String!, $to: String!) {\n    releaseDiff(from: $from, to: $to) {\n      ...ReleaseDiffView_releaseDiff\n    }\n  }\n": types.ReleaseChangesDocument,
    "\n  query Releases {\n    releases {\n      version\n      publishedAt\n      ...ReleaseListItem_release\n    }\n  }\n": types.ReleasesDocument,
    "\n  subscription ReleasePublished {\n    releasePublished {\n      version\n      publishedAt\n      ...ReleaseListItem_release\n    }\n  }\n": types.ReleasePublishedDocument,
    "\n  mutation PublishRelease($input: PublishReleaseInput!) {\n    publishRelease(input: $input) {\n      version\n      title\n      publishedAt\n      ...ReleaseListItem_release\n    }\n  }\n": types.PublishReleaseDocument,
    "\n  query Search($query: String!, $first: Int!) {\n    search(query: $query, first: $first) {\n      totalCount\n      counts {\n        kind\n        count\n      }\n      pageInfo {\n        hasNextPage\n      }\n      nodes {\n        kind\n        title\n        snippetHtml\n        url\n      }\n    }\n  }\n": types.SearchDocument,
    "\n  fragment AccountSettings_user on User {\n    id\n    email\n    emailVerified\n  }\n": types.AccountSettings_UserFragmentDoc,
    "\n  fragment NotificationSettings_preferences on NotificationPreferences {\n    emailEnabled\n    timeZone\n    kinds {\n      kind\n      delivery\n      isDefault\n      label\n    }\n  }\n": types.NotificationSettings_PreferencesFragmentDoc,
    "\n  fragment ProfileSettings_person on Person {\n    handle\n    displayName\n    bio\n    organisation\n  }\n": types.ProfileSettings_PersonFragmentDoc,
    "\n  query Settings($handle: String!) {\n    emailEnabled\n    me {\n      id\n      ...AccountSettings_user\n    }\n    notificationPreferences {\n      ...NotificationSettings_preferences\n    }\n    person(handle: $handle) {\n      ...ProfileSettings_person\n    }\n  }\n": types.SettingsDocument,
    "\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      ...NotificationSettings_preferences\n    }\n  }\n": types.UpdateNotificationPreferencesDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      handle\n      displayName\n      bio\n      organisation\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  query MarkdownPreview($source: String!) {\n    markdownPreview(source: $source)\n  }\n": types.MarkdownPreviewDocument,
    "\n  fragment OpenVotingForm_settings on GovernanceSettings {\n    votingWindowSeconds\n    minimumWindowSeconds\n  }\n": types.OpenVotingForm_SettingsFragmentDoc,
    "\n  fragment VoteForm_voting on Voting {\n    viewerVote {\n      choice\n      rationale\n    }\n  }\n": types.VoteForm_VotingFragmentDoc,
    "\n  fragment VoteHistory_voting on Voting {\n    id\n    votes {\n      castAt\n      voter {\n        id\n      }\n    }\n    historyPage(first: 20) {\n      ...VoteHistory_page\n    }\n  }\n": types.VoteHistory_VotingFragmentDoc,
    "\n  fragment VoteHistory_page on VoteHistoryPage {\n    totalCount\n    changedCount\n    hasNextPage\n    endCursor\n    nodes {\n      choice\n      rationale\n      castAt\n      current\n      voter {\n        id\n        ...PersonLink_person\n      }\n    }\n  }\n": types.VoteHistory_PageFragmentDoc,
    "\n  query VoteHistoryMore($number: Int!, $after: ID!) {\n    proposal(number: $number) {\n      id\n      voting {\n        id\n        historyPage(first: 20, after: $after) {\n          ...VoteHistory_page\n        }\n      }\n    }\n  }\n": types.VoteHistoryMoreDocument,
    "\n  fragment VoteList_voting on Voting {\n    resultsHidden\n    viewerCanVote\n    votes {\n      choice\n      rationale\n      castAt\n      voter {\n        id\n        ...PersonLink_person\n      }\n    }\n  }\n": types.VoteList_VotingFragmentDoc,
    "\n  fragment VoteTally_voting on Voting {\n    isOpen\n    electorate\n    quorumVotesNeeded\n    thresholdNumerator\n    thresholdDenominator\n    resultsHidden\n    viewerCanVote\n    tally {\n      approvals\n      rejections\n      abstentions\n      voted\n    }\n  }\n": types.VoteTally_VotingFragmentDoc,
    "\n  fragment VotingPanel_proposal on Proposal {\n    id\n    number\n    status\n    releasedIn\n    mergedRevision\n    voting {\n      id\n      isOpen\n      closesAt\n      closedAt\n      electorate\n      outcome\n      outcomeReason\n      resultsHidden\n      viewerCanVote\n      tally {\n        voted\n      }\n      ...VotingRules_voting\n      ...VoteTally_voting\n      ...VoteForm_voting\n      ...VoteList_voting\n      ...VoteHistory_voting\n    }\n  }\n": types.VotingPanel_ProposalFragmentDoc,
    "\n  fragment VotingPanel_settings on GovernanceSettings {\n    votingWindowSeconds\n    ...OpenVotingForm_settings\n  }\n": types.VotingPanel_SettingsFragmentDoc,
    "\n  fragment VotingRules_voting on Voting {\n    openedAt\n    closesAt\n    closedAt\n    electorate\n    quorumPercent\n    quorumVotesNeeded\n    thresholdNumerator\n    thresholdDenominator\n    hideResultsUntilClose\n  }\n": types.VotingRules_VotingFragmentDoc,
    "\n  fragment Votes on Voting {\n    id\n    votes {\n      choice\n      rationale\n      castAt\n      voter {\n        id\n        displayName\n        handle\n      }\n    }\n  }\n": types.VotesFragmentDoc,
    "\n  fragment ViewerVote on Voting {\n    id\n    viewerVote {\n      choice\n      rationale\n      castAt\n      voter {\n        id\n        displayName\n        handle\n      }\n    }\n  }\n": types.ViewerVoteFragmentDoc,
    "\n  mutation CastVote($input: CastVoteInput!) {\n    castVote(input: $input) {\n      id\n      status\n      lastActivityAt\n      voting {\n        id\n        viewerCanVote\n        resultsHidden\n        tally {\n          voted\n        }\n        viewerVote {\n          choice\n          rationale\n          castAt\n          voter {\n            id\n            ...PersonLink_person\n          }\n        }\n        ...VoteForm_voting\n        ...VoteTally_voting\n      }\n    }\n  }\n": types.CastVoteDocument,
    "\n  mutation CloseVoting($number: Int!) {\n    closeVoting(number: $number) {\n      ...VotingChange_proposal\n    }\n  }\n": types.CloseVotingDocument,
    "\n  mutation MergeProposal($number: Int!) {\n    mergeProposal(number: $number) {\n      id\n      status\n      lastActivityAt\n      viewerCanEdit\n      mergedRevision\n      ...ProposalActions_proposal\n      ...ProposalChanges_proposal\n      ...ProposalHistory_proposal\n      ...VotingPanel_proposal\n    }\n  }\n": types.MergeProposalDocument,
    "\n  mutation OpenVoting($number: Int!, $closesAt: DateTime) {\n    openVoting(number: $number, closesAt: $closesAt) {\n      ...VotingChange_proposal\n    }\n  }\n": types.OpenVotingDocument,
    "\n  fragment VotingChange_proposal on Proposal {\n    id\n    status\n    lastActivityAt\n    viewerCanEdit\n    ...ProposalActions_proposal\n    ...ProposalHistory_proposal\n    ...VotingPanel_proposal\n  }\n": types.VotingChange_ProposalFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsers($search: String, $role: Role, $first: Int!) {\n    users(search: $search, role: $role, first: $first) {\n      totalCount\n      nodes {\n        id\n        ...UserRow_user\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminUsers($search: String, $role: Role, $first: Int!) {\n    users(search: $search, role: $role, first: $first) {\n      totalCount\n      nodes {\n        id\n        ...UserRow_user\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserRow_user on User {\n    id\n    displayName\n    handle\n    email\n    role\n    createdAt\n    deactivatedAt\n    emailVerified\n    ...PersonLink_person\n  }\n"): (typeof documents)["\n  fragment UserRow_user on User {\n    id\n    displayName\n    handle\n    email\n    role\n    createdAt\n    deactivatedAt\n    emailVerified\n    ...PersonLink_person\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateUser($userId: ID!, $reason: String!) {\n    deactivateUser(userId: $userId, reason: $reason) {\n      id\n      deactivatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateUser($userId: ID!, $reason: String!) {\n    deactivateUser(userId: $userId, reason: $reason) {\n      id\n      deactivatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserRole($input: SetUserRoleInput!) {\n    setUserRole(input: $input) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation SetUserRole($input: SetUserRoleInput!) {\n    setUserRole(input: $input) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssessmentHome {\n    releases {\n      version\n      title\n    }\n    me {\n      id\n    }\n  }\n"): (typeof documents)["\n  query AssessmentHome {\n    releases {\n      version\n      title\n    }\n    me {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAssessments {\n    myAssessments {\n      id\n      status\n      ...AssessmentList_assessments\n      ...ProgressChart_assessments\n    }\n  }\n"): (typeof documents)["\n  query MyAssessments {\n    myAssessments {\n      id\n      status\n      ...AssessmentList_assessments\n      ...ProgressChart_assessments\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssessmentList_assessments on Assessment {\n    id\n    status\n    releaseVersion\n    createdAt\n    completedAt\n    result {\n      coveragePercent\n      guidingPercent\n    }\n  }\n"): (typeof documents)["\n  fragment AssessmentList_assessments on Assessment {\n    id\n    status\n    releaseVersion\n    createdAt\n    completedAt\n    result {\n      coveragePercent\n      guidingPercent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Assessment($id: ID!) {\n    assessment(id: $id) {\n      id\n      status\n      releaseVersion\n      completedAt\n      otherMeasures\n      timeSplit {\n        categoryKey\n        percent\n      }\n      answers {\n        measureKey\n        tracking\n        usage\n        currentValue\n      }\n      release {\n        version\n        title\n        document\n      }\n      changesSinceRelease {\n        to {\n          version\n        }\n        ...ReleaseDiffView_releaseDiff\n      }\n      ...SharePanel_assessment\n      ...ContributePanel_assessment\n    }\n  }\n"): (typeof documents)["\n  query Assessment($id: ID!) {\n    assessment(id: $id) {\n      id\n      status\n      releaseVersion\n      completedAt\n      otherMeasures\n      timeSplit {\n        categoryKey\n        percent\n      }\n      answers {\n        measureKey\n        tracking\n        usage\n        currentValue\n      }\n      release {\n        version\n        title\n        document\n      }\n      changesSinceRelease {\n        to {\n          version\n        }\n        ...ReleaseDiffView_releaseDiff\n      }\n      ...SharePanel_assessment\n      ...ContributePanel_assessment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssessmentBenchmark($version: String!) {\n    assessmentBenchmark(releaseVersion: $version) {\n      ...BenchmarkPanel_benchmark\n    }\n  }\n"): (typeof documents)["\n  query AssessmentBenchmark($version: String!) {\n    assessmentBenchmark(releaseVersion: $version) {\n      ...BenchmarkPanel_benchmark\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BenchmarkPanel_benchmark on AssessmentBenchmark {\n    releaseVersion\n    contributions\n    minimumContributions\n    categories {\n      categoryKey\n      name\n      coverage {\n        p25\n        median\n        p75\n      }\n      timePercent {\n        p25\n        median\n        p75\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment BenchmarkPanel_benchmark on AssessmentBenchmark {\n    releaseVersion\n    contributions\n    minimumContributions\n    categories {\n      categoryKey\n      name\n      coverage {\n        p25\n        median\n        p75\n      }\n      timePercent {\n        p25\n        median\n        p75\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContributePanel_assessment on Assessment {\n    id\n    releaseVersion\n    contributed\n  }\n"): (typeof documents)["\n  fragment ContributePanel_assessment on Assessment {\n    id\n    releaseVersion\n    contributed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditAssessment($id: ID!) {\n    assessment(id: $id) {\n      id\n      status\n      releaseVersion\n      otherMeasures\n      timeSplit {\n        categoryKey\n        percent\n      }\n      answers {\n        measureKey\n        tracking\n        usage\n        currentValue\n      }\n      release {\n        version\n        title\n        document\n      }\n    }\n  }\n"): (typeof documents)["\n  query EditAssessment($id: ID!) {\n    assessment(id: $id) {\n      id\n      status\n      releaseVersion\n      otherMeasures\n      timeSplit {\n        categoryKey\n        percent\n      }\n      answers {\n        measureKey\n        tracking\n        usage\n        currentValue\n      }\n      release {\n        version\n        title\n        document\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProgressChart_assessments on Assessment {\n    id\n    completedAt\n    releaseVersion\n    result {\n      categories {\n        categoryKey\n        name\n        coveragePercent\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ProgressChart_assessments on Assessment {\n    id\n    completedAt\n    releaseVersion\n    result {\n      categories {\n        categoryKey\n        name\n        coveragePercent\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SharePanel_assessment on Assessment {\n    id\n    sharedAt\n  }\n"): (typeof documents)["\n  fragment SharePanel_assessment on Assessment {\n    id\n    sharedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SharedAssessment($token: String!) {\n    sharedAssessment(token: $token) {\n      id\n      releaseVersion\n      completedAt\n      otherMeasures\n      timeSplit {\n        categoryKey\n        percent\n      }\n      answers {\n        measureKey\n        tracking\n        usage\n        currentValue\n      }\n      release {\n        version\n        title\n        document\n      }\n    }\n  }\n"): (typeof documents)["\n  query SharedAssessment($token: String!) {\n    sharedAssessment(token: $token) {\n      id\n      releaseVersion\n      completedAt\n      otherMeasures\n      timeSplit {\n        categoryKey\n        percent\n      }\n      answers {\n        measureKey\n        tracking\n        usage\n        currentValue\n      }\n      release {\n        version\n        title\n        document\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TakeAssessment($version: String!) {\n    release(version: $version) {\n      version\n      title\n      document\n    }\n    assessmentBenchmark(releaseVersion: $version) {\n      ...BenchmarkPanel_benchmark\n    }\n  }\n"): (typeof documents)["\n  query TakeAssessment($version: String!) {\n    release(version: $version) {\n      version\n      title\n      document\n    }\n    assessmentBenchmark(releaseVersion: $version) {\n      ...BenchmarkPanel_benchmark\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteAssessment($id: ID!) {\n    completeAssessment(id: $id) {\n      id\n      status\n      completedAt\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteAssessment($id: ID!) {\n    completeAssessment(id: $id) {\n      id\n      status\n      completedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContributeAssessment($id: ID!) {\n    contributeAssessment(id: $id) {\n      id\n      contributed\n    }\n  }\n"): (typeof documents)["\n  mutation ContributeAssessment($id: ID!) {\n    contributeAssessment(id: $id) {\n      id\n      contributed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeAssessmentShare($id: ID!) {\n    revokeAssessmentShare(id: $id) {\n      id\n      sharedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeAssessmentShare($id: ID!) {\n    revokeAssessmentShare(id: $id) {\n      id\n      sharedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveAssessment($input: SaveAssessmentInput!) {\n    saveAssessment(input: $input) {\n      id\n      updatedAt\n      otherMeasures\n      timeSplit {\n        categoryKey\n        percent\n      }\n      answers {\n        measureKey\n        tracking\n        usage\n        currentValue\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SaveAssessment($input: SaveAssessmentInput!) {\n    saveAssessment(input: $input) {\n      id\n      updatedAt\n      otherMeasures\n      timeSplit {\n        categoryKey\n        percent\n      }\n      answers {\n        measureKey\n        tracking\n        usage\n        currentValue\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShareAssessment($id: ID!) {\n    shareAssessment(id: $id) {\n      url\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation ShareAssessment($id: ID!) {\n    shareAssessment(id: $id) {\n      url\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartAssessment($input: StartAssessmentInput!) {\n    startAssessment(input: $input) {\n      id\n      status\n      releaseVersion\n    }\n  }\n"): (typeof documents)["\n  mutation StartAssessment($input: StartAssessmentInput!) {\n    startAssessment(input: $input) {\n      id\n      status\n      releaseVersion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountMenu_user on User {\n    displayName\n    role\n  }\n"): (typeof documents)["\n  fragment AccountMenu_user on User {\n    displayName\n    role\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmailEnabled {\n    emailEnabled\n  }\n"): (typeof documents)["\n  query EmailEnabled {\n    emailEnabled\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      user {\n        id\n        role\n        handle\n        ...AccountMenu_user\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      user {\n        id\n        role\n        handle\n        ...AccountMenu_user\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      email\n      changed\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      email\n      changed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n"): (typeof documents)["\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeEmail($input: ChangeEmailInput!) {\n    changeEmail(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangeEmail($input: ChangeEmailInput!) {\n    changeEmail(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurrentUser {\n    me {\n      id\n      role\n      handle\n      ...AccountMenu_user\n    }\n  }\n"): (typeof documents)["\n  query CurrentUser {\n    me {\n      id\n      role\n      handle\n      ...AccountMenu_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n        role\n        handle\n        ...AccountMenu_user\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n        role\n        handle\n        ...AccountMenu_user\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n        role\n        handle\n        ...AccountMenu_user\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n        role\n        handle\n        ...AccountMenu_user\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseStudies {\n    draft {\n      categories {\n        key\n        name\n        measures {\n          key\n          name\n        }\n      }\n    }\n    releases {\n      version\n    }\n  }\n"): (typeof documents)["\n  query CaseStudies {\n    draft {\n      categories {\n        key\n        name\n        measures {\n          key\n          name\n        }\n      }\n    }\n    releases {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseStudyList(\n    $measureKey: String\n    $categoryKey: String\n    $industry: Industry\n    $organizationSize: OrganizationSize\n    $releaseVersion: String\n    $first: Int\n    $after: String\n  ) {\n    caseStudies(\n      measureKey: $measureKey\n      categoryKey: $categoryKey\n      industry: $industry\n      organizationSize: $organizationSize\n      releaseVersion: $releaseVersion\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ...CaseStudyListItem_caseStudy\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseStudyList(\n    $measureKey: String\n    $categoryKey: String\n    $industry: Industry\n    $organizationSize: OrganizationSize\n    $releaseVersion: String\n    $first: Int\n    $after: String\n  ) {\n    caseStudies(\n      measureKey: $measureKey\n      categoryKey: $categoryKey\n      industry: $industry\n      organizationSize: $organizationSize\n      releaseVersion: $releaseVersion\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ...CaseStudyListItem_caseStudy\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseStudyListItem_caseStudy on CaseStudy {\n    id\n    title\n    summary\n    organizationName\n    industry\n    organizationSize\n    releaseVersion\n    publishedAt\n    author {\n      id\n      displayName\n    }\n    outcomes {\n      measureKey\n      measureName\n      improvementPercent\n    }\n  }\n"): (typeof documents)["\n  fragment CaseStudyListItem_caseStudy on CaseStudy {\n    id\n    title\n    summary\n    organizationName\n    industry\n    organizationSize\n    releaseVersion\n    publishedAt\n    author {\n      id\n      displayName\n    }\n    outcomes {\n      measureKey\n      measureName\n      improvementPercent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseStudyPage_caseStudy on CaseStudy {\n    id\n    status\n    title\n    summary\n    body\n    bodyHtml\n    organization\n    organizationName\n    industry\n    organizationSize\n    periodStart\n    periodEnd\n    releaseVersion\n    publishedAt\n    editedAt\n    createdAt\n    hiddenReason\n    viewerIsAuthor\n    author {\n      id\n      ...PersonLink_person\n    }\n    links {\n      label\n      url\n    }\n    outcomes {\n      measureKey\n      measureName\n      unit\n      direction\n      before\n      after\n      improvementPercent\n      usage\n      periodStart\n      periodEnd\n      note\n      noteHtml\n      measureRetiredIn\n    }\n    revisions {\n      title\n      bodyHtml\n      writtenAt\n      outcomes {\n        measureKey\n        measureName\n        unit\n        before\n        after\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CaseStudyPage_caseStudy on CaseStudy {\n    id\n    status\n    title\n    summary\n    body\n    bodyHtml\n    organization\n    organizationName\n    industry\n    organizationSize\n    periodStart\n    periodEnd\n    releaseVersion\n    publishedAt\n    editedAt\n    createdAt\n    hiddenReason\n    viewerIsAuthor\n    author {\n      id\n      ...PersonLink_person\n    }\n    links {\n      label\n      url\n    }\n    outcomes {\n      measureKey\n      measureName\n      unit\n      direction\n      before\n      after\n      improvementPercent\n      usage\n      periodStart\n      periodEnd\n      note\n      noteHtml\n      measureRetiredIn\n    }\n    revisions {\n      title\n      bodyHtml\n      writtenAt\n      outcomes {\n        measureKey\n        measureName\n        unit\n        before\n        after\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseStudy($id: ID!) {\n    caseStudy(id: $id) {\n      id\n      ...CaseStudyPage_caseStudy\n    }\n  }\n"): (typeof documents)["\n  query CaseStudy($id: ID!) {\n    caseStudy(id: $id) {\n      id\n      ...CaseStudyPage_caseStudy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditCaseStudy($id: ID!) {\n    caseStudy(id: $id) {\n      id\n      status\n      viewerIsAuthor\n      title\n      summary\n      body\n      organization\n      industry\n      organizationSize\n      periodStart\n      periodEnd\n      releaseVersion\n      outcomes {\n        measureKey\n        before\n        after\n        usage\n        periodStart\n        periodEnd\n        note\n      }\n      links {\n        label\n        url\n      }\n    }\n    releases {\n      version\n      title\n      measures {\n        key\n        name\n        unit\n        status\n        categoryKey\n      }\n    }\n  }\n"): (typeof documents)["\n  query EditCaseStudy($id: ID!) {\n    caseStudy(id: $id) {\n      id\n      status\n      viewerIsAuthor\n      title\n      summary\n      body\n      organization\n      industry\n      organizationSize\n      periodStart\n      periodEnd\n      releaseVersion\n      outcomes {\n        measureKey\n        before\n        after\n        usage\n        periodStart\n        periodEnd\n        note\n      }\n      links {\n        label\n        url\n      }\n    }\n    releases {\n      version\n      title\n      measures {\n        key\n        name\n        unit\n        status\n        categoryKey\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FlaggedCaseStudies {\n    caseStudyModerationQueue {\n      caseStudy {\n        id\n        title\n        organizationName\n        author {\n          id\n          ...PersonLink_person\n        }\n      }\n      flags {\n        id\n        reason\n        createdAt\n        flagger {\n          id\n          ...PersonLink_person\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FlaggedCaseStudies {\n    caseStudyModerationQueue {\n      caseStudy {\n        id\n        title\n        organizationName\n        author {\n          id\n          ...PersonLink_person\n        }\n      }\n      flags {\n        id\n        reason\n        createdAt\n        flagger {\n          id\n          ...PersonLink_person\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeasureCaseStudies_measure on Measure {\n    key\n    name\n    caseStudies {\n      id\n      ...CaseStudyListItem_caseStudy\n    }\n    caseStudySummary {\n      count\n      improved\n      worsened\n      unchanged\n      unknown\n      medianImprovementPercent\n    }\n  }\n"): (typeof documents)["\n  fragment MeasureCaseStudies_measure on Measure {\n    key\n    name\n    caseStudies {\n      id\n      ...CaseStudyListItem_caseStudy\n    }\n    caseStudySummary {\n      count\n      improved\n      worsened\n      unchanged\n      unknown\n      medianImprovementPercent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCaseStudies {\n    myCaseStudies {\n      id\n      title\n      status\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query MyCaseStudies {\n    myCaseStudies {\n      id\n      title\n      status\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewCaseStudy {\n    me {\n      id\n    }\n    releases {\n      version\n      title\n      measures {\n        key\n        name\n        unit\n        status\n        categoryKey\n      }\n    }\n  }\n"): (typeof documents)["\n  query NewCaseStudy {\n    me {\n      id\n    }\n    releases {\n      version\n      title\n      measures {\n        key\n        name\n        unit\n        status\n        categoryKey\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProposalEvidence_proposal on Proposal {\n    number\n    status\n    evidence {\n      id\n      note\n      viewerCanRemove\n      linkedBy {\n        id\n        ...PersonLink_person\n      }\n      caseStudy {\n        id\n        title\n        organizationName\n      }\n    }\n    impact {\n      caseStudies {\n        id\n        title\n        organizationName\n        outcomes {\n          measureKey\n          measureName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ProposalEvidence_proposal on Proposal {\n    number\n    status\n    evidence {\n      id\n      note\n      viewerCanRemove\n      linkedBy {\n        id\n        ...PersonLink_person\n      }\n      caseStudy {\n        id\n        title\n        organizationName\n      }\n    }\n    impact {\n      caseStudies {\n        id\n        title\n        organizationName\n        outcomes {\n          measureKey\n          measureName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvidenceChoices {\n    caseStudies(first: 50) {\n      nodes {\n        id\n        title\n        organizationName\n      }\n    }\n  }\n"): (typeof documents)["\n  query EvidenceChoices {\n    caseStudies(first: 50) {\n      nodes {\n        id\n        title\n        organizationName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCaseStudy($input: CaseStudyInput!) {\n    createCaseStudy(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCaseStudy($input: CaseStudyInput!) {\n    createCaseStudy(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DismissCaseStudyFlags($id: ID!) {\n    dismissCaseStudyFlags(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DismissCaseStudyFlags($id: ID!) {\n    dismissCaseStudyFlags(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FlagCaseStudy($input: FlagCaseStudyInput!) {\n    flagCaseStudy(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation FlagCaseStudy($input: FlagCaseStudyInput!) {\n    flagCaseStudy(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HideCaseStudy($input: HideCaseStudyInput!) {\n    hideCaseStudy(input: $input) {\n      id\n      ...CaseStudyPage_caseStudy\n    }\n  }\n"): (typeof documents)["\n  mutation HideCaseStudy($input: HideCaseStudyInput!) {\n    hideCaseStudy(input: $input) {\n      id\n      ...CaseStudyPage_caseStudy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkEvidence($input: LinkEvidenceInput!) {\n    linkEvidence(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation LinkEvidence($input: LinkEvidenceInput!) {\n    linkEvidence(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishCaseStudy($id: ID!) {\n    publishCaseStudy(id: $id) {\n      id\n      ...CaseStudyPage_caseStudy\n    }\n  }\n"): (typeof documents)["\n  mutation PublishCaseStudy($id: ID!) {\n    publishCaseStudy(id: $id) {\n      id\n      ...CaseStudyPage_caseStudy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveEvidence($id: ID!) {\n    removeEvidence(id: $id) {\n      id\n      ...ProposalEvidence_proposal\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveEvidence($id: ID!) {\n    removeEvidence(id: $id) {\n      id\n      ...ProposalEvidence_proposal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnhideCaseStudy($id: ID!) {\n    unhideCaseStudy(id: $id) {\n      id\n      ...CaseStudyPage_caseStudy\n    }\n  }\n"): (typeof documents)["\n  mutation UnhideCaseStudy($id: ID!) {\n    unhideCaseStudy(id: $id) {\n      id\n      ...CaseStudyPage_caseStudy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCaseStudy($id: ID!, $input: CaseStudyInput!) {\n    updateCaseStudy(id: $id, input: $input) {\n      id\n      ...CaseStudyPage_caseStudy\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCaseStudy($id: ID!, $input: CaseStudyInput!) {\n    updateCaseStudy(id: $id, input: $input) {\n      id\n      ...CaseStudyPage_caseStudy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiTokenRow_token on ApiToken {\n    id\n    name\n    scope\n    createdAt\n    expiresAt\n    lastUsedAt\n  }\n"): (typeof documents)["\n  fragment ApiTokenRow_token on ApiToken {\n    id\n    name\n    scope\n    createdAt\n    expiresAt\n    lastUsedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeliveryLog_delivery on WebhookDelivery {\n    id\n    messageId\n    eventType\n    status\n    createdAt\n    nextAttemptAt\n    attempts {\n      number\n      at\n      statusCode\n      durationMs\n      error\n      responseExcerpt\n    }\n  }\n"): (typeof documents)["\n  fragment DeliveryLog_delivery on WebhookDelivery {\n    id\n    messageId\n    eventType\n    status\n    createdAt\n    nextAttemptAt\n    attempts {\n      number\n      at\n      statusCode\n      durationMs\n      error\n      responseExcerpt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeveloperSettings {\n    apiTokens {\n      id\n      ...ApiTokenRow_token\n    }\n    webhookEndpoints {\n      id\n      ...WebhookEndpointSummary_endpoint\n    }\n  }\n"): (typeof documents)["\n  query DeveloperSettings {\n    apiTokens {\n      id\n      ...ApiTokenRow_token\n    }\n    webhookEndpoints {\n      id\n      ...WebhookEndpointSummary_endpoint\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookEndpoint($id: ID!) {\n    webhookEndpoint(id: $id) {\n      id\n      url\n      events\n      description\n      enabled\n      disabledReason\n      disabledAt\n      failingSince\n      previousSecretExpiresAt\n      createdAt\n      deliveries(first: 20) {\n        nodes {\n          id\n          status\n          ...DeliveryLog_delivery\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebhookEndpoint($id: ID!) {\n    webhookEndpoint(id: $id) {\n      id\n      url\n      events\n      description\n      enabled\n      disabledReason\n      disabledAt\n      failingSince\n      previousSecretExpiresAt\n      createdAt\n      deliveries(first: 20) {\n        nodes {\n          id\n          status\n          ...DeliveryLog_delivery\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WebhookEndpointSummary_endpoint on WebhookEndpoint {\n    id\n    url\n    events\n    description\n    enabled\n    disabledReason\n  }\n"): (typeof documents)["\n  fragment WebhookEndpointSummary_endpoint on WebhookEndpoint {\n    id\n    url\n    events\n    description\n    enabled\n    disabledReason\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($name: String!, $expiresAt: DateTime, $scope: ApiTokenScope) {\n    createApiToken(name: $name, expiresAt: $expiresAt, scope: $scope) {\n      token\n      apiToken {\n        id\n        ...ApiTokenRow_token\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiToken($name: String!, $expiresAt: DateTime, $scope: ApiTokenScope) {\n    createApiToken(name: $name, expiresAt: $expiresAt, scope: $scope) {\n      token\n      apiToken {\n        id\n        ...ApiTokenRow_token\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n        url\n        events\n        ...WebhookEndpointSummary_endpoint\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n        url\n        events\n        ...WebhookEndpointSummary_endpoint\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RedeliverWebhook($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) {\n      id\n      status\n      nextAttemptAt\n    }\n  }\n"): (typeof documents)["\n  mutation RedeliverWebhook($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) {\n      id\n      status\n      nextAttemptAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      endpoint {\n        id\n        previousSecretExpiresAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      endpoint {\n        id\n        previousSecretExpiresAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendTestWebhook($id: ID!) {\n    sendTestWebhook(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SendTestWebhook($id: ID!) {\n    sendTestWebhook(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      id\n      url\n      events\n      description\n      enabled\n      disabledReason\n      disabledAt\n      failingSince\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      id\n      url\n      events\n      description\n      enabled\n      disabledReason\n      disabledAt\n      failingSince\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentItem_comment on Comment {\n    id\n    body\n    bodyHtml\n    hidden\n    hiddenReason\n    editedAt\n    createdAt\n    openFlagCount\n    viewerHasFlagged\n    viewerCanEdit\n    author {\n      id\n      displayName\n      role\n      ...PersonLink_person\n    }\n    revisions {\n      body\n      bodyHtml\n      writtenAt\n    }\n  }\n"): (typeof documents)["\n  fragment CommentItem_comment on Comment {\n    id\n    body\n    bodyHtml\n    hidden\n    hiddenReason\n    editedAt\n    createdAt\n    openFlagCount\n    viewerHasFlagged\n    viewerCanEdit\n    author {\n      id\n      displayName\n      role\n      ...PersonLink_person\n    }\n    revisions {\n      body\n      bodyHtml\n      writtenAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Discussion_proposal on Proposal {\n    id\n    number\n    status\n    commentPage(first: 20) {\n      ...Discussion_commentPage\n    }\n  }\n"): (typeof documents)["\n  fragment Discussion_proposal on Proposal {\n    id\n    number\n    status\n    commentPage(first: 20) {\n      ...Discussion_commentPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Discussion_commentPage on CommentPage {\n    totalCount\n    hasNextPage\n    endCursor\n    nodes {\n      id\n      parentId\n      author {\n        id\n        displayName\n      }\n      ...CommentItem_comment\n    }\n  }\n"): (typeof documents)["\n  fragment Discussion_commentPage on CommentPage {\n    totalCount\n    hasNextPage\n    endCursor\n    nodes {\n      id\n      parentId\n      author {\n        id\n        displayName\n      }\n      ...CommentItem_comment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DiscussionMore($number: Int!, $after: ID!) {\n    proposal(number: $number) {\n      id\n      commentPage(first: 20, after: $after) {\n        ...Discussion_commentPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query DiscussionMore($number: Int!, $after: ID!) {\n    proposal(number: $number) {\n      id\n      commentPage(first: 20, after: $after) {\n        ...Discussion_commentPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      id\n      parentId\n      ...CommentItem_comment\n    }\n  }\n"): (typeof documents)["\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      id\n      parentId\n      ...CommentItem_comment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DismissCommentFlags($id: ID!) {\n    dismissCommentFlags(id: $id) {\n      id\n      openFlagCount\n    }\n  }\n"): (typeof documents)["\n  mutation DismissCommentFlags($id: ID!) {\n    dismissCommentFlags(id: $id) {\n      id\n      openFlagCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      id\n      ...CommentItem_comment\n    }\n  }\n"): (typeof documents)["\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      id\n      ...CommentItem_comment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FlagComment($input: FlagCommentInput!) {\n    flagComment(input: $input) {\n      id\n      viewerHasFlagged\n      openFlagCount\n    }\n  }\n"): (typeof documents)["\n  mutation FlagComment($input: FlagCommentInput!) {\n    flagComment(input: $input) {\n      id\n      viewerHasFlagged\n      openFlagCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HideComment($input: HideCommentInput!) {\n    hideComment(input: $input) {\n      id\n      ...CommentItem_comment\n    }\n  }\n"): (typeof documents)["\n  mutation HideComment($input: HideCommentInput!) {\n    hideComment(input: $input) {\n      id\n      ...CommentItem_comment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnhideComment($id: ID!) {\n    unhideComment(id: $id) {\n      id\n      ...CommentItem_comment\n    }\n  }\n"): (typeof documents)["\n  mutation UnhideComment($id: ID!) {\n    unhideComment(id: $id) {\n      id\n      ...CommentItem_comment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Follow($input: FollowInput!) {\n    follow(input: $input) {\n      kind\n      key\n      following\n    }\n  }\n"): (typeof documents)["\n  mutation Follow($input: FollowInput!) {\n    follow(input: $input) {\n      kind\n      key\n      following\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IsFollowing($input: FollowInput!) {\n    isFollowing(input: $input)\n  }\n"): (typeof documents)["\n  query IsFollowing($input: FollowInput!) {\n    isFollowing(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unfollow($input: FollowInput!) {\n    unfollow(input: $input) {\n      kind\n      key\n      following\n    }\n  }\n"): (typeof documents)["\n  mutation Unfollow($input: FollowInput!) {\n    unfollow(input: $input) {\n      kind\n      key\n      following\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForYou {\n    forYou {\n      actionCount\n      flaggedComments\n      openVotes {\n        number\n        title\n        closesAt\n        voted\n      }\n      readyForVote {\n        number\n        title\n        status\n      }\n      toMerge {\n        number\n        title\n        status\n      }\n      awaitingRelease {\n        number\n        title\n        status\n      }\n      myProposals {\n        number\n        title\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query ForYou {\n    forYou {\n      actionCount\n      flaggedComments\n      openVotes {\n        number\n        title\n        closesAt\n        voted\n      }\n      readyForVote {\n        number\n        title\n        status\n      }\n      toMerge {\n        number\n        title\n        status\n      }\n      awaitingRelease {\n        number\n        title\n        status\n      }\n      myProposals {\n        number\n        title\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForYouCounts {\n    forYou {\n      actionCount\n      flaggedComments\n    }\n  }\n"): (typeof documents)["\n  query ForYouCounts {\n    forYou {\n      actionCount\n      flaggedComments\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AudienceColumns_category on Category {\n    measures {\n      key\n      audience\n      ...MeasureListItem_measure\n    }\n  }\n"): (typeof documents)["\n  fragment AudienceColumns_category on Category {\n    measures {\n      key\n      audience\n      ...MeasureListItem_measure\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CategoryCard_category on Category {\n    key\n    name\n    description\n    focusPercent\n    measures {\n      key\n      audience\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment CategoryCard_category on Category {\n    key\n    name\n    description\n    focusPercent\n    measures {\n      key\n      audience\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Category {\n    draft {\n      categories {\n        key\n        name\n        description\n        focusPercent\n        caseStudyCount\n        ...AudienceColumns_category\n      }\n    }\n  }\n"): (typeof documents)["\n  query Category {\n    draft {\n      categories {\n        key\n        name\n        description\n        focusPercent\n        caseStudyCount\n        ...AudienceColumns_category\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FocusChart_categories on Category {\n    key\n    name\n    focusPercent\n  }\n"): (typeof documents)["\n  fragment FocusChart_categories on Category {\n    key\n    name\n    focusPercent\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Home {\n    draft {\n      revision\n      categories {\n        key\n        ...FocusChart_categories\n        ...CategoryCard_category\n      }\n    }\n    releases {\n      ...LatestReleaseNote_releases\n    }\n    ...UsageLine_query\n  }\n"): (typeof documents)["\n  query Home {\n    draft {\n      revision\n      categories {\n        key\n        ...FocusChart_categories\n        ...CategoryCard_category\n      }\n    }\n    releases {\n      ...LatestReleaseNote_releases\n    }\n    ...UsageLine_query\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeasureFacts_measure on Measure {\n    audience\n    formula\n    unit\n    direction\n    status\n    aliases\n    category {\n      key\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment MeasureFacts_measure on Measure {\n    audience\n    formula\n    unit\n    direction\n    status\n    aliases\n    category {\n      key\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeasureHistory_measure on Measure {\n    key\n    releaseHistory {\n      version\n      title\n      publishedAt\n      change\n      fields\n    }\n    proposals {\n      ...ProposalLinks_proposals\n    }\n  }\n"): (typeof documents)["\n  fragment MeasureHistory_measure on Measure {\n    key\n    releaseHistory {\n      version\n      title\n      publishedAt\n      change\n      fields\n    }\n    proposals {\n      ...ProposalLinks_proposals\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeasureListItem_measure on Measure {\n    key\n    name\n    status\n    definition\n    unit\n  }\n"): (typeof documents)["\n  fragment MeasureListItem_measure on Measure {\n    key\n    name\n    status\n    definition\n    unit\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Measure($key: String!) {\n    measure(key: $key) {\n      key\n      name\n      definition\n      status\n      notes\n      notesHtml\n      replacement {\n        key\n        name\n      }\n      category {\n        key\n        name\n      }\n      ...MeasureFacts_measure\n      ...MeasureHistory_measure\n      ...MeasureCaseStudies_measure\n      ...MeasureImplementations_measure\n    }\n  }\n"): (typeof documents)["\n  query Measure($key: String!) {\n    measure(key: $key) {\n      key\n      name\n      definition\n      status\n      notes\n      notesHtml\n      replacement {\n        key\n        name\n      }\n      category {\n        key\n        name\n      }\n      ...MeasureFacts_measure\n      ...MeasureHistory_measure\n      ...MeasureCaseStudies_measure\n      ...MeasureImplementations_measure\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeActivity {\n    voting: proposals(status: VOTING, first: 3) {\n      totalCount\n      nodes {\n        id\n        number\n        title\n        voting {\n          id\n          closesAt\n        }\n      }\n    }\n    discussion: proposals(status: DISCUSSION, first: 3) {\n      totalCount\n      nodes {\n        id\n        number\n        title\n        commentCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query HomeActivity {\n    voting: proposals(status: VOTING, first: 3) {\n      totalCount\n      nodes {\n        id\n        number\n        title\n        voting {\n          id\n          closesAt\n        }\n      }\n    }\n    discussion: proposals(status: DISCUSSION, first: 3) {\n      totalCount\n      nodes {\n        id\n        number\n        title\n        commentCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GovernancePage_settings on GovernanceSettings {\n    votingWindowSeconds\n    minimumWindowSeconds\n    quorumPercent\n    thresholdNumerator\n    thresholdDenominator\n    hideResultsUntilClose\n    updatedAt\n    ...GovernanceSettingsForm_settings\n  }\n"): (typeof documents)["\n  fragment GovernancePage_settings on GovernanceSettings {\n    votingWindowSeconds\n    minimumWindowSeconds\n    quorumPercent\n    thresholdNumerator\n    thresholdDenominator\n    hideResultsUntilClose\n    updatedAt\n    ...GovernanceSettingsForm_settings\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Governance {\n    governanceSettings {\n      ...GovernancePage_settings\n    }\n  }\n"): (typeof documents)["\n  query Governance {\n    governanceSettings {\n      ...GovernancePage_settings\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GovernanceSettingsForm_settings on GovernanceSettings {\n    votingWindowSeconds\n    minimumWindowSeconds\n    quorumPercent\n    thresholdNumerator\n    thresholdDenominator\n    hideResultsUntilClose\n  }\n"): (typeof documents)["\n  fragment GovernanceSettingsForm_settings on GovernanceSettings {\n    votingWindowSeconds\n    minimumWindowSeconds\n    quorumPercent\n    thresholdNumerator\n    thresholdDenominator\n    hideResultsUntilClose\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoleHolders {\n    setters: roleHolders(role: STANDARD_SETTER) {\n      id\n      ...PersonLink_person\n    }\n    editors: roleHolders(role: EDITOR) {\n      id\n      ...PersonLink_person\n    }\n  }\n"): (typeof documents)["\n  query RoleHolders {\n    setters: roleHolders(role: STANDARD_SETTER) {\n      id\n      ...PersonLink_person\n    }\n    editors: roleHolders(role: EDITOR) {\n      id\n      ...PersonLink_person\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateGovernanceSettings($input: UpdateGovernanceSettingsInput!) {\n    updateGovernanceSettings(input: $input) {\n      ...GovernancePage_settings\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateGovernanceSettings($input: UpdateGovernanceSettingsInput!) {\n    updateGovernanceSettings(input: $input) {\n      ...GovernancePage_settings\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Implementations($version: String!) {\n    releases {\n      version\n    }\n    release(version: $version) {\n      version\n      title\n      categories {\n        key\n        name\n      }\n      measures {\n        key\n        name\n        categoryKey\n        status\n      }\n    }\n    implementations(releaseVersion: $version) {\n      id\n      name\n      releasesBehind\n      organization {\n        id\n        name\n        verified\n      }\n      measures {\n        measureKey\n        status\n        note\n      }\n    }\n  }\n"): (typeof documents)["\n  query Implementations($version: String!) {\n    releases {\n      version\n    }\n    release(version: $version) {\n      version\n      title\n      categories {\n        key\n        name\n      }\n      measures {\n        key\n        name\n        categoryKey\n        status\n      }\n    }\n    implementations(releaseVersion: $version) {\n      id\n      name\n      releasesBehind\n      organization {\n        id\n        name\n        verified\n      }\n      measures {\n        measureKey\n        status\n        note\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeasureImplementations_measure on Measure {\n    key\n    implementations {\n      status\n      releaseVersion\n      product {\n        id\n        name\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment MeasureImplementations_measure on Measure {\n    key\n    implementations {\n      status\n      releaseVersion\n      product {\n        id\n        name\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Product($id: ID!) {\n    releases {\n      version\n    }\n    product(id: $id) {\n      id\n      name\n      url\n      releaseVersion\n      releasesBehind\n      reportedAt\n      organization {\n        id\n        name\n        verified\n        viewerRole\n      }\n      measures {\n        measureKey\n        status\n        note\n        link\n      }\n      upgradeChecklist {\n        id\n        ...UpgradeChecklist_checklist\n      }\n    }\n  }\n"): (typeof documents)["\n  query Product($id: ID!) {\n    releases {\n      version\n    }\n    product(id: $id) {\n      id\n      name\n      url\n      releaseVersion\n      releasesBehind\n      reportedAt\n      organization {\n        id\n        name\n        verified\n        viewerRole\n      }\n      measures {\n        measureKey\n        status\n        note\n        link\n      }\n      upgradeChecklist {\n        id\n        ...UpgradeChecklist_checklist\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportEditor($version: String!) {\n    release(version: $version) {\n      version\n      measures {\n        key\n        name\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportEditor($version: String!) {\n    release(version: $version) {\n      version\n      measures {\n        key\n        name\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UpgradeChecklist_checklist on UpgradeChecklist {\n    id\n    fromVersion\n    toVersion\n    items {\n      id\n      measureKey\n      measureName\n      change\n      fields\n      description\n      done\n    }\n  }\n"): (typeof documents)["\n  fragment UpgradeChecklist_checklist on UpgradeChecklist {\n    id\n    fromVersion\n    toVersion\n    items {\n      id\n      measureKey\n      measureName\n      change\n      fields\n      description\n      done\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteChecklistItem($itemId: ID!, $done: Boolean) {\n    completeChecklistItem(itemId: $itemId, done: $done) {\n      id\n      items {\n        id\n        done\n        doneAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteChecklistItem($itemId: ID!, $done: Boolean) {\n    completeChecklistItem(itemId: $itemId, done: $done) {\n      id\n      items {\n        id\n        done\n        doneAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveImplementationReport($input: SaveImplementationReportInput!) {\n    saveImplementationReport(input: $input) {\n      id\n      releaseVersion\n      releasesBehind\n    }\n  }\n"): (typeof documents)["\n  mutation SaveImplementationReport($input: SaveImplementationReportInput!) {\n    saveImplementationReport(input: $input) {\n      id\n      releaseVersion\n      releasesBehind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MentionCandidates($prefix: String!) {\n    mentionCandidates(prefix: $prefix, first: 6) {\n      id\n      displayName\n      handle\n    }\n  }\n"): (typeof documents)["\n  query MentionCandidates($prefix: String!) {\n    mentionCandidates(prefix: $prefix, first: 6) {\n      id\n      displayName\n      handle\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FlaggedCommentCard_item on FlaggedComment {\n    proposalTitle\n    comment {\n      id\n      proposalNumber\n      bodyHtml\n      hidden\n      createdAt\n      author {\n        id\n        displayName\n        ...PersonLink_person\n      }\n    }\n    flags {\n      id\n      reason\n      createdAt\n      flagger {\n        id\n        ...PersonLink_person\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment FlaggedCommentCard_item on FlaggedComment {\n    proposalTitle\n    comment {\n      id\n      proposalNumber\n      bodyHtml\n      hidden\n      createdAt\n      author {\n        id\n        displayName\n        ...PersonLink_person\n      }\n    }\n    flags {\n      id\n      reason\n      createdAt\n      flagger {\n        id\n        ...PersonLink_person\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Moderation {\n    moderationQueue {\n      comment {\n        id\n      }\n      ...FlaggedCommentCard_item\n    }\n  }\n"): (typeof documents)["\n  query Moderation {\n    moderationQueue {\n      comment {\n        id\n      }\n      ...FlaggedCommentCard_item\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int!) {\n    notifications(first: $first) {\n      unreadCount\n      pageInfo {\n        hasNextPage\n      }\n      nodes {\n        id\n        kind\n        title\n        body\n        url\n        createdAt\n        readAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($first: Int!) {\n    notifications(first: $first) {\n      unreadCount\n      pageInfo {\n        hasNextPage\n      }\n      nodes {\n        id\n        kind\n        title\n        body\n        url\n        createdAt\n        readAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationBell {\n    notifications(first: 1) {\n      unreadCount\n    }\n  }\n"): (typeof documents)["\n  query NotificationBell {\n    notifications(first: 1) {\n      unreadCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Adopters {\n    adopters {\n      releaseVersion\n      categoryKeys\n      measureKeys\n      quote\n      link\n      declaredAt\n      organization {\n        id\n        name\n        kind\n        verified\n      }\n    }\n  }\n"): (typeof documents)["\n  query Adopters {\n    adopters {\n      releaseVersion\n      categoryKeys\n      measureKeys\n      quote\n      link\n      declaredAt\n      organization {\n        id\n        name\n        kind\n        verified\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MembersSection_organization on Organization {\n    id\n    name\n    viewerRole\n    members {\n      role\n      joinedAt\n      user {\n        id\n        displayName\n        ...PersonLink_person\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment MembersSection_organization on Organization {\n    id\n    name\n    viewerRole\n    members {\n      role\n      joinedAt\n      user {\n        id\n        displayName\n        ...PersonLink_person\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organization($id: ID!) {\n    release(version: \"latest\") {\n      version\n      categories {\n        key\n        name\n      }\n    }\n    organization(id: $id) {\n      id\n      name\n      kind\n      website\n      description\n      verified\n      hidden\n      hiddenReason\n      viewerRole\n      ...MembersSection_organization\n      adoption {\n        releaseVersion\n        categoryKeys\n        quote\n        link\n      }\n      products {\n        id\n        name\n        url\n        releaseVersion\n        releasesBehind\n      }\n    }\n  }\n"): (typeof documents)["\n  query Organization($id: ID!) {\n    release(version: \"latest\") {\n      version\n      categories {\n        key\n        name\n      }\n    }\n    organization(id: $id) {\n      id\n      name\n      kind\n      website\n      description\n      verified\n      hidden\n      hiddenReason\n      viewerRole\n      ...MembersSection_organization\n      adoption {\n        releaseVersion\n        categoryKeys\n        quote\n        link\n      }\n      products {\n        id\n        name\n        url\n        releaseVersion\n        releasesBehind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organizations {\n    organizations {\n      id\n      name\n      kind\n      description\n      verified\n    }\n  }\n"): (typeof documents)["\n  query Organizations {\n    organizations {\n      id\n      name\n      kind\n      description\n      verified\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UsageLine_query on Query {\n    usageCounts {\n      organizations\n      products\n    }\n  }\n"): (typeof documents)["\n  fragment UsageLine_query on Query {\n    usageCounts {\n      organizations\n      products\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptOrganizationInvite($token: String!) {\n    acceptOrganizationInvite(token: $token) {\n      id\n      name\n      viewerRole\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptOrganizationInvite($token: String!) {\n    acceptOrganizationInvite(token: $token) {\n      id\n      name\n      viewerRole\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclareAdoption($input: DeclareAdoptionInput!) {\n    declareAdoption(input: $input) {\n      releaseVersion\n    }\n  }\n"): (typeof documents)["\n  mutation DeclareAdoption($input: DeclareAdoptionInput!) {\n    declareAdoption(input: $input) {\n      releaseVersion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteToOrganization($organizationId: ID!, $role: OrganizationRole) {\n    inviteToOrganization(organizationId: $organizationId, role: $role) {\n      url\n      role\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation InviteToOrganization($organizationId: ID!, $role: OrganizationRole) {\n    inviteToOrganization(organizationId: $organizationId, role: $role) {\n      url\n      role\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveOrganizationMember($organizationId: ID!, $userId: ID!) {\n    removeOrganizationMember(organizationId: $organizationId, userId: $userId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveOrganizationMember($organizationId: ID!, $userId: ID!) {\n    removeOrganizationMember(organizationId: $organizationId, userId: $userId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyOrganization($id: ID!) {\n    verifyOrganization(id: $id) {\n      id\n      verified\n      verifiedAt\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyOrganization($id: ID!) {\n    verifyOrganization(id: $id) {\n      id\n      verified\n      verifiedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonLink_person on User {\n    displayName\n    handle\n  }\n"): (typeof documents)["\n  fragment PersonLink_person on User {\n    displayName\n    handle\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Profile($handle: String!) {\n    person(handle: $handle) {\n      id\n      handle\n      displayName\n      bio\n      organisation\n      role\n      joinedAt\n      proposals {\n        number\n        title\n        status\n      }\n      comments {\n        id\n        proposalNumber\n        proposalTitle\n        excerpt\n        createdAt\n      }\n      voteRationales {\n        proposalNumber\n        proposalTitle\n        choice\n        rationale\n      }\n      caseStudies {\n        id\n        title\n        summary\n      }\n    }\n  }\n"): (typeof documents)["\n  query Profile($handle: String!) {\n    person(handle: $handle) {\n      id\n      handle\n      displayName\n      bio\n      organisation\n      role\n      joinedAt\n      proposals {\n        number\n        title\n        status\n      }\n      comments {\n        id\n        proposalNumber\n        proposalTitle\n        excerpt\n        createdAt\n      }\n      voteRationales {\n        proposalNumber\n        proposalTitle\n        choice\n        rationale\n      }\n      caseStudies {\n        id\n        title\n        summary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditProposal($number: Int!) {\n    proposal(number: $number) {\n      id\n      number\n      title\n      summary\n      status\n      viewerCanEdit\n      changes {\n        ...ChangeFields_change\n      }\n    }\n    draft {\n      revision\n      document\n    }\n  }\n"): (typeof documents)["\n  query EditProposal($number: Int!) {\n    proposal(number: $number) {\n      id\n      number\n      title\n      summary\n      status\n      viewerCanEdit\n      changes {\n        ...ChangeFields_change\n      }\n    }\n    draft {\n      revision\n      document\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewProposal {\n    draft {\n      revision\n      document\n    }\n    me {\n      id\n    }\n  }\n"): (typeof documents)["\n  query NewProposal {\n    draft {\n      revision\n      document\n    }\n    me {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProposalActions_proposal on Proposal {\n    number\n    status\n    viewerCanEdit\n  }\n"): (typeof documents)["\n  fragment ProposalActions_proposal on Proposal {\n    number\n    status\n    viewerCanEdit\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProposalChanges_proposal on Proposal {\n    status\n    changes {\n      description\n      kind\n      ...ChangeFields_change\n    }\n    preview {\n      applies\n      againstRevision\n      before\n      after\n      conflicts {\n        changeIndex\n        path\n        base\n        current\n        proposed\n      }\n      issues {\n        code\n        path\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ProposalChanges_proposal on Proposal {\n    status\n    changes {\n      description\n      kind\n      ...ChangeFields_change\n    }\n    preview {\n      applies\n      againstRevision\n      before\n      after\n      conflicts {\n        changeIndex\n        path\n        base\n        current\n        proposed\n      }\n      issues {\n        code\n        path\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProposalHistory_proposal on Proposal {\n    history {\n      id\n      action\n      fromStatus\n      toStatus\n      reason\n      at\n      actor {\n        id\n        ...PersonLink_person\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ProposalHistory_proposal on Proposal {\n    history {\n      id\n      action\n      fromStatus\n      toStatus\n      reason\n      at\n      actor {\n        id\n        ...PersonLink_person\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProposalLinks_proposals on Proposal {\n    id\n    number\n    title\n    status\n  }\n"): (typeof documents)["\n  fragment ProposalLinks_proposals on Proposal {\n    id\n    number\n    title\n    status\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProposalListItem_proposal on Proposal {\n    number\n    title\n    status\n    commentCount\n    lastActivityAt\n    touchedCategories\n    author {\n      id\n      ...PersonLink_person\n    }\n  }\n"): (typeof documents)["\n  fragment ProposalListItem_proposal on Proposal {\n    number\n    title\n    status\n    commentCount\n    lastActivityAt\n    touchedCategories\n    author {\n      id\n      ...PersonLink_person\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProposalPage_proposal on Proposal {\n    id\n    number\n    title\n    status\n    summaryHtml\n    createdAt\n    lastActivityAt\n    viewerCanEdit\n    author {\n      id\n      displayName\n      ...PersonLink_person\n    }\n    ...ProposalActions_proposal\n    ...ProposalChanges_proposal\n    ...ProposalHistory_proposal\n    ...VotingPanel_proposal\n    ...Discussion_proposal\n    ...ProposalEvidence_proposal\n  }\n"): (typeof documents)["\n  fragment ProposalPage_proposal on Proposal {\n    id\n    number\n    title\n    status\n    summaryHtml\n    createdAt\n    lastActivityAt\n    viewerCanEdit\n    author {\n      id\n      displayName\n      ...PersonLink_person\n    }\n    ...ProposalActions_proposal\n    ...ProposalChanges_proposal\n    ...ProposalHistory_proposal\n    ...VotingPanel_proposal\n    ...Discussion_proposal\n    ...ProposalEvidence_proposal\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Proposals {\n    draft {\n      categories {\n        key\n        name\n        measures {\n          key\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Proposals {\n    draft {\n      categories {\n        key\n        name\n        measures {\n          key\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProposalList($status: ProposalStatus, $categoryKey: String, $measureKey: String, $first: Int, $after: String) {\n    proposals(status: $status, categoryKey: $categoryKey, measureKey: $measureKey, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ...ProposalListItem_proposal\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProposalList($status: ProposalStatus, $categoryKey: String, $measureKey: String, $first: Int, $after: String) {\n    proposals(status: $status, categoryKey: $categoryKey, measureKey: $measureKey, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ...ProposalListItem_proposal\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChangeFields_change on Change {\n    op\n    reason\n    measureKey\n    categoryKey\n    replacedBy\n    measure {\n      key\n      name\n      categoryKey\n      audience\n      definition\n      formula\n      unit\n      direction\n      status\n      aliases\n      notes\n    }\n    patch {\n      fields\n      name\n      audience\n      definition\n      formula\n      unit\n      direction\n      status\n      aliases\n      notes\n    }\n    category {\n      key\n      name\n      description\n      position\n    }\n    categoryPatch {\n      name\n      description\n      position\n    }\n    focus {\n      categoryKey\n      focusPercent\n    }\n  }\n"): (typeof documents)["\n  fragment ChangeFields_change on Change {\n    op\n    reason\n    measureKey\n    categoryKey\n    replacedBy\n    measure {\n      key\n      name\n      categoryKey\n      audience\n      definition\n      formula\n      unit\n      direction\n      status\n      aliases\n      notes\n    }\n    patch {\n      fields\n      name\n      audience\n      definition\n      formula\n      unit\n      direction\n      status\n      aliases\n      notes\n    }\n    category {\n      key\n      name\n      description\n      position\n    }\n    categoryPatch {\n      name\n      description\n      position\n    }\n    focus {\n      categoryKey\n      focusPercent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Proposal($number: Int!) {\n    proposal(number: $number) {\n      id\n      status\n      ...ProposalPage_proposal\n    }\n    me {\n      id\n      role\n    }\n    governanceSettings {\n      ...VotingPanel_settings\n    }\n  }\n"): (typeof documents)["\n  query Proposal($number: Int!) {\n    proposal(number: $number) {\n      id\n      status\n      ...ProposalPage_proposal\n    }\n    me {\n      id\n      role\n    }\n    governanceSettings {\n      ...VotingPanel_settings\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProposal($input: CreateProposalInput!) {\n    createProposal(input: $input) {\n      id\n      number\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProposal($input: CreateProposalInput!) {\n    createProposal(input: $input) {\n      id\n      number\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ProposalUpdated($number: Int!) {\n    proposalUpdated(number: $number) {\n      id\n      status\n      voting {\n        id\n        outcome\n      }\n      ...ProposalPage_proposal\n    }\n  }\n"): (typeof documents)["\n  subscription ProposalUpdated($number: Int!) {\n    proposalUpdated(number: $number) {\n      id\n      status\n      voting {\n        id\n        outcome\n      }\n      ...ProposalPage_proposal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitProposal($number: Int!) {\n    submitProposal(number: $number) {\n      id\n      status\n      lastActivityAt\n      viewerCanEdit\n      ...ProposalHistory_proposal\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitProposal($number: Int!) {\n    submitProposal(number: $number) {\n      id\n      status\n      lastActivityAt\n      viewerCanEdit\n      ...ProposalHistory_proposal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProposal($input: UpdateProposalInput!) {\n    updateProposal(input: $input) {\n      id\n      number\n      title\n      summary\n      summaryHtml\n      status\n      updatedAt\n      lastActivityAt\n      baseRevision\n      touchedCategories\n      touchedMeasures\n      ...ProposalChanges_proposal\n      ...ProposalHistory_proposal\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProposal($input: UpdateProposalInput!) {\n    updateProposal(input: $input) {\n      id\n      number\n      title\n      summary\n      summaryHtml\n      status\n      updatedAt\n      lastActivityAt\n      baseRevision\n      touchedCategories\n      touchedMeasures\n      ...ProposalChanges_proposal\n      ...ProposalHistory_proposal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawProposal($number: Int!, $reason: String) {\n    withdrawProposal(number: $number, reason: $reason) {\n      id\n      status\n      lastActivityAt\n      viewerCanEdit\n      ...ProposalHistory_proposal\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawProposal($number: Int!, $reason: String) {\n    withdrawProposal(number: $number, reason: $reason) {\n      id\n      status\n      lastActivityAt\n      viewerCanEdit\n      ...ProposalHistory_proposal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompareReleases {\n    releases {\n      version\n      title\n      publishedAt\n      previousVersion\n    }\n  }\n"): (typeof documents)["\n  query CompareReleases {\n    releases {\n      version\n      title\n      publishedAt\n      previousVersion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompareReleasesDiff($from: String!, $to: String!) {\n    releaseDiff(from: $from, to: $to) {\n      from {\n        version\n        title\n        publishedAt\n      }\n      to {\n        version\n        title\n        publishedAt\n      }\n      ...ReleaseDiffView_releaseDiff\n    }\n  }\n"): (typeof documents)["\n  query CompareReleasesDiff($from: String!, $to: String!) {\n    releaseDiff(from: $from, to: $to) {\n      from {\n        version\n        title\n        publishedAt\n      }\n      to {\n        version\n        title\n        publishedAt\n      }\n      ...ReleaseDiffView_releaseDiff\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LatestReleaseNote_releases on Release {\n    version\n    title\n    publishedAt\n  }\n"): (typeof documents)["\n  fragment LatestReleaseNote_releases on Release {\n    version\n    title\n    publishedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrepareRelease {\n    releasePreview {\n      previousVersion\n      draftRevision\n      requiredBump\n      suggestedVersion\n      allowedVersions\n      canPublish\n      diff\n      mergedProposals {\n        number\n        title\n        ...ProposalLinks_proposals\n      }\n    }\n    previous: release(version: \"latest\") {\n      version\n      title\n      document\n    }\n    draft {\n      revision\n      document\n    }\n  }\n"): (typeof documents)["\n  query PrepareRelease {\n    releasePreview {\n      previousVersion\n      draftRevision\n      requiredBump\n      suggestedVersion\n      allowedVersions\n      canPublish\n      diff\n      mergedProposals {\n        number\n        title\n        ...ProposalLinks_proposals\n      }\n    }\n    previous: release(version: \"latest\") {\n      version\n      title\n      document\n    }\n    draft {\n      revision\n      document\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReleaseChangelog_release on Release {\n    previousVersion\n    changelog {\n      proposalNumber\n      title\n      changes {\n        kind\n        description\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ReleaseChangelog_release on Release {\n    previousVersion\n    changelog {\n      proposalNumber\n      title\n      changes {\n        kind\n        description\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReleaseDiffView_releaseDiff on ReleaseDiff {\n    diff\n    from {\n      version\n      document\n    }\n    to {\n      version\n      document\n    }\n  }\n"): (typeof documents)["\n  fragment ReleaseDiffView_releaseDiff on ReleaseDiff {\n    diff\n    from {\n      version\n      document\n    }\n    to {\n      version\n      document\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReleaseFramework_categories on Category {\n    key\n    name\n    description\n    focusPercent\n    ...AudienceColumns_category\n  }\n"): (typeof documents)["\n  fragment ReleaseFramework_categories on Category {\n    key\n    name\n    description\n    focusPercent\n    ...AudienceColumns_category\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReleaseListItem_release on Release {\n    version\n    title\n    publishedAt\n    license {\n      name\n    }\n    changelog {\n      proposalNumber\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment ReleaseListItem_release on Release {\n    version\n    title\n    publishedAt\n    license {\n      name\n    }\n    changelog {\n      proposalNumber\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Release($version: String!) {\n    release(version: $version) {\n      version\n      title\n      notes\n      notesHtml\n      publishedAt\n      contentHash\n      draftRevision\n      previousVersion\n      implementationCount\n      license {\n        id\n        name\n        url\n        attribution\n      }\n      ...ReleaseChangelog_release\n      categories {\n        ...ReleaseFramework_categories\n      }\n    }\n  }\n"): (typeof documents)["\n  query Release($version: String!) {\n    release(version: $version) {\n      version\n      title\n      notes\n      notesHtml\n      publishedAt\n      contentHash\n      draftRevision\n      previousVersion\n      implementationCount\n      license {\n        id\n        name\n        url\n        attribution\n      }\n      ...ReleaseChangelog_release\n      categories {\n        ...ReleaseFramework_categories\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReleaseChanges($from: String!, $to: String!) {\n    releaseDiff(from: $from, to: $to) {\n      ...ReleaseDiffView_releaseDiff\n    }\n  }\n"): (typeof documents)["\n  query ReleaseChanges($from: String!, $to: String!) {\n    releaseDiff(from: $from, to: $to) {\n      ...ReleaseDiffView_releaseDiff\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Releases {\n    releases {\n      version\n      publishedAt\n      ...ReleaseListItem_release\n    }\n  }\n"): (typeof documents)["\n  query Releases {\n    releases {\n      version\n      publishedAt\n      ...ReleaseListItem_release\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ReleasePublished {\n    releasePublished {\n      version\n      publishedAt\n      ...ReleaseListItem_release\n    }\n  }\n"): (typeof documents)["\n  subscription ReleasePublished {\n    releasePublished {\n      version\n      publishedAt\n      ...ReleaseListItem_release\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishRelease($input: PublishReleaseInput!) {\n    publishRelease(input: $input) {\n      version\n      title\n      publishedAt\n      ...ReleaseListItem_release\n    }\n  }\n"): (typeof documents)["\n  mutation PublishRelease($input: PublishReleaseInput!) {\n    publishRelease(input: $input) {\n      version\n      title\n      publishedAt\n      ...ReleaseListItem_release\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($query: String!, $first: Int!) {\n    search(query: $query, first: $first) {\n      totalCount\n      counts {\n        kind\n        count\n      }\n      pageInfo {\n        hasNextPage\n      }\n      nodes {\n        kind\n        title\n        snippetHtml\n        url\n      }\n    }\n  }\n"): (typeof documents)["\n  query Search($query: String!, $first: Int!) {\n    search(query: $query, first: $first) {\n      totalCount\n      counts {\n        kind\n        count\n      }\n      pageInfo {\n        hasNextPage\n      }\n      nodes {\n        kind\n        title\n        snippetHtml\n        url\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountSettings_user on User {\n    id\n    email\n    emailVerified\n  }\n"): (typeof documents)["\n  fragment AccountSettings_user on User {\n    id\n    email\n    emailVerified\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationSettings_preferences on NotificationPreferences {\n    emailEnabled\n    timeZone\n    kinds {\n      kind\n      delivery\n      isDefault\n      label\n    }\n  }\n"): (typeof documents)["\n  fragment NotificationSettings_preferences on NotificationPreferences {\n    emailEnabled\n    timeZone\n    kinds {\n      kind\n      delivery\n      isDefault\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProfileSettings_person on Person {\n    handle\n    displayName\n    bio\n    organisation\n  }\n"): (typeof documents)["\n  fragment ProfileSettings_person on Person {\n    handle\n    displayName\n    bio\n    organisation\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Settings($handle: String!) {\n    emailEnabled\n    me {\n      id\n      ...AccountSettings_user\n    }\n    notificationPreferences {\n      ...NotificationSettings_preferences\n    }\n    person(handle: $handle) {\n      ...ProfileSettings_person\n    }\n  }\n"): (typeof documents)["\n  query Settings($handle: String!) {\n    emailEnabled\n    me {\n      id\n      ...AccountSettings_user\n    }\n    notificationPreferences {\n      ...NotificationSettings_preferences\n    }\n    person(handle: $handle) {\n      ...ProfileSettings_person\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      ...NotificationSettings_preferences\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      ...NotificationSettings_preferences\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      handle\n      displayName\n      bio\n      organisation\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      handle\n      displayName\n      bio\n      organisation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MarkdownPreview($source: String!) {\n    markdownPreview(source: $source)\n  }\n"): (typeof documents)["\n  query MarkdownPreview($source: String!) {\n    markdownPreview(source: $source)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OpenVotingForm_settings on GovernanceSettings {\n    votingWindowSeconds\n    minimumWindowSeconds\n  }\n"): (typeof documents)["\n  fragment OpenVotingForm_settings on GovernanceSettings {\n    votingWindowSeconds\n    minimumWindowSeconds\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VoteForm_voting on Voting {\n    viewerVote {\n      choice\n      rationale\n    }\n  }\n"): (typeof documents)["\n  fragment VoteForm_voting on Voting {\n    viewerVote {\n      choice\n      rationale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VoteHistory_voting on Voting {\n    id\n    votes {\n      castAt\n      voter {\n        id\n      }\n    }\n    historyPage(first: 20) {\n      ...VoteHistory_page\n    }\n  }\n"): (typeof documents)["\n  fragment VoteHistory_voting on Voting {\n    id\n    votes {\n      castAt\n      voter {\n        id\n      }\n    }\n    historyPage(first: 20) {\n      ...VoteHistory_page\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VoteHistory_page on VoteHistoryPage {\n    totalCount\n    changedCount\n    hasNextPage\n    endCursor\n    nodes {\n      choice\n      rationale\n      castAt\n      current\n      voter {\n        id\n        ...PersonLink_person\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment VoteHistory_page on VoteHistoryPage {\n    totalCount\n    changedCount\n    hasNextPage\n    endCursor\n    nodes {\n      choice\n      rationale\n      castAt\n      current\n      voter {\n        id\n        ...PersonLink_person\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VoteHistoryMore($number: Int!, $after: ID!) {\n    proposal(number: $number) {\n      id\n      voting {\n        id\n        historyPage(first: 20, after: $after) {\n          ...VoteHistory_page\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VoteHistoryMore($number: Int!, $after: ID!) {\n    proposal(number: $number) {\n      id\n      voting {\n        id\n        historyPage(first: 20, after: $after) {\n          ...VoteHistory_page\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VoteList_voting on Voting {\n    resultsHidden\n    viewerCanVote\n    votes {\n      choice\n      rationale\n      castAt\n      voter {\n        id\n        ...PersonLink_person\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment VoteList_voting on Voting {\n    resultsHidden\n    viewerCanVote\n    votes {\n      choice\n      rationale\n      castAt\n      voter {\n        id\n        ...PersonLink_person\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VoteTally_voting on Voting {\n    isOpen\n    electorate\n    quorumVotesNeeded\n    thresholdNumerator\n    thresholdDenominator\n    resultsHidden\n    viewerCanVote\n    tally {\n      approvals\n      rejections\n      abstentions\n      voted\n    }\n  }\n"): (typeof documents)["\n  fragment VoteTally_voting on Voting {\n    isOpen\n    electorate\n    quorumVotesNeeded\n    thresholdNumerator\n    thresholdDenominator\n    resultsHidden\n    viewerCanVote\n    tally {\n      approvals\n      rejections\n      abstentions\n      voted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VotingPanel_proposal on Proposal {\n    id\n    number\n    status\n    releasedIn\n    mergedRevision\n    voting {\n      id\n      isOpen\n      closesAt\n      closedAt\n      electorate\n      outcome\n      outcomeReason\n      resultsHidden\n      viewerCanVote\n      tally {\n        voted\n      }\n      ...VotingRules_voting\n      ...VoteTally_voting\n      ...VoteForm_voting\n      ...VoteList_voting\n      ...VoteHistory_voting\n    }\n  }\n"): (typeof documents)["\n  fragment VotingPanel_proposal on Proposal {\n    id\n    number\n    status\n    releasedIn\n    mergedRevision\n    voting {\n      id\n      isOpen\n      closesAt\n      closedAt\n      electorate\n      outcome\n      outcomeReason\n      resultsHidden\n      viewerCanVote\n      tally {\n        voted\n      }\n      ...VotingRules_voting\n      ...VoteTally_voting\n      ...VoteForm_voting\n      ...VoteList_voting\n      ...VoteHistory_voting\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VotingPanel_settings on GovernanceSettings {\n    votingWindowSeconds\n    ...OpenVotingForm_settings\n  }\n"): (typeof documents)["\n  fragment VotingPanel_settings on GovernanceSettings {\n    votingWindowSeconds\n    ...OpenVotingForm_settings\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VotingRules_voting on Voting {\n    openedAt\n    closesAt\n    closedAt\n    electorate\n    quorumPercent\n    quorumVotesNeeded\n    thresholdNumerator\n    thresholdDenominator\n    hideResultsUntilClose\n  }\n"): (typeof documents)["\n  fragment VotingRules_voting on Voting {\n    openedAt\n    closesAt\n    closedAt\n    electorate\n    quorumPercent\n    quorumVotesNeeded\n    thresholdNumerator\n    thresholdDenominator\n    hideResultsUntilClose\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Votes on Voting {\n    id\n    votes {\n      choice\n      rationale\n      castAt\n      voter {\n        id\n        displayName\n        handle\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment Votes on Voting {\n    id\n    votes {\n      choice\n      rationale\n      castAt\n      voter {\n        id\n        displayName\n        handle\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerVote on Voting {\n    id\n    viewerVote {\n      choice\n      rationale\n      castAt\n      voter {\n        id\n        displayName\n        handle\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ViewerVote on Voting {\n    id\n    viewerVote {\n      choice\n      rationale\n      castAt\n      voter {\n        id\n        displayName\n        handle\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CastVote($input: CastVoteInput!) {\n    castVote(input: $input) {\n      id\n      status\n      lastActivityAt\n      voting {\n        id\n        viewerCanVote\n        resultsHidden\n        tally {\n          voted\n        }\n        viewerVote {\n          choice\n          rationale\n          castAt\n          voter {\n            id\n            ...PersonLink_person\n          }\n        }\n        ...VoteForm_voting\n        ...VoteTally_voting\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CastVote($input: CastVoteInput!) {\n    castVote(input: $input) {\n      id\n      status\n      lastActivityAt\n      voting {\n        id\n        viewerCanVote\n        resultsHidden\n        tally {\n          voted\n        }\n        viewerVote {\n          choice\n          rationale\n          castAt\n          voter {\n            id\n            ...PersonLink_person\n          }\n        }\n        ...VoteForm_voting\n        ...VoteTally_voting\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseVoting($number: Int!) {\n    closeVoting(number: $number) {\n      ...VotingChange_proposal\n    }\n  }\n"): (typeof documents)["\n  mutation CloseVoting($number: Int!) {\n    closeVoting(number: $number) {\n      ...VotingChange_proposal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeProposal($number: Int!) {\n    mergeProposal(number: $number) {\n      id\n      status\n      lastActivityAt\n      viewerCanEdit\n      mergedRevision\n      ...ProposalActions_proposal\n      ...ProposalChanges_proposal\n      ...ProposalHistory_proposal\n      ...VotingPanel_proposal\n    }\n  }\n"): (typeof documents)["\n  mutation MergeProposal($number: Int!) {\n    mergeProposal(number: $number) {\n      id\n      status\n      lastActivityAt\n      viewerCanEdit\n      mergedRevision\n      ...ProposalActions_proposal\n      ...ProposalChanges_proposal\n      ...ProposalHistory_proposal\n      ...VotingPanel_proposal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenVoting($number: Int!, $closesAt: DateTime) {\n    openVoting(number: $number, closesAt: $closesAt) {\n      ...VotingChange_proposal\n    }\n  }\n"): (typeof documents)["\n  mutation OpenVoting($number: Int!, $closesAt: DateTime) {\n    openVoting(number: $number, closesAt: $closesAt) {\n      ...VotingChange_proposal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VotingChange_proposal on Proposal {\n    id\n    status\n    lastActivityAt\n    viewerCanEdit\n    ...ProposalActions_proposal\n    ...ProposalHistory_proposal\n    ...VotingPanel_proposal\n  }\n"): (typeof documents)["\n  fragment VotingChange_proposal on Proposal {\n    id\n    status\n    lastActivityAt\n    viewerCanEdit\n    ...ProposalActions_proposal\n    ...ProposalHistory_proposal\n    ...VotingPanel_proposal\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;