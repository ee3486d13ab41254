import { Injectable } from '@nestjs/common';
import { ocmfV1Document, ocmfV1Release } from '@ocmf/standard';
import { DataSource, type EntityManager } from 'typeorm';
import { CaseStudiesService } from '../case-studies/case-studies.service.js';
import { CommentsService } from '../comments/comments.service.js';
import { systemContext } from '../common/request-context.js';
import { ProposalEntity } from '../proposals/proposal.entity.js';
import { ProposalsService } from '../proposals/proposals.service.js';
import type { UserEntity } from '../users/user.entity.js';
import { DraftRevisionEntity } from '../framework/draft-revision.entity.js';
import { FrameworkService } from '../framework/framework.service.js';
import { PublishingService } from '../releases/publishing.service.js';
import { ReleasesService } from '../releases/releases.service.js';
import { VotingService } from '../voting/voting.service.js';
import { UsersService } from '../users/users.service.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts.js';
import {
  CLARIFY_TIME_TO_SMILE_COMMENT,
  CLARIFY_TIME_TO_SMILE_PROPOSAL,
  CUSTOMER_SUCCESS_DISCUSSION,
  CUSTOMER_SUCCESS_PROPOSAL,
  CUSTOMER_SUCCESS_RELEASE,
  REBALANCE_PROPOSAL,
} from './demo-proposal.js';
import { NET_ARR_CASE_STUDY, TIME_TO_SMILE_CASE_STUDY, TIME_TO_SMILE_EVIDENCE } from './demo-case-studies.js';

const V1_NOTES = [
  'The first edition of the framework, launched on 22 March 2016.',
  '',
  'Five categories of measures - Customer, Employee, Business, Knowledge/Collaboration and Acceleration - each with',
  'suggested measures for executives and for managers, and a Focus % for each: the share of leadership time to give it.',
  'Customer Success measures were left for the next update.',
].join('\n');

export type SeedReport = { framework: boolean; release: boolean; demoAccounts: string[]; demoProposal: boolean };

/** Idempotent: each part is created only if missing, all in one transaction. */
@Injectable()
export class SeedService {
  constructor(
    private readonly framework: FrameworkService,
    private readonly releases: ReleasesService,
    private readonly users: UsersService,
    private readonly proposals: ProposalsService,
    private readonly comments: CommentsService,
    private readonly voting: VotingService,
    private readonly publishing: PublishingService,
    private readonly caseStudies: CaseStudiesService,
  ) {}

  async run(dataSource: DataSource, options: { demo: boolean }): Promise<SeedReport> {
    // What the seed's steps defer until after the commit (their domain events) runs once it has committed.
    const effects: (() => void)[] = [];
    const report = await dataSource.transaction(async (manager) => {
      // Serialises concurrent seeders (two replicas starting at once) on one row-free lock.
      await manager.query('SELECT pg_advisory_xact_lock(20160322)');
      const report: SeedReport = { framework: false, release: false, demoAccounts: [], demoProposal: false };
      const system = systemContext(manager, null, effects);
      let current = await manager.findOne(DraftRevisionEntity, { where: {}, order: { revision: 'DESC' } });
      if (!current) {
        current = await this.framework.appendRevision(system, ocmfV1Document, `Seeded from OCMF ${ocmfV1Release.version}`);
        report.framework = true;
      }
      const [anyRelease] = await this.releases.list(system);
      if (!anyRelease) {
        await this.releases.insert(
          system,
          { ...ocmfV1Release, notes: V1_NOTES, publishedAt: new Date(ocmfV1Release.publishedAt) },
          ocmfV1Document,
          current.revision,
        );
        report.release = true;
      }
      if (options.demo) {
        for (const account of DEMO_ACCOUNTS) {
          if (await this.users.findByEmail(system, account.email)) continue;
          await this.users.create(system, { ...account, password: DEMO_PASSWORD });
          report.demoAccounts.push(account.email);
        }
        report.demoProposal = await this.seedDemoProposal(manager, effects);
      }
      return report;
    });
    for (const effect of effects) effect();
    return report;
  }

  /**
   * The demo story, unless any proposal exists already: the Customer Success proposal discussed, voted,
   * merged and released as 1.1.0; a second proposal open for discussion; a third being voted on; two published
   * case studies (Time to Smile, and Net ARR after 1.1.0).
   */
  private async seedDemoProposal(manager: EntityManager, effects: (() => void)[]): Promise<boolean> {
    if ((await manager.count(ProposalEntity)) > 0) return false;
    const people: UserEntity[] = [];
    for (const account of DEMO_ACCOUNTS) people.push((await this.users.findByEmail(systemContext(manager), account.email))!);
    // A fresh context per step: each has its own per-request caches, as separate requests would.
    const as = (index: number) => systemContext(manager, people[index]!, effects);
    const [, editor, setter, setter2, member] = [0, 1, 2, 3, 4];

    const customerSuccess = await this.proposals.create(as(member), CUSTOMER_SUCCESS_PROPOSAL);
    await this.proposals.submit(as(member), customerSuccess.number);
    const ids: string[] = [];
    for (const [who, body, replyTo] of CUSTOMER_SUCCESS_DISCUSSION) {
      const comment = await this.comments.add(as(who), {
        proposalNumber: customerSuccess.number,
        body,
        parentId: replyTo === null ? null : ids[replyTo],
      });
      ids.push(comment.id);
    }
    await this.voting.open(as(editor), customerSuccess.number, null);
    await this.voting.cast(as(setter), { proposalNumber: customerSuccess.number, choice: 'APPROVE', rationale: 'Long overdue.' });
    await this.voting.cast(as(setter2), { proposalNumber: customerSuccess.number, choice: 'APPROVE', rationale: null });
    await this.voting.closeByEditor(as(editor), customerSuccess.number);
    await this.proposals.merge(as(editor), customerSuccess.number);
    await this.publishing.publish(as(editor), CUSTOMER_SUCCESS_RELEASE);

    const clarify = await this.proposals.create(as(setter), CLARIFY_TIME_TO_SMILE_PROPOSAL);
    await this.proposals.submit(as(setter), clarify.number);
    await this.comments.add(as(member), { proposalNumber: clarify.number, body: CLARIFY_TIME_TO_SMILE_COMMENT, parentId: null });

    // Two published case studies, the first linked as evidence to the proposal about its measure.
    const timeToSmile = await this.caseStudies.create(as(member), TIME_TO_SMILE_CASE_STUDY);
    await this.caseStudies.publish(as(member), timeToSmile.id);
    const netArr = await this.caseStudies.create(as(setter2), NET_ARR_CASE_STUDY);
    await this.caseStudies.publish(as(setter2), netArr.id);
    await this.caseStudies.linkEvidence(as(setter), {
      ...TIME_TO_SMILE_EVIDENCE,
      proposalNumber: clarify.number,
      caseStudyId: timeToSmile.id,
    });

    const rebalance = await this.proposals.create(as(member), REBALANCE_PROPOSAL);
    await this.proposals.submit(as(member), rebalance.number);
    await this.voting.open(as(editor), rebalance.number, null);
    await this.voting.cast(as(setter), {
      proposalNumber: rebalance.number,
      choice: 'REJECT',
      rationale: 'Acceleration is already the smallest share.',
    });
    return true;
  }
}
