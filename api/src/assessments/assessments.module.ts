import { Module } from '@nestjs/common';
import { ReleasesModule } from '../releases/releases.module.js';
import { AssessmentsResolver } from './assessments.resolver.js';
import { AssessmentsService } from './assessments.service.js';
import { BenchmarkService } from './benchmark.service.js';

@Module({
  imports: [ReleasesModule],
  providers: [AssessmentsService, BenchmarkService, AssessmentsResolver],
  exports: [AssessmentsService],
})
export class AssessmentsModule {}
