import { Injectable } from '@nestjs/common';
import { type RequestContext, resetLoaders } from '../common/request-context.js';
import { DomainError } from '../common/domain-error.js';
import { type DomainEvent, proposalNumberOf } from '../events/domain-events.js';
import type { ProposalType } from './proposal.types.js';
import { ProposalsService } from './proposals.service.js';

/** The events that change what a proposal's page shows. VotingOpened comes with its own status change. */
const PUSHED: ReadonlySet<DomainEvent['type']> = new Set([
  'ProposalEdited',
  'ProposalStatusChanged',
  'VoteCast',
  'CommentAdded',
  'CommentEdited',
  'CommentModerated',
  'EvidenceLinked',
  'EvidenceRemoved',
]);

/** What `proposalUpdated(number)` sends a subscriber for an event: the proposal read afresh as they may see it. */
@Injectable()
export class LiveProposals {
  constructor(private readonly proposals: ProposalsService) {}

  async update(ctx: RequestContext, number: number, event: DomainEvent): Promise<ProposalType | null> {
    if (proposalNumberOf(event) !== number || !PUSHED.has(event.type)) return null;
    // While results are hidden, a vote must not show, not even as the moment someone voted: only the voter hears of it.
    if (event.type === 'VoteCast' && event.resultsHidden && event.voterId !== ctx.user?.id) return null;
    // Each push is read as a new request would read it, with fresh loaders, by the subscriber's own identity.
    resetLoaders(ctx);
    try {
      return await this.proposals.get(ctx, number);
    } catch (error) {
      // A DRAFT is its author's alone: anyone else subscribed to its number hears nothing.
      if (error instanceof DomainError && error.code === 'PROPOSAL_NOT_FOUND') return null;
      throw error;
    }
  }
}
