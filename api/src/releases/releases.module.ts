import { Module } from '@nestjs/common';
import { WebModule } from '../web/web.module.js';
import { ReleasesController } from './releases.controller.js';
import { ReleasesResolver } from './releases.resolver.js';
import { ReleasesService } from './releases.service.js';
import { SchemaController } from './schema.controller.js';

@Module({
  imports: [WebModule],
  controllers: [ReleasesController, SchemaController],
  providers: [ReleasesService, ReleasesResolver],
  exports: [ReleasesService],
})
export class ReleasesModule {}
