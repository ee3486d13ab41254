import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DEFAULT_DELIVERY, mentionedHandles, type NotificationKind, type ProposalStatus, PUBLIC_STATUSES } from '@ocmf/standard';
import type { RequestContext } from '../common/request-context.js';
import type { DomainEventType, EventOf } from '../events/domain-events.js';
import { MailQueue } from '../email/mail-queue.js';
import { Outbox, type OutboxEvent } from '../outbox/outbox.js';
import { PERMISSIONS } from '../users/role.js';

/** The events that notify someone, or make someone follow a proposal. */
const EVENT_TYPES = [
  'ProposalCreated',
  'ProposalStatusChanged',
  'VotingOpened',
  'VoteCast',
  'CommentAdded',
  'CommentFlagged',
  'ReleasePublished',
  'UserRoleChanged',
  'CaseStudyPublished',
] as const satisfies readonly DomainEventType[];

export const NOTIFYING_EVENT_TYPES: ReadonlySet<DomainEventType> = new Set(EVENT_TYPES);

/** A notice before it is addressed: the same for every recipient of one kind. */
export type Notice = { kind: NotificationKind; title: string; body: string; path: string };

const STATUS_WORDS: Record<ProposalStatus, string> = {
  DRAFT: 'is a draft again',
  DISCUSSION: 'is open for discussion',
  VOTING: 'is put to a vote',
  ACCEPTED: 'was accepted',
  REJECTED: 'was rejected',
  MERGED: 'was merged into the working draft',
  RELEASED: 'was released',
  WITHDRAWN: 'was withdrawn',
};

const EXCERPT = 200;

/**
 * The outbox's notifications consumer: inside the publishing transaction it decides who is told what and writes
 * their notifications (and, for those who chose "email now", the email), so a change that rolls back tells nobody
 * and one that commits tells everyone it should, even if the process dies the next moment.
 *
 * The rules: nobody is told of their own action; nobody is told of what they may not see (a draft is its author's,
 * votes under hidden results are told to nobody: VoteCast only makes the voter follow); deactivated accounts are
 * told nothing. One event gives each person at most one notification (a mention outranks a reply, which outranks
 * "a comment on a proposal you follow"): the outbox event's id is each notification's dedupe key.
 */
@Injectable()
export class NotificationConsumer implements OnModuleInit {
  constructor(
    private readonly outbox: Outbox,
    private readonly mail: MailQueue,
  ) {}

  onModuleInit(): void {
    this.outbox.register({
      name: 'notifications',
      eventTypes: EVENT_TYPES,
      // A changed vote has nothing to do: the voter's first vote already made them follow, or they chose not to.
      wants: (event) => event.type !== 'VoteCast' || event.first,
      enqueue: (ctx, event) => this.enqueue(ctx, event),
    });
  }

  private async enqueue(ctx: RequestContext, stored: OutboxEvent): Promise<void> {
    const event = stored.event;
    switch (event.type) {
      case 'ProposalCreated':
        return this.autoFollow(ctx, event.authorId, event.proposalNumber);
      case 'VoteCast':
        return this.autoFollow(ctx, event.voterId, event.proposalNumber);
      case 'CommentAdded':
        return this.commentAdded(ctx, stored, event);
      case 'ProposalStatusChanged':
        return this.statusChanged(ctx, stored, event);
      case 'VotingOpened':
        await this.notify(ctx, stored, event.electorIds, {
          kind: 'VOTING_OPENED',
          title: `Vote open on #${event.proposalNumber} ${event.title}`,
          body: `Cast your vote before ${formatUtc(event.closesAt)}.`,
          path: `/proposals/${event.proposalNumber}#voting-title`,
        });
        return;
      case 'CommentFlagged': {
        const title = await this.proposalTitle(ctx, event.proposalNumber);
        await this.notify(ctx, stored, await this.usersWithRoles(ctx, PERMISSIONS['comment:moderate']), {
          kind: 'COMMENT_FLAGGED',
          title: `A comment on #${event.proposalNumber} ${title} was flagged`,
          body: event.reason,
          path: '/moderation',
        });
        return;
      }
      case 'ReleasePublished': {
        const rows = (await ctx.manager.query(
          `SELECT u.id FROM users u WHERE u.deactivated_at IS NULL AND NOT EXISTS
             (SELECT 1 FROM follows f WHERE f.user_id = u.id AND f.kind = 'RELEASES' AND f.key = 'all' AND NOT f.following)`,
        )) as { id: string }[];
        await this.notify(
          ctx,
          stored,
          rows.map((row) => row.id),
          {
            kind: 'RELEASE_PUBLISHED',
            title: `Release ${event.version} “${event.title}” is published`,
            body: event.proposalNumbers.length > 0 ? `It brings in ${event.proposalNumbers.map((n) => `#${n}`).join(', ')}.` : '',
            path: `/releases/${event.version}`,
          },
        );
        return;
      }
      case 'CaseStudyPublished':
        return this.caseStudyPublished(ctx, stored, event);
      case 'UserRoleChanged':
        await this.notify(ctx, stored, [event.userId], {
          kind: 'ROLE_CHANGED',
          title: `Your role is now ${event.to.replace('_', ' ').toLowerCase()} (was ${event.from.replace('_', ' ').toLowerCase()})`,
          body: event.reason ?? '',
          path: '/notifications',
        });
        return;
      default:
        return;
    }
  }

