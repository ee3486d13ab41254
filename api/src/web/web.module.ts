import { Module } from '@nestjs/common';
import { WebAppService } from './web-app.service.js';

@Module({ providers: [WebAppService], exports: [WebAppService] })
export class WebModule {}
