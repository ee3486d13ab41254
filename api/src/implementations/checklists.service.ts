import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import {
  type ChecklistItem,
  compareVersions,
  diffDocuments,
  fromReleaseDocument,
  type ImplementationStatus,
  upgradeChecklist,
} from '@ocmf/standard';
import DataLoader from 'dataloader';
import { In, IsNull } from 'typeorm';
import { z } from 'zod';
import { defineLoader } from '../common/loaders.js';
import { type RequestContext, requireUser } from '../common/request-context.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import type { DomainEvent } from '../events/domain-events.js';
import { EventBus } from '../events/event-bus.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { ReleaseEntity } from '../releases/release.entity.js';
import type { ProductType, UpgradeChecklistItemType, UpgradeChecklistType } from './implementation.types.js';
import { ImplementationErrors } from './implementations.errors.js';
import { ImplementationMeasureEntity, ImplementationReportEntity, ProductEntity } from './product.entity.js';
import { UpgradeChecklistEntity, UpgradeChecklistItemEntity } from './upgrade-checklist.entity.js';

/** Each product's open checklist. */
export const OpenChecklistByProduct = defineLoader(
  'open-checklists',
  (manager) =>
    new DataLoader<string, UpgradeChecklistEntity | null>(async (ids) => {
      const rows = await manager.findBy(UpgradeChecklistEntity, { productId: In([...ids]), closedAt: IsNull() });
      return ids.map((id) => rows.find((row) => row.productId === id) ?? null);
    }),
);

export const ItemsByChecklist = defineLoader(
  'checklist-items',
  (manager) =>
    new DataLoader<string, UpgradeChecklistItemEntity[]>(async (ids) => {
      const rows = await manager.find(UpgradeChecklistItemEntity, { where: { checklistId: In([...ids]) }, order: { position: 'ASC' } });
      return ids.map((id) => rows.filter((row) => row.checklistId === id));
    }),
);

const sameItem = (a: Pick<ChecklistItem, 'measureKey' | 'change' | 'fields'>, b: Pick<ChecklistItem, 'measureKey' | 'change' | 'fields'>) =>
  a.measureKey === b.measureKey && a.change === b.change && a.fields.join() === b.fields.join();

/**
 * Upgrade checklists. They are kept current from events, inside the transaction that publishes them: a newer
 * release (ReleasePublished) opens one for every product on an older release, and a new report
 * (ImplementationReported) closes the product's checklist or opens the one from its new release. Items come from the
 * release diff (packages/standard `upgradeChecklist`).
 */
