import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { ImplementationsController } from './implementations.controller.js';
import {
  MeasureImplementationsResolver,
  OrganizationProductsResolver,
  ProductsResolver,
  ReleaseImplementationsResolver,
} from './implementations.resolver.js';
import { ImplementationsService } from './implementations.service.js';

@Module({
  imports: [OrganizationsModule],
  controllers: [ImplementationsController],
  providers: [
    ImplementationsService,
    ProductsResolver,
    OrganizationProductsResolver,
    MeasureImplementationsResolver,
    ReleaseImplementationsResolver,
  ],
  exports: [ImplementationsService],
})
export class ImplementationsModule {}
