import type { EntityManager } from 'typeorm';
import { createProposalAuditLoader } from '../audit/audit.loader.js';
import { createCommentCountLoader, createCommentRevisionsLoader } from '../comments/comments.loader.js';
import { createDraftLoader } from '../framework/framework.loader.js';
import { createProposalsByMeasureLoader } from '../proposals/proposals.loader.js';
import { createReleasesLoader } from '../releases/releases.loader.js';
import { createUsersLoader } from '../users/users.loader.js';
import { createBallotLoader } from '../voting/voting.loader.js';

/** Every DataLoader a request may use, created fresh per request so nothing is cached across users. */
export function createLoaders(manager: EntityManager) {
  return {
    users: createUsersLoader(manager),
    auditTrail: createProposalAuditLoader(manager),
    commentCounts: createCommentCountLoader(manager),
    commentRevisions: createCommentRevisionsLoader(manager),
    draft: createDraftLoader(manager),
    ballots: createBallotLoader(manager),
    releases: createReleasesLoader(manager),
    proposalsByMeasure: createProposalsByMeasureLoader(manager),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
