import { Module } from '@nestjs/common';
import { ForYouResolver } from './for-you.resolver.js';
import { ForYouService } from './for-you.service.js';

@Module({ providers: [ForYouService, ForYouResolver] })
export class ForYouModule {}