  private async commentAdded(ctx: RequestContext, stored: OutboxEvent, event: EventOf<'CommentAdded'>): Promise<void> {
    await this.autoFollow(ctx, event.authorId, event.proposalNumber);
    const [comment] = (await ctx.manager.query(
      `SELECT c.body, p.title, p.author_id, a.display_name AS actor, parent.author_id AS parent_author
         FROM comments c JOIN proposals p ON p.id = c.proposal_id JOIN users a ON a.id = c.author_id
         LEFT JOIN comments parent ON parent.id = c.parent_id
        WHERE c.id = $1`,
      [event.commentId],
    )) as { body: string; title: string; author_id: string; actor: string; parent_author: string | null }[];
    if (!comment) return;
    const place = `#${event.proposalNumber} ${comment.title}`;
    const notice = (kind: NotificationKind, what: string): Notice => ({
      kind,
      title: `${comment.actor} ${what} ${place}`,
      body: excerpt(comment.body),
      path: `/proposals/${event.proposalNumber}#comment-${event.commentId}`,
    });
    const handles = mentionedHandles(comment.body);
    const mentioned = handles.length
      ? ((await ctx.manager.query('SELECT id FROM users WHERE handle = ANY($1::text[])', [handles])) as { id: string }[]).map((r) => r.id)
      : [];
    const told = new Set<string>();
    const once = (ids: string[]) => ids.filter((id) => !told.has(id) && told.add(id));
    await this.notify(ctx, stored, once(mentioned), notice('MENTIONED', 'mentioned you on'));
    await this.notify(
      ctx,
      stored,
      once(comment.parent_author ? [comment.parent_author] : []),
      notice('COMMENT_REPLIED', 'replied to your comment on'),
    );
    await this.notify(
      ctx,
      stored,
      once(await this.proposalFollowers(ctx, event.proposalNumber)),
      notice('PROPOSAL_COMMENTED', 'commented on'),
    );
  }

  private async statusChanged(ctx: RequestContext, stored: OutboxEvent, event: EventOf<'ProposalStatusChanged'>): Promise<void> {
    // A proposal that is not public (a draft, withdrawn as a draft) is its author's alone, and the author did it.
    if (!PUBLIC_STATUSES.includes(event.to) || (event.from === 'DRAFT' && event.to === 'WITHDRAWN')) return;
    let followers = await this.proposalFollowers(ctx, event.proposalNumber);
    if (event.to === 'VOTING') {
      // The electors hear of the vote itself (VotingOpened), with its deadline: once is enough.
      const electors = (await ctx.manager.query(
        'SELECT e.user_id FROM ballot_electors e JOIN ballots b ON b.id = e.ballot_id WHERE b.proposal_id = $1',
        [event.proposalId],
      )) as { user_id: string }[];
      const skip = new Set(electors.map((row) => row.user_id));
      followers = followers.filter((id) => !skip.has(id));
    }
    const [proposal] = (await ctx.manager.query('SELECT released_in FROM proposals WHERE id = $1', [event.proposalId])) as {
      released_in: string | null;
    }[];
    const words = event.to === 'RELEASED' && proposal?.released_in ? `was released in ${proposal.released_in}` : STATUS_WORDS[event.to];
    const told = new Set(
      await this.notify(ctx, stored, followers, {
        kind: 'PROPOSAL_STATUS_CHANGED',
        title: `#${event.proposalNumber} ${event.title} ${words}`,
        body: event.reason ?? '',
        path: `/proposals/${event.proposalNumber}`,
      }),
    );
    if (event.from !== 'DRAFT' || event.to !== 'DISCUSSION') return;
    // A new proposal: those who follow a measure or category it touches.
    const watchers = (await ctx.manager.query(
      `SELECT DISTINCT f.user_id FROM follows f JOIN proposals p ON p.id = $1
        WHERE f.following AND ((f.kind = 'MEASURE' AND f.key = ANY(p.touched_measures)) OR (f.kind = 'CATEGORY' AND f.key = ANY(p.touched_categories)))`,
      [event.proposalId],
    )) as { user_id: string }[];
    await this.notify(
      ctx,
      stored,
      watchers.map((row) => row.user_id).filter((id) => !told.has(id)),
      {
        kind: 'FOLLOWED_PROPOSAL_SUBMITTED',
        title: `New proposal #${event.proposalNumber} ${event.title}`,
        body: 'It changes a measure or category you follow.',
        path: `/proposals/${event.proposalNumber}`,
      },
    );
  }