@Injectable()
export class ChecklistsService implements OnModuleInit {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly events: EventBus,
    private readonly organizations: OrganizationsService,
  ) {}

  onModuleInit(): void {
    this.events.handleInTransaction((ctx, event) => this.handle(ctx, event));
  }

  private async handle(ctx: RequestContext, event: DomainEvent): Promise<void> {
    if (event.type === 'ReleasePublished') {
      const reports = await ctx.manager.find(ImplementationReportEntity, { select: { productId: true, releaseVersion: true } });
      const behind = reports.filter((report) => compareVersions(report.releaseVersion, event.version) < 0);
      for (const report of behind) await this.refresh(ctx, report.productId);
    } else if (event.type === 'ImplementationReported') {
      await this.refresh(ctx, event.productId);
    }
  }

  /** Makes the product's open checklist the one from its reported release to the newest, keeping what was done. */
  private async refresh(ctx: RequestContext, productId: string): Promise<void> {
    const report = await ctx.manager.findOneBy(ImplementationReportEntity, { productId });
    const [latest] = await ctx.manager.find(ReleaseEntity, { order: { major: 'DESC', minor: 'DESC', patch: 'DESC' }, take: 1 });
    const open = await ctx.manager.findOneBy(UpgradeChecklistEntity, { productId, closedAt: IsNull() });
    const done = open ? await ctx.manager.find(UpgradeChecklistItemEntity, { where: { checklistId: open.id } }) : [];
    if (open) await ctx.manager.update(UpgradeChecklistEntity, { id: open.id }, { closedAt: new Date() });
    if (!report || !latest || compareVersions(report.releaseVersion, latest.version) >= 0) return;

    const from = await ctx.manager.findOneByOrFail(ReleaseEntity, { version: report.releaseVersion });
    const statuses = await ctx.manager.find(ImplementationMeasureEntity, {
      where: { productId },
      select: { measureKey: true, status: true },
    });
    const reported = new Map<string, ImplementationStatus>(statuses.map((row) => [row.measureKey, row.status]));
    const items = upgradeChecklist(diffDocuments(fromReleaseDocument(from.document), fromReleaseDocument(latest.document)), reported);
    const checklist = ctx.manager.create(UpgradeChecklistEntity, {
      productId,
      fromVersion: from.version,
      toVersion: latest.version,
      closedAt: null,
    });
    await ctx.manager.save(checklist);
    if (items.length > 0) {
      await ctx.manager.insert(
        UpgradeChecklistItemEntity,
        items.map((item, position) => {
          const before = done.find((row) => row.doneAt && sameItem(row, item));
          return { checklistId: checklist.id, position, ...item, doneAt: before?.doneAt ?? null, doneBy: before?.doneBy ?? null };
        }),
      );
    }
    const product = await ctx.manager.findOneByOrFail(ProductEntity, { id: productId });
    await this.events.publish(ctx, {
      type: 'UpgradeChecklistCreated',
      checklistId: checklist.id,
      productId,
      organizationId: product.organizationId,
      fromVersion: checklist.fromVersion,
      toVersion: checklist.toVersion,
      items: items.length,
    });
  }

  /** Ticks an item off (or back on, with done: false); only the product's organisation's owners may. */
  async complete(ctx: RequestContext, itemId: string, done: boolean): Promise<UpgradeChecklistType> {
    const user = requireUser(ctx);
    if (!z.uuid().safeParse(itemId).success) throw ImplementationErrors.checklistItemNotFound();
    const item = await ctx.manager.findOne(UpgradeChecklistItemEntity, { where: { id: itemId }, lock: { mode: 'pessimistic_write' } });
    const checklist = item ? await ctx.manager.findOneBy(UpgradeChecklistEntity, { id: item.checklistId, closedAt: IsNull() }) : null;
    if (!item || !checklist) throw ImplementationErrors.checklistItemNotFound();
    const product = await ctx.manager.findOneByOrFail(ProductEntity, { id: checklist.productId });
    await this.organizations.requireOwner(ctx, product.organizationId, 'tick off its checklists', 'itemId');
    if (done !== (item.doneAt !== null)) {
      const doneAt = done ? new Date() : null;
      await ctx.manager.update(
        UpgradeChecklistItemEntity,
        { id: item.id },
        { doneAt, doneBy: done && !user.apiToken?.organizationId ? user.id : null },
      );
      await this.events.publish(ctx, {
        type: 'ChecklistItemCompleted',
        checklistId: checklist.id,
        productId: product.id,
        measureKey: item.measureKey,
        change: item.change,
        done,
      });
    }
    return this.toType(checklist);
  }

  async openChecklist(ctx: RequestContext, product: ProductType): Promise<UpgradeChecklistType | null> {
    const checklist = await ctx.loaders.get(OpenChecklistByProduct).load(product.id);
    return checklist ? this.toType(checklist) : null;
  }

  async items(ctx: RequestContext, checklist: UpgradeChecklistType): Promise<UpgradeChecklistItemType[]> {
    const rows = await ctx.loaders.get(ItemsByChecklist).load(checklist.id);
    return rows.map((row) => ({
      id: row.id,
      measureKey: row.measureKey,
      measureName: row.measureName,
      change: row.change,
      fields: row.fields,
      description: row.description,
      done: row.doneAt !== null,
      doneAt: row.doneAt,
    }));
  }

  /** The address of a product's checklist (its product page), as webhooks and notifications link it. */
  checklistUrl(productId: string): string {
    return `${this.config.publicUrl}/products/${productId}#upgrade-checklist`;
  }

  private toType(checklist: UpgradeChecklistEntity): UpgradeChecklistType {
    return {
      id: checklist.id,
      productId: checklist.productId,
      fromVersion: checklist.fromVersion,
      toVersion: checklist.toVersion,
      createdAt: checklist.createdAt,
      url: this.checklistUrl(checklist.productId),
    };
  }
}
