import { Injectable } from '@nestjs/common';
import type { RequestContext } from '../common/request-context.js';
import { AuditEventEntity } from './audit-event.entity.js';

export type AuditRecord = {
  action: string;
  subjectType: string;
  subjectId: string;
  fromState?: string | null;
  toState?: string | null;
  reason?: string | null;
  data?: Record<string, unknown>;
};

/**
 * Appends audit events inside the caller's transaction, so an event exists exactly when its change does. The
 * actor is whoever the context says is acting (null for the system: a vote closing at its deadline).
 */
@Injectable()
export class AuditService {
  async record(ctx: RequestContext, event: AuditRecord): Promise<void> {
    await ctx.manager.insert(AuditEventEntity, {
      actorId: ctx.user?.id ?? null,
      action: event.action,
      subjectType: event.subjectType,
      subjectId: event.subjectId,
      fromState: event.fromState ?? null,
      toState: event.toState ?? null,
      reason: event.reason ?? null,
      data: (event.data ?? {}) as never,
    });
  }
}