  /** A published case study: those who follow a measure it reports an outcome on, or that measure's category. */
  private async caseStudyPublished(ctx: RequestContext, stored: OutboxEvent, event: EventOf<'CaseStudyPublished'>): Promise<void> {
    const rows = (await ctx.manager.query(
      `SELECT DISTINCT f.user_id, cs.summary FROM case_studies cs JOIN follows f
          ON f.following AND ((f.kind = 'MEASURE' AND f.key = ANY(cs.measure_keys)) OR (f.kind = 'CATEGORY' AND f.key = ANY(cs.category_keys)))
        WHERE cs.id = $1 AND cs.status = 'PUBLISHED'`,
      [event.caseStudyId],
    )) as { user_id: string; summary: string }[];
    if (rows.length === 0) return;
    await this.notify(
      ctx,
      stored,
      rows.map((row) => row.user_id).filter((id) => id !== event.authorId),
      {
        kind: 'FOLLOWED_CASE_STUDY_PUBLISHED',
        title: `New case study “${event.title}”`,
        body: excerpt(rows[0]!.summary),
        path: `/case-studies/${event.caseStudyId}`,
      },
    );
  }

  /**
   * Writes one notice to each recipient who may receive it (not the actor, not deactivated), with the delivery each
   * chose for its kind, and queues the email of those who chose "email now". Returns who was notified.
   */
  async notify(ctx: RequestContext, stored: OutboxEvent, recipientIds: string[], notice: Notice): Promise<string[]> {
    const recipients = recipientIds.filter((id) => id !== stored.event.actorId);
    if (recipients.length === 0) return [];
    return this.write(ctx, recipients, notice, stored.event.actorId, stored.id);
  }

  /** The insert itself, for events and for scheduled notices (reminders) alike. */
  async write(ctx: RequestContext, recipientIds: string[], notice: Notice, actorId: string | null, dedupeKey: string): Promise<string[]> {
    const rows = (await ctx.manager.query(
      `INSERT INTO notifications (recipient_id, kind, actor_id, title, body, path, dedupe_key, delivery)
       SELECT u.id, $2, $3, $4, $5, $6, $7, COALESCE(p.delivery, $8::notification_delivery)
         FROM users u LEFT JOIN notification_preferences p ON p.user_id = u.id AND p.kind = $2
        WHERE u.id = ANY($1::uuid[]) AND u.deactivated_at IS NULL
       ON CONFLICT (recipient_id, dedupe_key) DO NOTHING
       RETURNING id, recipient_id, delivery`,
      [recipientIds, notice.kind, actorId, notice.title, notice.body, notice.path, dedupeKey, DEFAULT_DELIVERY[notice.kind]],
    )) as { id: string; recipient_id: string; delivery: string }[];
    const now = rows.filter((row) => row.delivery === 'EMAIL_NOW');
    if (now.length > 0 && this.mail.enabled) {
      // Only to a confirmed address: someone may have signed up with an address that is not theirs.
      const users = (await ctx.manager.query('SELECT id, email FROM users WHERE id = ANY($1::uuid[]) AND email_verified_at IS NOT NULL', [
        now.map((row) => row.recipient_id),
      ])) as {
        id: string;
        email: string;
      }[];
      for (const row of now) {
        const to = users.find((user) => user.id === row.recipient_id)?.email;
        if (!to) continue;
        await this.mail.queue(ctx, {
          recipientId: row.recipient_id,
          to,
          subject: notice.title,
          text: `${notice.title}\n\n${notice.body ? `${notice.body}\n\n` : ''}${this.mail.link(notice.path)}\n`,
          unsubscribeScope: notice.kind,
          dedupeKey: `notification:${row.id}`,
        });
      }
    }
    return rows.map((row) => row.recipient_id);
  }

  private async autoFollow(ctx: RequestContext, userId: string, proposalNumber: number): Promise<void> {
    await ctx.manager.query(
      `INSERT INTO follows (user_id, kind, key, following, automatic) VALUES ($1, 'PROPOSAL', $2, true, true) ON CONFLICT DO NOTHING`,
      [userId, String(proposalNumber)],
    );
  }

  private async proposalFollowers(ctx: RequestContext, proposalNumber: number): Promise<string[]> {
    const rows = (await ctx.manager.query(`SELECT user_id FROM follows WHERE kind = 'PROPOSAL' AND key = $1 AND following`, [
      String(proposalNumber),
    ])) as { user_id: string }[];
    return rows.map((row) => row.user_id);
  }

  private async usersWithRoles(ctx: RequestContext, roles: readonly string[]): Promise<string[]> {
    const rows = (await ctx.manager.query('SELECT id FROM users WHERE role::text = ANY($1::text[])', [[...roles]])) as { id: string }[];
    return rows.map((row) => row.id);
  }

  private async proposalTitle(ctx: RequestContext, number: number): Promise<string> {
    const [row] = (await ctx.manager.query('SELECT title FROM proposals WHERE number = $1', [number])) as { title: string }[];
    return row?.title ?? '';
  }
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT ? `${flat.slice(0, EXCERPT - 1)}…` : flat;
}

function formatUtc(iso: string): string {
  return `${iso.slice(0, 16).replace('T', ' ')} UTC`;
}
