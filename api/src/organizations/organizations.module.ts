import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module.js';
import { AdoptionsResolver, OrganizationAdoptionResolver } from './adoptions.resolver.js';
import { AdoptionsService } from './adoptions.service.js';
import { OrganizationsResolver } from './organizations.resolver.js';
import { OrganizationsService } from './organizations.service.js';

@Module({
  imports: [UsersModule],
  providers: [OrganizationsService, OrganizationsResolver, AdoptionsService, AdoptionsResolver, OrganizationAdoptionResolver],
  exports: [OrganizationsService],
})
export class OrganizationsModule {}
