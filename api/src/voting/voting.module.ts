import { Module } from '@nestjs/common';
import { GovernanceModule } from '../governance/governance.module.js';
import { ProposalsModule } from '../proposals/proposals.module.js';
import { UsersModule } from '../users/users.module.js';
import { VotingCloser } from './voting-closer.js';
import { VoteResolver, VotingFieldsResolver, VotingResolver } from './voting.resolver.js';
import { VotingService } from './voting.service.js';

@Module({
  imports: [ProposalsModule, GovernanceModule, UsersModule],
  providers: [VotingService, VotingResolver, VotingFieldsResolver, VoteResolver, VotingCloser],
  exports: [VotingService, VotingCloser],
})
export class VotingModule {}
