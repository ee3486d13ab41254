import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { compareVersions, IMPLEMENTATION_STATUSES, ORGANIZATION_LIMITS, visibleLength } from '@ocmf/standard';
import { In } from 'typeorm';
import { z } from 'zod';
import { CommonErrors, type FieldIssue } from '../common/domain-error.js';
import { type RequestContext, requireUser } from '../common/request-context.js';
import { parseInput, textSchema } from '../common/validation.js';
import { EventBus } from '../events/event-bus.js';
import { OrganizationEntity } from '../organizations/organization.entity.js';
import { OrganizationsService, optionalUrlSchema } from '../organizations/organizations.service.js';
import type { ReleaseEntity } from '../releases/release.entity.js';
import { AllReleases } from '../releases/releases.loader.js';
import type { CreateProductInput, SaveImplementationReportInput } from './dto/implementation.input.js';
import type { MeasureImplementationType, ProductImplementationType, ProductType } from './implementation.types.js';
import { ImplementationErrors } from './implementations.errors.js';
import {
  ImplementationsByMeasure,
  MeasuresByProduct,
  ProductCountByRelease,
  ProductsById,
  ProductsByOrganization,
  queryProducts,
  toProduct,
} from './implementations.loader.js';
import { ImplementationMeasureEntity, ImplementationReportEntity, ProductEntity } from './product.entity.js';

const createSchema = z.object({
  organizationId: z.string(),
  name: textSchema(ORGANIZATION_LIMITS.productName, { plain: true }),
  url: optionalUrlSchema,
});

const noteSchema = textSchema(ORGANIZATION_LIMITS.note);
const isUuid = (value: string) => z.uuid().safeParse(value).success;

/** What /implementations.json serves: every current report of an organisation that is not hidden. */
export type ImplementationsExport = {
  generatedFrom: { latestRelease: string | null };
  implementations: {
    organization: { id: string; name: string; kind: string; verified: boolean; website: string | null };
    product: { id: string; name: string; url: string | null };
    releaseVersion: string;
    releasesBehind: number;
    reportedAt: string;
    measures: MeasureImplementationType[];
  }[];
};

