import { Module } from '@nestjs/common';
import { FrameworkResolver } from './framework.resolver.js';
import { FrameworkService } from './framework.service.js';

@Module({ providers: [FrameworkService, FrameworkResolver], exports: [FrameworkService] })
export class FrameworkModule {}
