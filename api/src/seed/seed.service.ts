import { Injectable } from '@nestjs/common';
import { ocmfV1Document, ocmfV1Release } from '@ocmf/standard';
import { DataSource } from 'typeorm';
import { FrameworkService } from '../framework/framework.service.js';
import { ReleasesService } from '../releases/releases.service.js';
import { UsersService } from '../users/users.service.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts.js';

const V1_NOTES = [
  'The first edition of the framework, launched on 22 March 2016.',
  '',
  'Five categories of measures - Customer, Employee, Business, Knowledge/Collaboration and Acceleration - each with',
  'suggested measures for executives and for managers, and a Focus % for each: the share of leadership time to give it.',
  'Customer Success measures were left for the next update.',
].join('\n');

export type SeedReport = { framework: boolean; release: boolean; demoAccounts: string[] };

/** Idempotent: each part is created only if missing, all in one transaction. */
@Injectable()
export class SeedService {
  constructor(
    private readonly framework: FrameworkService,
    private readonly releases: ReleasesService,
    private readonly users: UsersService,
  ) {}

  async run(dataSource: DataSource, options: { demo: boolean }): Promise<SeedReport> {
    return dataSource.transaction(async (manager) => {
      // Serialises concurrent seeders (two replicas starting at once) on one row-free lock.
      await manager.query('SELECT pg_advisory_xact_lock(20160322)');
      const report: SeedReport = { framework: false, release: false, demoAccounts: [] };
      let current = await this.framework.currentRevision(manager);
      if (!current) {
        current = await this.framework.appendRevision(manager, ocmfV1Document, `Seeded from OCMF ${ocmfV1Release.version}`, null);
        report.framework = true;
      }
      const [anyRelease] = await this.releases.list({ manager });
      if (!anyRelease) {
        await this.releases.insert(
          manager,
          { ...ocmfV1Release, notes: V1_NOTES, publishedAt: new Date(ocmfV1Release.publishedAt) },
          ocmfV1Document,
          current.revision,
          null,
        );
        report.release = true;
      }
      if (options.demo) {
        for (const account of DEMO_ACCOUNTS) {
          if (await this.users.findByEmail(manager, account.email)) continue;
          await this.users.create(manager, { ...account, password: DEMO_PASSWORD });
          report.demoAccounts.push(account.email);
        }
      }
      return report;
    });
  }
}