/** Vendors' products and the implementation reports their owners keep, per release and measure. */
@Injectable()
export class ImplementationsService {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly events: EventBus,
  ) {}

  async createProduct(ctx: RequestContext, input: CreateProductInput): Promise<ProductType> {
    requireUser(ctx);
    const data = parseInput(createSchema, input);
    const organization = await this.organizations.requireOwner(ctx, data.organizationId, 'register products', 'input.organizationId');
    if (organization.kind !== 'VENDOR') throw ImplementationErrors.notVendor();
    await ctx.manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`products:${organization.id}`]);
    if ((await ctx.manager.countBy(ProductEntity, { organizationId: organization.id })) >= ORGANIZATION_LIMITS.productsPerOrganization) {
      throw ImplementationErrors.tooManyProducts();
    }
    const product = ctx.manager.create(ProductEntity, { organizationId: organization.id, name: data.name, url: data.url ?? null });
    await ctx.manager.save(product);
    await this.events.publish(ctx, { type: 'ProductCreated', productId: product.id, organizationId: organization.id, name: product.name });
    return toProduct({
      ...product,
      organization_id: product.organizationId,
      created_at: product.createdAt,
      release_version: null,
      reported_at: null,
    });
  }

  async product(ctx: RequestContext, id: string, path = 'id'): Promise<ProductType> {
    if (!isUuid(id)) throw ImplementationErrors.productNotFound(path);
    const product = await ctx.loaders.get(ProductsById).load(id);
    if (!product) throw ImplementationErrors.productNotFound(path);
    return product;
  }

  /**
   * Replaces a product's report with one for `releaseVersion`. Every measure must be in that release and not retired,
   * named once; each bad entry is reported at its own path and nothing is written.
   */
  async saveReport(ctx: RequestContext, input: SaveImplementationReportInput): Promise<ProductType> {
    requireUser(ctx);
    const product = await this.product(ctx, input.productId, 'input.productId');
    await this.organizations.requireOwner(ctx, product.organizationId, 'report what its products implement', 'input.productId');
    const release = await this.release(ctx, input.releaseVersion, 'input.releaseVersion');
    const measures = this.checkMeasures(release, input.measures);
    const previous = await ctx.manager.findOne(ImplementationReportEntity, {
      where: { productId: product.id },
      lock: { mode: 'pessimistic_write' },
    });
    const reportedAt = new Date();
    await ctx.manager.upsert(
      ImplementationReportEntity,
      { productId: product.id, releaseVersion: release.version, reportedAt },
      { conflictPaths: ['productId'] },
    );
    await ctx.manager.delete(ImplementationMeasureEntity, { productId: product.id });
    if (measures.length > 0) {
      await ctx.manager.insert(
        ImplementationMeasureEntity,
        measures.map((measure, position) => ({ productId: product.id, ...measure, position })),
      );
    }
    await this.events.publish(ctx, {
      type: 'ImplementationReported',
      productId: product.id,
      organizationId: product.organizationId,
      releaseVersion: release.version,
      previousVersion: previous?.releaseVersion ?? null,
      measureKeys: measures.map((measure) => measure.measureKey),
    });
    return { ...product, releaseVersion: release.version, reportedAt };
  }

  private checkMeasures(release: ReleaseEntity, entries: SaveImplementationReportInput['measures']): MeasureImplementationType[] {
    const issues: FieldIssue[] = [];
    const seen = new Set<string>();
    const at = (index: number, field: string) => `input.measures[${index}].${field}`;
    const measures = entries.map((entry, index) => {
      const key = entry.measureKey.trim();
      const measure = release.document.measures.find((m) => m.key === key);
      if (!measure) issues.push({ path: at(index, 'measureKey'), message: `is not a measure of release ${release.version}` });
      else if (measure.status === 'RETIRED')
        issues.push({ path: at(index, 'measureKey'), message: `is retired in release ${release.version}` });
      else if (seen.has(key)) issues.push({ path: at(index, 'measureKey'), message: 'is named twice in this report' });
      seen.add(key);
      if (!(IMPLEMENTATION_STATUSES as readonly string[]).includes(entry.status)) {
        issues.push({ path: at(index, 'status'), message: `must be one of ${IMPLEMENTATION_STATUSES.join(', ')}` });
      }
      const note = noteSchema.nullable().optional().safeParse(entry.note);
      if (!note.success) issues.push({ path: at(index, 'note'), message: note.error.issues[0]!.message });
      const link = optionalUrlSchema.safeParse(entry.link);
      if (!link.success) issues.push({ path: at(index, 'link'), message: link.error.issues[0]!.message });
      const text = note.success ? (note.data ?? null) : null;
      return {
        measureKey: key,
        status: entry.status,
        note: text !== null && visibleLength(text) > 0 ? text : null,
        link: link.success ? (link.data ?? null) : null,
      };
    });
    if (entries.length > 500) issues.push({ path: 'input.measures', message: 'must hold at most 500 entries' });
    if (issues.length > 0) throw CommonErrors.badInput(issues);
    return measures;
  }

  /** A published release by version ("latest" works), or a field error naming `path`. */
  async release(ctx: RequestContext, version: string, path: string): Promise<ReleaseEntity> {
    const all = await ctx.loaders.get(AllReleases).all();
    const wanted = version.trim();
    const release = wanted === 'latest' ? all[all.length - 1] : all.find((r) => r.version === wanted);
    if (release) return release;
    const published = all.map((r) => r.version).join(', ');
    throw CommonErrors.badInput([{ path, message: `matches no published release (published: ${published || 'none'})` }]);
  }

  /** Products whose current report declares this release, of organisations not hidden, by organisation and name. */
  async implementations(ctx: RequestContext, releaseVersion: string): Promise<ProductType[]> {
    const release = await this.release(ctx, releaseVersion, 'releaseVersion');
    return queryProducts(
      ctx.manager,
      `JOIN organizations o ON o.id = p.organization_id AND o.hidden_at IS NULL
       WHERE r.release_version = $1 ORDER BY o.name, p.name, p.id`,
      [release.version],
    );
  }

  productsOf(ctx: RequestContext, organizationId: string): Promise<ProductType[]> {
    return ctx.loaders.get(ProductsByOrganization).load(organizationId);
  }

  measures(ctx: RequestContext, product: ProductType): Promise<MeasureImplementationType[]> {
    if (!product.releaseVersion) return Promise.resolve([]);
    return ctx.loaders.get(MeasuresByProduct).load(product.id);
  }

  /** How many releases were published after the one the product reports; null before its first report. */
  async releasesBehind(ctx: RequestContext, product: ProductType): Promise<number | null> {
    if (!product.releaseVersion) return null;
    const all = await ctx.loaders.get(AllReleases).all();
    return all.filter((release) => compareVersions(release.version, product.releaseVersion!) > 0).length;
  }

  async implementationsOfMeasure(ctx: RequestContext, measureKey: string): Promise<ProductImplementationType[]> {
    const rows = await ctx.loaders.get(ImplementationsByMeasure).load(measureKey);
    return rows.map((row) => ({
      product: toProduct(row),
      status: row.status,
      note: row.note,
      link: row.link,
      releaseVersion: row.release_version!,
    }));
  }

  productCount(ctx: RequestContext, releaseVersion: string): Promise<number> {
    return ctx.loaders.get(ProductCountByRelease).load(releaseVersion);
  }

  /** Every current report, as /implementations.json serves it, and its ETag. */
  async export(ctx: RequestContext): Promise<{ body: string; etag: string }> {
    const all = await ctx.loaders.get(AllReleases).all();
    const products = await queryProducts(
      ctx.manager,
      `JOIN organizations o ON o.id = p.organization_id AND o.hidden_at IS NULL
       WHERE r.release_version IS NOT NULL ORDER BY o.name, p.name, p.id`,
      [],
    );
    const organizations = await ctx.manager.findBy(OrganizationEntity, { id: In([...new Set(products.map((p) => p.organizationId))]) });
    const measures = await Promise.all(products.map((product) => this.measures(ctx, product)));
    const document: ImplementationsExport = {
      generatedFrom: { latestRelease: all[all.length - 1]?.version ?? null },
      implementations: products.map((product, index) => {
        const organization = organizations.find((o) => o.id === product.organizationId)!;
        return {
          organization: {
            id: organization.id,
            name: organization.name,
            kind: organization.kind,
            verified: organization.verifiedAt !== null,
            website: organization.website,
          },
          product: { id: product.id, name: product.name, url: product.url },
          releaseVersion: product.releaseVersion!,
          releasesBehind: all.filter((release) => compareVersions(release.version, product.releaseVersion!) > 0).length,
          reportedAt: product.reportedAt!.toISOString(),
          measures: measures[index]!,
        };
      }),
    };
    const body = JSON.stringify(document);
    return { body, etag: `"${createHash('sha256').update(body).digest('hex')}"` };
  }
}
