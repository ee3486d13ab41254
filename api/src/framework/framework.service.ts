import { Injectable } from '@nestjs/common';
import { type FrameworkDocument, validateDocument } from '@ocmf/standard';
import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../common/request-context.js';
import { DraftRevisionEntity } from './draft-revision.entity.js';
import { documentView } from './document-view.js';
import { FrameworkErrors } from './framework.errors.js';
import type { CategoryType, DraftType, MeasureType } from './framework.types.js';

@Injectable()
export class FrameworkService {
  async currentRevision(manager: EntityManager): Promise<DraftRevisionEntity | null> {
    return manager.findOne(DraftRevisionEntity, { where: {}, order: { revision: 'DESC' } });
  }

  async draft(ctx: RequestContext): Promise<DraftType> {
    const current = await ctx.loaders.draft.current();
    if (!current) throw FrameworkErrors.noDraft();
    return { revision: current.revision, updatedAt: current.createdAt, document: current.document, ...documentView(current.document) };
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

  /** Appends a new draft revision after checking every invariant. Callers hold a transaction. */
  async appendRevision(
    manager: EntityManager,
    document: FrameworkDocument,
    summary: string,
    createdBy: string | null,
  ): Promise<DraftRevisionEntity> {
    const issues = validateDocument(document);
    if (issues.length > 0)
      throw new Error(`Refusing to store an invalid draft: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
    const current = await this.currentRevision(manager);
    const revision = manager.create(DraftRevisionEntity, { revision: (current?.revision ?? 0) + 1, document, summary, createdBy });
    await manager.insert(DraftRevisionEntity, revision);
    return revision;
  }
}
