import { Module } from '@nestjs/common';
import { GovernanceResolver } from './governance.resolver.js';
import { GovernanceService } from './governance.service.js';

@Module({ providers: [GovernanceService, GovernanceResolver], exports: [GovernanceService] })
export class GovernanceModule {}
