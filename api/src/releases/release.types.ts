import { Field, Int, ObjectType } from '@nestjs/graphql';
import { CategoryType, MeasureType } from '../framework/framework.types.js';

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
}

@ObjectType('Release', { description: 'An immutable, versioned snapshot of the framework.' })
export class ReleaseType {
  @Field({ description: 'Semantic version, e.g. 1.0.0.' })
  version: string;

  @Field({ description: 'e.g. "Spring 2016 edition".' })
  title: string;

  @Field({ description: 'Release notes, in Markdown.' })
  notes: string;

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

  @Field(() => [MeasureType])
  measures: MeasureType[];

  @Field(() => ReleaseDownloadsType)
  downloads: ReleaseDownloadsType;
}
