import { Injectable } from '@nestjs/common';
import { ADOPTER_KINDS, ORGANIZATION_LIMITS, visibleLength } from '@ocmf/standard';
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { CommonErrors, type FieldIssue } from '../common/domain-error.js';
import { defineLoader } from '../common/loaders.js';
import { type RequestContext, requireUser } from '../common/request-context.js';
import { textSchema } from '../common/validation.js';
import { EventBus } from '../events/event-bus.js';
import { AllReleases } from '../releases/releases.loader.js';
import { AdoptionEntity } from './adoption.entity.js';
import type { AdoptionType, DeclareAdoptionInput, UsageCountsType } from './adoption.types.js';
import { OrganizationsService, optionalUrlSchema } from './organizations.service.js';

const quoteSchema = textSchema(ORGANIZATION_LIMITS.quote);

export const AdoptionByOrganization = defineLoader(
  'adoptions',
  (manager) =>
    new DataLoader<string, AdoptionEntity | null>(async (ids) => {
      const rows = await manager.findBy(AdoptionEntity, { organizationId: In([...ids]) });
      return ids.map((id) => rows.find((row) => row.organizationId === id) ?? null);
    }),
);

/** Adopters: practitioners, consultancies and non-profits that declare they use OCMF. */
@Injectable()
export class AdoptionsService {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly events: EventBus,
  ) {}

  async declare(ctx: RequestContext, input: DeclareAdoptionInput): Promise<AdoptionType> {
    requireUser(ctx);
    const organization = await this.organizations.requireOwner(
      ctx,
      input.organizationId,
      'declare that it uses OCMF',
      'input.organizationId',
    );
    if (!(ADOPTER_KINDS as readonly string[]).includes(organization.kind)) {
      throw CommonErrors.badInput([
        { path: 'input.organizationId', message: 'must be a practitioner, consultancy or non-profit: vendors report products instead' },
      ]);
    }
    const all = await ctx.loaders.get(AllReleases).all();
    const wanted = input.releaseVersion.trim();
    const release = wanted === 'latest' ? all[all.length - 1] : all.find((r) => r.version === wanted);
    const issues: FieldIssue[] = [];
    if (!release)
      issues.push({
        path: 'input.releaseVersion',
        message: `matches no published release (published: ${all.map((r) => r.version).join(', ')})`,
      });
    const measureKeys = [...new Set((input.measureKeys ?? []).map((key) => key.trim()))];
    const categoryKeys = [...new Set((input.categoryKeys ?? []).map((key) => key.trim()))];
    if (release) {
      (input.measureKeys ?? []).forEach((key, index) => {
        const measure = release.document.measures.find((m) => m.key === key.trim());
        if (!measure || measure.status === 'RETIRED') {
          issues.push({ path: `input.measureKeys[${index}]`, message: `is not an active measure of release ${release.version}` });
        }
      });
      (input.categoryKeys ?? []).forEach((key, index) => {
        if (!release.document.categories.some((c) => c.key === key.trim())) {
          issues.push({ path: `input.categoryKeys[${index}]`, message: `is not a category of release ${release.version}` });
        }
      });
    }
    const quote = quoteSchema.nullable().optional().safeParse(input.quote);
    if (!quote.success) issues.push({ path: 'input.quote', message: quote.error.issues[0]!.message });
    const link = optionalUrlSchema.safeParse(input.link);
    if (!link.success) issues.push({ path: 'input.link', message: link.error.issues[0]!.message });
    if (issues.length > 0 || !release || !quote.success || !link.success) throw CommonErrors.badInput(issues);

    const adoption: AdoptionEntity = {
      organizationId: organization.id,
      releaseVersion: release.version,
      measureKeys,
      categoryKeys,
      quote: quote.data && visibleLength(quote.data) > 0 ? quote.data : null,
      link: link.data ?? null,
      declaredAt: new Date(),
    } as AdoptionEntity;
    await ctx.manager.upsert(AdoptionEntity, adoption, { conflictPaths: ['organizationId'] });
    await this.events.publish(ctx, {
      type: 'AdoptionDeclared',
      organizationId: organization.id,
      releaseVersion: release.version,
      measureKeys,
    });
    return toAdoptionType(adoption);
  }

  /** Every adoption of an organisation that is not hidden, verified first, then newest. */
  async list(ctx: RequestContext): Promise<AdoptionType[]> {
    const rows = (await ctx.manager.query(
      `SELECT a.organization_id, a.release_version, a.category_keys, a.measure_keys, a.quote, a.link, a.declared_at
         FROM adoptions a JOIN organizations o ON o.id = a.organization_id AND o.hidden_at IS NULL
        ORDER BY o.verified_at IS NULL, a.declared_at DESC LIMIT 500`,
    )) as {
      organization_id: string;
      release_version: string;
      category_keys: string[];
      measure_keys: string[];
      quote: string | null;
      link: string | null;
      declared_at: Date;
    }[];
    return rows.map((row) => ({
      organizationId: row.organization_id,
      releaseVersion: row.release_version,
      categoryKeys: row.category_keys,
      measureKeys: row.measure_keys,
      quote: row.quote,
      link: row.link,
      declaredAt: row.declared_at,
    }));
  }

  async of(ctx: RequestContext, organizationId: string): Promise<AdoptionType | null> {
    const row = await ctx.loaders.get(AdoptionByOrganization).load(organizationId);
    return row ? toAdoptionType(row) : null;
  }

  /** "Used by N organisations, implemented in M products": one SQL statement. */
  async counts(ctx: RequestContext): Promise<UsageCountsType> {
    const [row] = (await ctx.manager.query(
      `SELECT (SELECT count(*)::int FROM adoptions a JOIN organizations o ON o.id = a.organization_id AND o.hidden_at IS NULL) AS organizations,
              (SELECT count(*)::int FROM implementation_reports r JOIN products p ON p.id = r.product_id
                 JOIN organizations o ON o.id = p.organization_id AND o.hidden_at IS NULL) AS products`,
    )) as UsageCountsType[];
    return row!;
  }
}

export function toAdoptionType(row: AdoptionEntity): AdoptionType {
  return {
    organizationId: row.organizationId,
    releaseVersion: row.releaseVersion,
    categoryKeys: row.categoryKeys,
    measureKeys: row.measureKeys,
    quote: row.quote,
    link: row.link,
    declaredAt: row.declaredAt,
  };
}
