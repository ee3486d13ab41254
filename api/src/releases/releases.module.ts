import { Module } from '@nestjs/common';
import { FrameworkModule } from '../framework/framework.module.js';
import { WebModule } from '../web/web.module.js';
import { ProposalsModule } from '../proposals/proposals.module.js';
import { MeasureHistoryResolver } from './measure-history.resolver.js';
import { PublishingService } from './publishing.service.js';
import { ReleasesController } from './releases.controller.js';
import { ReleasesResolver } from './releases.resolver.js';
import { ReleasesService } from './releases.service.js';

@Module({
  imports: [WebModule, FrameworkModule, ProposalsModule],
  controllers: [ReleasesController],
  providers: [ReleasesService, PublishingService, ReleasesResolver, MeasureHistoryResolver],
  exports: [ReleasesService, PublishingService],
})
export class ReleasesModule {}
