import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { AuditService } from '../audit/audit.service.js';
import { type RequestContext, requireUser } from '../common/request-context.js';
import { parseInput } from '../common/validation.js';
import { GovernanceSettingsEntity } from './governance-settings.entity.js';
import type { UpdateGovernanceSettingsInput } from './governance.types.js';

const NINETY_DAYS = 90 * 86_400;

const settingsSchema = z
  .object({
    votingWindowSeconds: z.number().int().min(1, 'must be at least 1 second').max(NINETY_DAYS, 'must be at most 90 days'),
    minimumWindowSeconds: z.number().int().min(1, 'must be at least 1 second (0 removes the minimum)').max(NINETY_DAYS).nullable(),
    quorumPercent: z.number().int().min(0, 'must be between 0 and 100').max(100, 'must be between 0 and 100'),
    thresholdNumerator: z.number().int().min(1, 'must be at least 1'),
    thresholdDenominator: z.number().int().min(1, 'must be at least 1').max(100, 'must be at most 100'),
    hideResultsUntilClose: z.boolean(),
  })
  .superRefine((s, ctx) => {
    if (s.thresholdNumerator > s.thresholdDenominator) {
      ctx.addIssue({
        code: 'custom',
        path: ['thresholdNumerator'],
        message: 'must not exceed the threshold denominator (a threshold above 100% can never pass)',
      });
    }
    if (s.minimumWindowSeconds !== null && s.minimumWindowSeconds > s.votingWindowSeconds) {
      ctx.addIssue({ code: 'custom', path: ['minimumWindowSeconds'], message: 'must not exceed the default voting window' });
    }
  });

@Injectable()
export class GovernanceService {
  constructor(private readonly audit: AuditService) {}

  /** The settings row, created with the defaults the first time it is needed. */
  async settings(ctx: RequestContext): Promise<GovernanceSettingsEntity> {
    const existing = await ctx.manager.findOneBy(GovernanceSettingsEntity, { id: 1 });
    if (existing) return existing;
    await ctx.manager.createQueryBuilder().insert().into(GovernanceSettingsEntity).values({ id: 1 }).orIgnore().execute();
    return ctx.manager.findOneByOrFail(GovernanceSettingsEntity, { id: 1 });
  }

  async update(ctx: RequestContext, input: UpdateGovernanceSettingsInput): Promise<GovernanceSettingsEntity> {
    const user = requireUser(ctx);
    const current = await this.settings(ctx);
    const given = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined && value !== null));
    const merged = { ...pick(current), ...given };
    if (input.minimumWindowSeconds === 0) merged.minimumWindowSeconds = null;
    const next = parseInput(settingsSchema, merged);
    await ctx.manager.update(GovernanceSettingsEntity, { id: 1 }, { ...next, updatedBy: user.id });
    await this.audit.record(ctx, {
      action: 'governance.updated',
      subjectType: 'governance',
      subjectId: '1',
      data: { before: pick(current), after: next },
    });
    return ctx.manager.findOneByOrFail(GovernanceSettingsEntity, { id: 1 });
  }
}

function pick(settings: GovernanceSettingsEntity) {
  const { votingWindowSeconds, minimumWindowSeconds, quorumPercent, thresholdNumerator, thresholdDenominator, hideResultsUntilClose } =
    settings;
  return { votingWindowSeconds, minimumWindowSeconds, quorumPercent, thresholdNumerator, thresholdDenominator, hideResultsUntilClose };
}
