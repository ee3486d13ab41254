import type { CaseStudyStatus, OrganizationKind, OrganizationRole, ProposalStatus, Role, VoteChoice } from '@ocmf/standard';

/**
 * What happened, as the one service method where it happens says it: ids and what changed, never entities.
 * Each is published inside the writer's transaction (so the outbox can store it with the change) and reaches
 * listeners (live subscriptions) only once that transaction has committed. All are plain JSON.
 */
type Event<Type extends string, Data> = { type: Type; actorId: string | null; at: string } & Data;

export type ProposalCreated = Event<'ProposalCreated', { proposalId: string; proposalNumber: number; title: string; authorId: string }>;

export type ProposalEdited = Event<
  'ProposalEdited',
  { proposalId: string; proposalNumber: number; status: ProposalStatus; authorId: string; fields: string[] }
>;

export type ProposalStatusChanged = Event<
  'ProposalStatusChanged',
  {
    proposalId: string;
    proposalNumber: number;
    title: string;
    authorId: string;
    from: ProposalStatus;
    to: ProposalStatus;
    reason: string | null;
  }
>;

export type VotingOpened = Event<
  'VotingOpened',
  { proposalId: string; proposalNumber: number; title: string; ballotId: string; closesAt: string; electorIds: string[] }
>;

/**
 * A vote cast or changed. `first`: the voter's first vote on this ballot (later ones change it). `resultsHidden`:
 * nothing of it may reach anyone but the voter before the close.
 */
export type VoteCast = Event<
  'VoteCast',
  {
    proposalId: string;
    proposalNumber: number;
    ballotId: string;
    voterId: string;
    choice: VoteChoice;
    first: boolean;
    resultsHidden: boolean;
  }
>;

export type CommentAdded = Event<
  'CommentAdded',
  { commentId: string; proposalId: string; proposalNumber: number; parentId: string | null; authorId: string }
>;

export type CommentEdited = Event<'CommentEdited', { commentId: string; proposalId: string; proposalNumber: number; authorId: string }>;

export type CommentModerated = Event<
  'CommentModerated',
  {
    commentId: string;
    proposalId: string;
    proposalNumber: number;
    action: 'hidden' | 'unhidden' | 'flags_dismissed';
    reason: string | null;
  }
>;

export type CommentFlagged = Event<
  'CommentFlagged',
  { commentId: string; proposalId: string; proposalNumber: number; flagId: string; reason: string }
>;

export type ReleasePublished = Event<
  'ReleasePublished',
  { version: string; title: string; contentHash: string; previousVersion: string | null; proposalNumbers: number[] }
>;

export type UserCreated = Event<'UserCreated', { userId: string; role: Role }>;

export type UserRoleChanged = Event<'UserRoleChanged', { userId: string; from: Role; to: Role; reason: string | null }>;

export type AssessmentCompleted = Event<'AssessmentCompleted', { assessmentId: string; ownerId: string; releaseVersion: string }>;

/**
 * Someone contributed an assessment to a release's benchmark. It carries no user id (its actorId is null too)
 * and nothing of what was contributed: only the release and its new number of contributions.
 */
export type AssessmentContributed = Event<'AssessmentContributed', { releaseVersion: string; contributions: number }>;

export type CaseStudyCreated = Event<'CaseStudyCreated', { caseStudyId: string; authorId: string }>;

export type CaseStudyEdited = Event<'CaseStudyEdited', { caseStudyId: string; authorId: string; status: CaseStudyStatus }>;

export type CaseStudyPublished = Event<
  'CaseStudyPublished',
  { caseStudyId: string; title: string; authorId: string; releaseVersion: string; measureKeys: string[] }
>;

export type CaseStudyFlagged = Event<'CaseStudyFlagged', { caseStudyId: string; flagId: string; reason: string }>;

export type CaseStudyModerated = Event<
  'CaseStudyModerated',
  { caseStudyId: string; action: 'hidden' | 'unhidden' | 'flags_dismissed'; reason: string | null }
>;

export type EvidenceLinked = Event<
  'EvidenceLinked',
  { evidenceId: string; caseStudyId: string; proposalId: string; proposalNumber: number }
>;

export type EvidenceRemoved = Event<
  'EvidenceRemoved',
  { evidenceId: string; caseStudyId: string; proposalId: string; proposalNumber: number }
>;

export type OrganizationCreated = Event<'OrganizationCreated', { organizationId: string; name: string; kind: OrganizationKind }>;

export type OrganizationUpdated = Event<'OrganizationUpdated', { organizationId: string; fields: string[] }>;

export type OrganizationMemberJoined = Event<
  'OrganizationMemberJoined',
  { organizationId: string; userId: string; role: OrganizationRole; inviteId: string | null }
>;

export type OrganizationMemberRemoved = Event<'OrganizationMemberRemoved', { organizationId: string; userId: string }>;

/** An admin verified an organisation, or hid or unhid it. */
export type OrganizationModerated = Event<
  'OrganizationModerated',
  { organizationId: string; action: 'verified' | 'hidden' | 'unhidden'; reason: string | null }
>;

export type ProductCreated = Event<'ProductCreated', { productId: string; organizationId: string; name: string }>;

export type ImplementationReported = Event<
  'ImplementationReported',
  { productId: string; organizationId: string; releaseVersion: string; previousVersion: string | null; measureKeys: string[] }
>;

export type UpgradeChecklistCreated = Event<
  'UpgradeChecklistCreated',
  { checklistId: string; productId: string; organizationId: string; fromVersion: string; toVersion: string; items: number }
>;

export type ChecklistItemCompleted = Event<
  'ChecklistItemCompleted',
  { checklistId: string; productId: string; measureKey: string; change: string; done: boolean }
>;

export type AdoptionDeclared = Event<'AdoptionDeclared', { organizationId: string; releaseVersion: string; measureKeys: string[] }>;

export type DomainEvent =
  | ProposalCreated
  | ProposalEdited
  | ProposalStatusChanged
  | VotingOpened
  | VoteCast
  | CommentAdded
  | CommentEdited
  | CommentModerated
  | CommentFlagged
  | ReleasePublished
  | UserCreated
  | UserRoleChanged
  | AssessmentCompleted
  | AssessmentContributed
  | CaseStudyCreated
  | CaseStudyEdited
  | CaseStudyPublished
  | CaseStudyFlagged
  | CaseStudyModerated
  | EvidenceLinked
  | EvidenceRemoved
  | OrganizationCreated
  | OrganizationUpdated
  | OrganizationMemberJoined
  | OrganizationMemberRemoved
  | OrganizationModerated
  | ProductCreated
  | ImplementationReported
  | UpgradeChecklistCreated
  | ChecklistItemCompleted
  | AdoptionDeclared;

export type DomainEventType = DomainEvent['type'];

export type EventOf<T extends DomainEventType> = Extract<DomainEvent, { type: T }>;

/** The event's data without the envelope the bus fills in (who, when). */
export type EventInput<E extends DomainEvent = DomainEvent> = E extends DomainEvent ? Omit<E, 'actorId' | 'at'> : never;

/** The proposal an event is about, if any: the events `proposalUpdated(number)` pushes. */
export function proposalNumberOf(event: DomainEvent): number | null {
  return 'proposalNumber' in event ? event.proposalNumber : null;
}
