import { Module } from '@nestjs/common';
import { FrameworkModule } from '../framework/framework.module.js';
import { UsersModule } from '../users/users.module.js';
import { ProposalEventsResolver, ProposalsResolver } from './proposals.resolver.js';
import { ProposalsService } from './proposals.service.js';

@Module({
  imports: [FrameworkModule, UsersModule],
  providers: [ProposalsService, ProposalsResolver, ProposalEventsResolver],
  exports: [ProposalsService],
})
export class ProposalsModule {}
