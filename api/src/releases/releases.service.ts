import { Inject, Injectable } from '@nestjs/common';
import {
  canonicalJson,
  contentHash,
  deepFreeze,
  type FrameworkDocument,
  fromReleaseDocument,
  parseVersion,
  type ReleaseDocument,
  toReleaseDocument,
} from '@ocmf/standard';
import { In } from 'typeorm';
import type { RequestContext } from '../common/request-context.js';
import { LruCache } from '../common/lru-cache.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { documentView } from '../framework/document-view.js';
import { renderMarkdownOnce } from '../markdown/markdown.js';
import { type ChangelogEntry, ReleaseEntity } from './release.entity.js';
import type { ReleaseType } from './release.types.js';
import { ReleaseErrors } from './releases.errors.js';

export type ReleaseMeta = {
  version: string;
  title: string;
  notes: string;
  publishedAt: Date;
  license: ReleaseDocument['license'];
};

const NEWEST_FIRST = { major: 'DESC', minor: 'DESC', patch: 'DESC' } as const;

@Injectable()
export class ReleasesService {
  /** A published release never changes: its GraphQL view is built once per version (and content hash). */
  private readonly views = new LruCache<string, ReleaseType>(64);
  /**
   * Release rows by id, read from the database once per process: a trigger refuses UPDATE and DELETE. Their
   * documents are frozen, as many requests share them.
   */
  private readonly rows = new LruCache<string, ReleaseEntity>(64);

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async list(ctx: RequestContext): Promise<ReleaseEntity[]> {
    return this.whole(ctx, await ctx.manager.find(ReleaseEntity, { select: { id: true }, order: NEWEST_FIRST }));
  }

  /** A release by version; "latest" is the highest published version. */
  async get(ctx: RequestContext, version: string, argument = 'version'): Promise<ReleaseEntity> {
    const wanted = version.trim();
    if (wanted === 'latest') {
      const [latest] = await this.whole(ctx, await ctx.manager.find(ReleaseEntity, { select: { id: true }, order: NEWEST_FIRST, take: 1 }));
      if (!latest) throw ReleaseErrors.notFound('latest', [], argument);
      return latest;
    }
    if (!parseVersion(wanted)) throw ReleaseErrors.badVersion(wanted, argument);
    const [release] = await this.whole(ctx, await ctx.manager.find(ReleaseEntity, { select: { id: true }, where: { version: wanted } }));
    if (release) return release;
    const published = await ctx.manager.find(ReleaseEntity, { select: { version: true }, order: NEWEST_FIRST });
    throw ReleaseErrors.notFound(
      wanted,
      published.map((r) => r.version),
      argument,
    );
  }

  /** Stores a release of `document`. Callers hold the transaction and have checked the version rule. */
  async insert(
    ctx: RequestContext,
    meta: ReleaseMeta,
    document: FrameworkDocument,
    draftRevision: number,
    history: { previousVersion: string | null; changelog: ChangelogEntry[] } = { previousVersion: null, changelog: [] },
  ): Promise<ReleaseEntity> {
    const parsed = parseVersion(meta.version);
    if (!parsed) throw ReleaseErrors.badVersion(meta.version);
    const releaseDocument = toReleaseDocument(
      { version: meta.version, title: meta.title, publishedAt: meta.publishedAt.toISOString(), license: meta.license },
      document,
    );
    const release = ctx.manager.create(ReleaseEntity, {
      version: meta.version,
      major: parsed.major,
      minor: parsed.minor,
      patch: parsed.patch,
      title: meta.title,
      notes: meta.notes,
      document: releaseDocument,
      contentHash: await contentHash(releaseDocument),
      draftRevision,
      publishedBy: ctx.user?.id ?? null,
      publishedAt: meta.publishedAt,
      previousVersion: history.previousVersion,
      changelog: history.changelog,
    });
    await ctx.manager.insert(ReleaseEntity, release);
    return release;
  }

  /** The canonical JSON download: exactly the bytes whose SHA-256 is the release's contentHash. */
  canonicalJson(release: ReleaseEntity): string {
    return canonicalJson(release.document);
  }

  /** The whole rows of the releases `ids` names, in their order, from memory where it has them. */
  private whole(ctx: RequestContext, ids: Pick<ReleaseEntity, 'id'>[]): Promise<ReleaseEntity[]> {
    return this.rows.readThrough(
      ids,
      ({ id }) => id,
      async (missing) => {
        const rows = await ctx.manager.findBy(ReleaseEntity, { id: In(missing.map(({ id }) => id)) });
        for (const row of rows) {
          deepFreeze(row.document);
          deepFreeze(row.changelog);
        }
        return rows;
      },
    );
  }

  toType(release: ReleaseEntity): ReleaseType {
    return this.views.get(`${release.version} ${release.publishedAt.getTime()} ${release.contentHash}`, () => this.view(release));
  }

  private view(release: ReleaseEntity): ReleaseType {
    const base = `${this.config.publicUrl}/releases/${release.version}`;
    return {
      version: release.version,
      title: release.title,
      notes: release.notes,
      notesHtml: renderMarkdownOnce(release.notes),
      publishedAt: release.publishedAt,
      license: release.document.license,
      contentHash: release.contentHash.trim(),
      draftRevision: release.draftRevision,
      ...documentView(release.document),
      downloads: { json: `${base}.json`, csv: `${base}.csv`, markdown: `${base}.md` },
      previousVersion: release.previousVersion,
      changelog: release.changelog,
      document: fromReleaseDocument(release.document),
    };
  }
}
