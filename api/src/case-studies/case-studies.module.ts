import { Module } from '@nestjs/common';
import { ProposalsModule } from '../proposals/proposals.module.js';
import { ReleasesModule } from '../releases/releases.module.js';
import { UsersModule } from '../users/users.module.js';
import {
  CaseStudiesResolver,
  CaseStudyOutcomeResolver,
  CategoryCaseStudiesResolver,
  MeasureCaseStudiesResolver,
  ProposalEvidenceResolver,
} from './case-studies.resolver.js';
import { CaseStudiesService } from './case-studies.service.js';

@Module({
  imports: [ReleasesModule, ProposalsModule, UsersModule],
  providers: [
    CaseStudiesService,
    CaseStudiesResolver,
    CaseStudyOutcomeResolver,
    MeasureCaseStudiesResolver,
    CategoryCaseStudiesResolver,
    ProposalEvidenceResolver,
  ],
  exports: [CaseStudiesService],
})
export class CaseStudiesModule {}
