import { Module } from '@nestjs/common';
import { FrameworkModule } from '../framework/framework.module.js';
import { UsersModule } from '../users/users.module.js';
import { LiveProposals } from './live-proposals.js';
import { MeasureProposalsResolver, ProposalEventsResolver, ProposalsResolver } from './proposals.resolver.js';
import { ProposalsService } from './proposals.service.js';

@Module({
  imports: [FrameworkModule, UsersModule],
  providers: [ProposalsService, LiveProposals, ProposalsResolver, ProposalEventsResolver, MeasureProposalsResolver],
  exports: [ProposalsService],
})
export class ProposalsModule {}
