import { Module } from '@nestjs/common';
import { CaseStudiesModule } from '../case-studies/case-studies.module.js';
import { CommentsModule } from '../comments/comments.module.js';
import { FrameworkModule } from '../framework/framework.module.js';
import { ProposalsModule } from '../proposals/proposals.module.js';
import { ReleasesModule } from '../releases/releases.module.js';
import { UsersModule } from '../users/users.module.js';
import { VotingModule } from '../voting/voting.module.js';
import { SeedService } from './seed.service.js';

@Module({
  imports: [FrameworkModule, ReleasesModule, UsersModule, ProposalsModule, CommentsModule, VotingModule, CaseStudiesModule],
  providers: [SeedService],
  exports: [SeedService],
})
export class SeedModule {}
