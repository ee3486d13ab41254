import { Module } from '@nestjs/common';
import { ReleasesModule } from '../releases/releases.module.js';
import { WebModule } from '../web/web.module.js';
import { FeedsController } from './feeds.controller.js';
import { FeedsService } from './feeds.service.js';

@Module({ imports: [ReleasesModule, WebModule], controllers: [FeedsController], providers: [FeedsService] })
export class FeedsModule {}
