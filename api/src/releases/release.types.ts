import { Field, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { ChangeKind, DocumentDiff, FrameworkDocument, VersionBump } from '@ocmf/standard';
import { ChangeKindEnum } from '../proposals/change.types.js';
import { JSONScalar } from '../common/json.scalar.js';
import { ProposalType } from '../proposals/proposal.types.js';
import { CategoryType, MeasureType } from '../framework/framework.types.js';
import { listCost } from '../common/query-limits.js';

@ObjectType('License')
export class LicenseType {
  @Field({ description: 'SPDX identifier, e.g. CC-BY-4.0.' })
  id: string;

  @Field()
  name: string;

  @Field()
  url: string;

  @Field({ description: 'The line every copy must carry.' })
  attribution: string;
}

@ObjectType('ReleaseDownloads', { description: 'Machine-readable exports of a release, as absolute URLs.' })
export class ReleaseDownloadsType {
  @Field({ description: 'Canonical JSON, valid against /schema/framework.schema.json; its SHA-256 is contentHash.' })
  json: string;

  @Field({ description: 'CSV, one row per measure.' })
  csv: string;

  @Field({ description: 'The whole framework as a readable Markdown document, with attribution.' })
  markdown: string;
}

export const VersionBumpEnum = { MAJOR: 'MAJOR', MINOR: 'MINOR', PATCH: 'PATCH', NONE: 'NONE' } as const satisfies Record<
  VersionBump,
  VersionBump
>;
registerEnumType(VersionBumpEnum, {
  name: 'VersionBump',
  description: 'The least a release must raise the version by: MAJOR, MINOR, PATCH, or NONE when nothing changed.',
});

@ObjectType('ChangelogChange')
export class ChangelogChangeType {
  @Field(() => ChangeKindEnum)
  kind: ChangeKind;
  @Field()
  description: string;
}

@ObjectType('ChangelogEntry', { description: 'A proposal a release published, with its changes.' })
export class ChangelogEntryType {
  @Field(() => Int)
  proposalNumber: number;
  @Field()
  title: string;
  @Field(() => [ChangelogChangeType])
  changes: ChangelogChangeType[];
}

@ObjectType('Release', { description: 'An immutable, versioned snapshot of the framework.' })
export class ReleaseType {
  @Field({ description: 'Semantic version, e.g. 1.0.0.' })
  version: string;

  @Field({ description: 'e.g. "Spring 2016 edition".' })
  title: string;

  @Field({ description: 'Release notes, in Markdown.' })
  notes: string;

  @Field({ description: 'The release notes rendered to sanitized HTML.' })
  notesHtml: string;

  @Field()
  publishedAt: Date;

  @Field(() => LicenseType)
  license: LicenseType;

  @Field({ description: 'SHA-256 (hex) of the canonical JSON download.' })
  contentHash: string;

  @Field(() => Int, { description: 'The working-draft revision this release snapshots.' })
  draftRevision: number;

  @Field(() => [CategoryType])
  categories: CategoryType[];

  @Field(() => [MeasureType], { complexity: listCost(60) })
  measures: MeasureType[];

  @Field(() => ReleaseDownloadsType)
  downloads: ReleaseDownloadsType;

  @Field(() => String, { nullable: true, description: 'The version this one follows.' })
  previousVersion: string | null;

  @Field(() => [ChangelogEntryType], { description: 'The proposals it published, in merge order.', complexity: listCost(20) })
  changelog: ChangelogEntryType[];

  @Field(() => JSONScalar, { description: 'The framework document ({ categories, measures }) of this release.' })
  document: FrameworkDocument;
}

@ObjectType('ReleaseDiff', { description: 'What changed between two releases (packages/standard DocumentDiff).' })
export class ReleaseDiffType {
  @Field(() => ReleaseType)
  from: ReleaseType;
  @Field(() => ReleaseType)
  to: ReleaseType;
  @Field(() => JSONScalar, {
    description:
      '{ measures: { added, removed, retired, moved, changed }, categories: { added, removed, changed }, focus }; text changes carry word diffs.',
  })
  diff: DocumentDiff;
}

@ObjectType('ReleasePreview', { description: 'What publishing now would release (editors).' })
export class ReleasePreviewType {
  @Field()
  previousVersion: string;
  @Field(() => Int)
  draftRevision: number;
  @Field(() => VersionBumpEnum, { description: 'From the version rule.' })
  requiredBump: VersionBump;
  @Field()
  suggestedVersion: string;
  @Field(() => [String], { description: 'The versions an editor may choose: the rule’s, or higher.' })
  allowedVersions: string[];
  @Field({ description: 'False when nothing has been merged since the previous release.' })
  canPublish: boolean;
  @Field(() => [ProposalType], { complexity: listCost(20) })
  mergedProposals: ProposalType[];
  @Field(() => JSONScalar, { description: 'Previous release → working draft.' })
  diff: DocumentDiff;
}

@InputType()
export class PublishReleaseInput {
  @Field({ description: 'e.g. "Customer Success update".' })
  title: string;
  @Field({ description: 'Release notes, Markdown.' })
  notes: string;
  @Field(() => String, { nullable: true, description: 'Defaults to the version the rule requires; may be higher, never lower.' })
  version?: string | null;
}
