import { Module } from '@nestjs/common';
import { FrameworkResolver, MeasureNotesResolver } from './framework.resolver.js';
import { FrameworkService } from './framework.service.js';

@Module({ providers: [FrameworkService, FrameworkResolver, MeasureNotesResolver], exports: [FrameworkService] })
export class FrameworkModule {}
