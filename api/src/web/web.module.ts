import { Module } from '@nestjs/common';
import { PageMetaService } from './page-meta.service.js';
import { WebAppService } from './web-app.service.js';

@Module({ providers: [WebAppService, PageMetaService], exports: [WebAppService] })
export class WebModule {}
