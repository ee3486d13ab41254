import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { ImplementationsController } from './implementations.controller.js';
import {
  MeasureImplementationsResolver,
  OrganizationProductsResolver,
  ProductsResolver,
  ReleaseImplementationsResolver,
  UpgradeChecklistResolver,
} from './implementations.resolver.js';
import { ChecklistsService } from './checklists.service.js';
import { ImplementationsService } from './implementations.service.js';

@Module({
  imports: [OrganizationsModule],
  controllers: [ImplementationsController],
  providers: [
    ImplementationsService,
    ChecklistsService,
    ProductsResolver,
    UpgradeChecklistResolver,
    OrganizationProductsResolver,
    MeasureImplementationsResolver,
    ReleaseImplementationsResolver,
  ],
  exports: [ImplementationsService, ChecklistsService],
})
export class ImplementationsModule {}
