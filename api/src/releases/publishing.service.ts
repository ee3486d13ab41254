import { Injectable } from '@nestjs/common';
import {
  allowedVersions,
  changeKind,
  compareVersions,
  describeChanges,
  diffDocuments,
  type DocumentDiff,
  type FrameworkDocument,
  fromReleaseDocument,
  isAllowedVersion,
  nextVersion,
  parseVersion,
  requiredBump,
  TEXT_LIMITS,
  type VersionBump,
} from '@ocmf/standard';
import { In } from 'typeorm';
import { z } from 'zod';
import { isUniqueViolation } from '../common/postgres-errors.js';
import { type RequestContext, requireUser } from '../common/request-context.js';
import { parseInput, textSchema } from '../common/validation.js';
import { DraftRevisionEntity } from '../framework/draft-revision.entity.js';
import { EventBus } from '../events/event-bus.js';
import { FrameworkService } from '../framework/framework.service.js';
import { ProposalEntity } from '../proposals/proposal.entity.js';
import { ProposalsService, toType } from '../proposals/proposals.service.js';
import type { ChangelogEntry, ReleaseEntity } from './release.entity.js';
import type { PublishReleaseInput, ReleasePreviewType } from './release.types.js';
import { ReleaseErrors } from './releases.errors.js';
import { ReleasesService } from './releases.service.js';

const publishSchema = z.object({
  title: textSchema(TEXT_LIMITS.releaseTitle, { plain: true }),
  notes: textSchema(TEXT_LIMITS.releaseNotes),
  version: z.string().trim().optional().nullable(),
});

type Plan = {
  previous: ReleaseEntity;
  draft: DraftRevisionEntity;
  merged: ProposalEntity[];
  required: VersionBump;
  diff: DocumentDiff;
};

/** Editors turn the working draft, with the proposals merged into it, into an immutable release. */
@Injectable()
export class PublishingService {
  constructor(
    private readonly releases: ReleasesService,
    private readonly proposals: ProposalsService,
    private readonly framework: FrameworkService,
    private readonly events: EventBus,
  ) {}

  /** What "Prepare release" shows: merged proposals since the last release, the version rule's verdict, the diff. */
  async preview(ctx: RequestContext): Promise<ReleasePreviewType> {
    const plan = await this.plan(ctx);
    const minimum = plan.required === 'NONE' ? 'PATCH' : plan.required;
    return {
      previousVersion: plan.previous.version,
      draftRevision: plan.draft.revision,
      requiredBump: plan.required,
      suggestedVersion: nextVersion(plan.previous.version, minimum),
      allowedVersions: allowedVersions(plan.previous.version, minimum),
      canPublish: plan.merged.length > 0,
      mergedProposals: plan.merged.map(toType),
      diff: plan.diff,
    };
  }

  async publish(ctx: RequestContext, input: PublishReleaseInput): Promise<ReleaseEntity> {
    requireUser(ctx);
    const data = parseInput(publishSchema, input);
    // One publication at a time: the second waits, then finds the version taken or nothing left to release.
    await ctx.manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['release-publish']);
    const plan = await this.plan(ctx);
    const minimum = plan.required === 'NONE' ? 'PATCH' : plan.required;
    const version = data.version || nextVersion(plan.previous.version, minimum);
    if (!parseVersion(version)) throw ReleaseErrors.badVersion(version, 'input.version');
    if (compareVersions(version, plan.previous.version) <= 0) throw ReleaseErrors.versionTaken(version, plan.previous.version);
    if (plan.merged.length === 0) throw ReleaseErrors.nothingToRelease(plan.previous.version);
    if (!isAllowedVersion(plan.previous.version, version, minimum)) {
      throw ReleaseErrors.versionNotAllowed(version, minimum, allowedVersions(plan.previous.version, minimum));
    }
    const changelog = await this.changelog(ctx, plan.merged);
    let release: ReleaseEntity;
    try {
      release = await this.releases.insert(
        ctx,
        { version, title: data.title, notes: data.notes, publishedAt: new Date(), license: plan.previous.document.license },
        plan.draft.document,
        plan.draft.revision,
        { previousVersion: plan.previous.version, changelog },
      );
    } catch (error) {
      if (isUniqueViolation(error)) throw ReleaseErrors.versionTaken(version, version);
      throw error;
    }
    for (const proposal of plan.merged) {
      await this.proposals.transition(ctx, proposal, ['MERGED'], 'RELEASED', 'released', `Released in ${version}`, { releasedIn: version });
    }
    await this.events.publish(ctx, {
      type: 'ReleasePublished',
      version: release.version,
      title: release.title,
      contentHash: release.contentHash,
      previousVersion: release.previousVersion,
      proposalNumbers: plan.merged.map((proposal) => proposal.number),
    });
    return release;
  }

  /** The changes between any two releases, older first or not. */
  async diff(ctx: RequestContext, from: string, to: string): Promise<{ from: ReleaseEntity; to: ReleaseEntity; diff: DocumentDiff }> {
    const [a, b] = await Promise.all([this.releases.get(ctx, from, 'from'), this.releases.get(ctx, to, 'to')]);
    return { from: a, to: b, diff: diffDocuments(fromReleaseDocument(a.document), fromReleaseDocument(b.document)) };
  }

  private async plan(ctx: RequestContext): Promise<Plan> {
    const [[previous], draft] = await Promise.all([this.releases.list(ctx), this.framework.currentRevision(ctx)]);
    if (!previous) throw new Error('No release has been published: the seed publishes the first');
    const merged = await ctx.manager.find(ProposalEntity, { where: { status: 'MERGED' }, order: { mergedRevision: 'ASC' } });
    const before: FrameworkDocument = fromReleaseDocument(previous.document);
    return { previous, draft, merged, required: requiredBump(before, draft.document), diff: diffDocuments(before, draft.document) };
  }

  /** Each merged proposal's changes, described against the draft as it was just before that merge. */
  private async changelog(ctx: RequestContext, merged: ProposalEntity[]): Promise<ChangelogEntry[]> {
    const revisions = await ctx.manager.findBy(DraftRevisionEntity, { revision: In(merged.map((p) => p.mergedRevision! - 1)) });
    return merged.map((proposal) => {
      const before = revisions.find((r) => r.revision === proposal.mergedRevision! - 1)!.document;
      const lines = describeChanges(before, proposal.changes);
      return {
        proposalNumber: proposal.number,
        title: proposal.title,
        changes: proposal.changes.map((change, i) => ({ kind: changeKind(change), description: lines[i]! })),
      };
    });
  }
}
