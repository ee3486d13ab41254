import { AssessmentContributorEntity, AssessmentEntity, BenchmarkBinEntity } from '../assessments/assessment.entity.js';
import { CaseStudyEntity, CaseStudyFlagEntity, CaseStudyRevisionEntity, EvidenceEntity } from '../case-studies/case-study.entity.js';
import { AuditEventEntity } from '../audit/audit-event.entity.js';
import { AccountTokenEntity } from '../auth/account-token.entity.js';
import { RateLimitEntity } from '../auth/rate-limit.entity.js';
import { SessionEntity } from '../auth/session.entity.js';
import { CommentEntity, CommentFlagEntity, CommentRevisionEntity } from '../comments/comment.entity.js';
import { DraftRevisionEntity } from '../framework/draft-revision.entity.js';
import { GovernanceSettingsEntity } from '../governance/governance-settings.entity.js';
import { ProposalEntity } from '../proposals/proposal.entity.js';
import { ReleaseEntity } from '../releases/release.entity.js';
import { ImplementationMeasureEntity, ImplementationReportEntity, ProductEntity } from '../implementations/product.entity.js';
import { UpgradeChecklistEntity, UpgradeChecklistItemEntity } from '../implementations/upgrade-checklist.entity.js';
import { AdoptionEntity } from '../organizations/adoption.entity.js';
import { OrganizationEntity, OrganizationInviteEntity, OrganizationMemberEntity } from '../organizations/organization.entity.js';
import { OutboxEventEntity } from '../outbox/outbox-event.entity.js';
import { ApiTokenEntity } from '../tokens/api-token.entity.js';
import { UserEntity } from '../users/user.entity.js';
import { WebhookAttemptEntity, WebhookDeliveryEntity, WebhookEndpointEntity } from '../webhooks/webhook.entity.js';
import { EmailMessageEntity, EmailSigningKeyEntity } from '../email/email-message.entity.js';
import { FollowEntity, NotificationEntity, NotificationPreferenceEntity } from '../notifications/notification.entity.js';
import { BallotElectorEntity, BallotEntity, VoteEntity, VoteHistoryEntity } from '../voting/ballot.entity.js';

export const ENTITIES = [
  UserEntity,
  SessionEntity,
  AccountTokenEntity,
  RateLimitEntity,
  DraftRevisionEntity,
  ReleaseEntity,
  AuditEventEntity,
  ProposalEntity,
  CommentEntity,
  CommentRevisionEntity,
  CommentFlagEntity,
  GovernanceSettingsEntity,
  BallotEntity,
  BallotElectorEntity,
  VoteEntity,
  VoteHistoryEntity,
  AssessmentEntity,
  AssessmentContributorEntity,
  BenchmarkBinEntity,
  ApiTokenEntity,
  OutboxEventEntity,
  WebhookEndpointEntity,
  WebhookDeliveryEntity,
  WebhookAttemptEntity,
  CaseStudyEntity,
  CaseStudyRevisionEntity,
  CaseStudyFlagEntity,
  EvidenceEntity,
  OrganizationEntity,
  OrganizationMemberEntity,
  OrganizationInviteEntity,
  ProductEntity,
  ImplementationReportEntity,
  ImplementationMeasureEntity,
  UpgradeChecklistEntity,
  UpgradeChecklistItemEntity,
  AdoptionEntity,
  NotificationEntity,
  FollowEntity,
  NotificationPreferenceEntity,
  EmailMessageEntity,
  EmailSigningKeyEntity,
];
