import { Module } from '@nestjs/common';
import { ProposalsModule } from '../proposals/proposals.module.js';
import { UsersModule } from '../users/users.module.js';
import { CommentsResolver, ProposalCommentsResolver } from './comments.resolver.js';
import { CommentsService } from './comments.service.js';

@Module({
  imports: [ProposalsModule, UsersModule],
  providers: [CommentsService, CommentsResolver, ProposalCommentsResolver],
  exports: [CommentsService],
})
export class CommentsModule {}
