import { Injectable } from '@nestjs/common';
import { type FrameworkDocument, validateDocument } from '@ocmf/standard';
import { LruCache } from '../common/lru-cache.js';
import type { RequestContext } from '../common/request-context.js';
import { DraftRevisionEntity, revisionKey } from './draft-revision.entity.js';
import { documentView } from './document-view.js';
import { FrameworkErrors } from './framework.errors.js';
import { Draft } from './framework.loader.js';
import type { CategoryType, DraftType, MeasureType } from './framework.types.js';

@Injectable()
export class FrameworkService {
  /** Draft revisions never change: each one's GraphQL view is built once (see revisionKey). */
  private readonly views = new LruCache<string, DraftType>(16);

  /** The newest revision of the working draft; NO_DRAFT before the seed has run. */
  async currentRevision(ctx: RequestContext): Promise<DraftRevisionEntity> {
    const current = await ctx.loaders.get(Draft).current();
    if (!current) throw FrameworkErrors.noDraft();
    return current;
  }

  /** A revision by number; revisions are never deleted, so a missing one is a bug. */
  async revision(ctx: RequestContext, revision: number): Promise<DraftRevisionEntity> {
    const row = await ctx.loaders.get(Draft).revision.load(revision);
    if (!row) throw new Error(`Draft revision ${revision} is missing`);
    return row;
  }

  async draft(ctx: RequestContext): Promise<DraftType> {
    const current = await this.currentRevision(ctx);
    return this.views.get(revisionKey(current), () => ({
      revision: current.revision,
      updatedAt: current.createdAt,
      document: current.document,
      ...documentView(current.document),
    }));
  }

  async category(ctx: RequestContext, key: string): Promise<CategoryType> {
    const draft = await this.draft(ctx);
    const category = draft.categories.find((c) => c.key === key);
    if (!category)
      throw FrameworkErrors.categoryNotFound(
        key,
        draft.categories.map((c) => c.key),
      );
    return category;
  }

  async measure(ctx: RequestContext, key: string): Promise<MeasureType> {
    const draft = await this.draft(ctx);
    const measure = draft.measures.find((m) => m.key === key);
    if (!measure) throw FrameworkErrors.measureNotFound(key);
    return measure;
  }

  /** Appends a new draft revision after checking every invariant. Callers hold a transaction (and the merge lock). */
  async appendRevision(ctx: RequestContext, document: FrameworkDocument, summary: string): Promise<DraftRevisionEntity> {
    const issues = validateDocument(document);
    if (issues.length > 0)
      throw new Error(`Refusing to store an invalid draft: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
    const current = await ctx.manager.findOne(DraftRevisionEntity, { where: {}, order: { revision: 'DESC' } });
    const revision = ctx.manager.create(DraftRevisionEntity, {
      revision: (current?.revision ?? 0) + 1,
      document,
      summary,
      createdBy: ctx.user?.id ?? null,
    });
    await ctx.manager.insert(DraftRevisionEntity, revision);
    ctx.loaders.get(Draft).appended(revision);
    return revision;
  }
}
