import { Module } from '@nestjs/common';
import { FrameworkModule } from '../framework/framework.module.js';
import { ReleasesModule } from '../releases/releases.module.js';
import { UsersModule } from '../users/users.module.js';
import { SeedService } from './seed.service.js';

@Module({ imports: [FrameworkModule, ReleasesModule, UsersModule], providers: [SeedService], exports: [SeedService] })
export class SeedModule {}
