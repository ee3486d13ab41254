import { Module } from '@nestjs/common';
import { CaseStudiesModule } from '../case-studies/case-studies.module.js';
import { ReleasesModule } from '../releases/releases.module.js';
import { WebModule } from '../web/web.module.js';
import { FeedsController } from './feeds.controller.js';
import { FeedsService } from './feeds.service.js';

@Module({ imports: [ReleasesModule, CaseStudiesModule, WebModule], controllers: [FeedsController], providers: [FeedsService] })
export class FeedsModule {}
