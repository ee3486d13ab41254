/**
 * Baseline B: the least a server must do to answer the web app's Home and Proposal queries. `node:http` and
 * `pg`, one SQL statement per request that gathers every row as JSON (`json_agg`), the same pure helpers as
 * the app (Markdown, change descriptions, the preview), and the answer's shape taken from the web app's own
 * documents. No GraphQL engine, no ORM, no per-field resolvers.
 *
 * Paths: `/per-request/graphql` renders each Markdown source on every request; `/once/graphql` renders each
 * source once (cached by source), as a server that stores the HTML would (the app stores it: summary_html, body_html).
 *
 * Run as its own process (the bench's load generator must not share its event loop):
 *   DATABASE_URL=… PORT=… node --import tsx baseline-server.ts
 */
import http from 'node:http';
import { ANONYMOUS_ORGANIZATION, applyChanges, type Change, type FrameworkDocument } from '@ocmf/standard';
import { Kind, visit } from 'graphql';
import pg from 'pg';
import { loadAppModules } from './support/app-modules.js';
import { type WebOperation, webOperation } from './support/documents.js';
import { project, type Shape, shapeOf } from './support/projection.js';

const ISO = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const USER = (alias: string) =>
  `json_build_object('id', ${alias}.id, 'displayName', ${alias}.display_name, 'handle', ${alias}.handle, 'role', ${alias}.role, 'email', NULL, 'createdAt', ${ISO(`${alias}.created_at`)})`;

const HOME_SQL = `SELECT json_build_object(
  'draft', (SELECT json_build_object('revision', d.revision, 'updatedAt', ${ISO('d.created_at')}, 'document', d.document)
              FROM draft_revisions d ORDER BY d.revision DESC LIMIT 1),
  'releases', (SELECT coalesce(json_agg(json_build_object(
                  'version', r.version, 'title', r.title, 'notes', r.notes, 'publishedAt', ${ISO('r.published_at')},
                  'contentHash', r.content_hash, 'draftRevision', r.draft_revision, 'previousVersion', r.previous_version)
                ORDER BY r.major DESC, r.minor DESC, r.patch DESC), '[]'::json) FROM releases r),
  'usageCounts', json_build_object(
    'organizations', (SELECT count(*)::int FROM adoptions a JOIN organizations o ON o.id = a.organization_id AND o.hidden_at IS NULL),
    'products', (SELECT count(*)::int FROM implementation_reports r JOIN products pr ON pr.id = r.product_id
                   JOIN organizations o ON o.id = pr.organization_id AND o.hidden_at IS NULL))
)::text AS body`;

const PROPOSAL_SQL = `WITH p AS (SELECT * FROM proposals WHERE number = $1 AND status <> 'DRAFT'),
b AS (SELECT * FROM ballots WHERE proposal_id = (SELECT id FROM p))
SELECT json_build_object(
  'proposal', (SELECT json_build_object(
      'id', p.id, 'number', p.number, 'title', p.title, 'summary', p.summary, 'status', p.status,
      'baseRevision', p.base_revision, 'mergedRevision', p.merged_revision, 'releasedIn', p.released_in,
      'touchedCategories', p.touched_categories, 'touchedMeasures', p.touched_measures, 'changeSet', p.changes,
      'createdAt', ${ISO('p.created_at')}, 'updatedAt', ${ISO('p.updated_at')}, 'lastActivityAt', ${ISO('p.last_activity_at')},
      'author', (SELECT ${USER('u')} FROM users u WHERE u.id = p.author_id)) FROM p),
  'comments', (SELECT coalesce(json_agg(json_build_object(
      'id', c.id, 'parentId', c.parent_id, 'body', c.body, 'createdAt', ${ISO('c.created_at')}, 'editedAt', ${ISO('c.edited_at')},
      'hiddenAt', ${ISO('c.hidden_at')}, 'hiddenReason', c.hidden_reason, 'author', ${USER('u')},
      'revisions', (SELECT coalesce(json_agg(json_build_object('body', r.body, 'writtenAt', ${ISO('r.written_at')}) ORDER BY r.written_at), '[]'::json)
                      FROM comment_revisions r WHERE r.comment_id = c.id))
    ORDER BY c.created_at, c.id), '[]'::json)
    FROM (SELECT * FROM comments WHERE proposal_id = (SELECT id FROM p) ORDER BY created_at, id LIMIT $2) c
    JOIN users u ON u.id = c.author_id),
  'commentCount', (SELECT count(*)::int FROM comments c WHERE c.proposal_id = (SELECT id FROM p)),
  'evidence', (SELECT coalesce(json_agg(json_build_object(
      'id', e.id, 'note', e.note, 'linkedBy', ${USER('u')},
      'caseStudy', json_build_object('id', s.id, 'title', s.title, 'organizationName', coalesce(s.organization, $3)))
    ORDER BY e.created_at, e.id), '[]'::json)
    FROM proposal_evidence e JOIN case_studies s ON s.id = e.case_study_id JOIN users u ON u.id = e.linked_by
    WHERE e.proposal_id = (SELECT id FROM p)),
  'impact', (SELECT coalesce(json_agg(json_build_object(
      'id', s.id, 'title', s.title, 'organizationName', coalesce(s.organization, $3), 'outcomes', s.outcomes)
    ORDER BY s.published_at DESC NULLS LAST, s.id DESC), '[]'::json)
    FROM case_studies s WHERE s.status = 'PUBLISHED' AND s.measure_keys && (SELECT touched_measures FROM p)),
  'history', (SELECT coalesce(json_agg(json_build_object(
      'id', e.id::text, 'action', e.action, 'fromStatus', e.from_state, 'toStatus', e.to_state, 'reason', e.reason,
      'at', ${ISO('e.created_at')}, 'actor', (SELECT ${USER('u')} FROM users u WHERE u.id = e.actor_id))
    ORDER BY e.created_at, e.id), '[]'::json)
    FROM audit_events e WHERE e.subject_type = 'proposal' AND e.subject_id = (SELECT id::text FROM p)),
  'ballot', (SELECT json_build_object(
      'id', b.id, 'openedAt', ${ISO('b.opened_at')}, 'closesAt', ${ISO('b.closes_at')}, 'closedAt', ${ISO('b.closed_at')},
      'electorate', b.electorate, 'quorumPercent', b.quorum_percent, 'thresholdNumerator', b.threshold_numerator,
      'thresholdDenominator', b.threshold_denominator, 'hideResultsUntilClose', b.hide_results_until_close,
      'approvals', b.approvals, 'rejections', b.rejections, 'abstentions', b.abstentions, 'outcome', b.outcome,
      'live', (SELECT json_build_object('approvals', count(*) FILTER (WHERE v.choice = 'APPROVE'),
                                        'rejections', count(*) FILTER (WHERE v.choice = 'REJECT'),
                                        'abstentions', count(*) FILTER (WHERE v.choice = 'ABSTAIN'))
                 FROM votes v WHERE v.ballot_id = b.id),
      'votes', (SELECT coalesce(json_agg(json_build_object('choice', v.choice, 'rationale', v.rationale, 'castAt', ${ISO('v.cast_at')},
                  'current', true, 'voter', ${USER('u')}) ORDER BY v.cast_at), '[]'::json)
                  FROM votes v JOIN users u ON u.id = v.voter_id WHERE v.ballot_id = b.id),
      'historyTotal', (SELECT count(*) FROM vote_history h WHERE h.ballot_id = b.id),
      'historyVoters', (SELECT count(DISTINCT h.voter_id) FROM vote_history h WHERE h.ballot_id = b.id),
      'history', (SELECT coalesce(json_agg(json_build_object('id', h.id::text, 'choice', h.choice, 'rationale', h.rationale,
                  'castAt', ${ISO('h.cast_at')},
                  'current', EXISTS (SELECT 1 FROM votes v WHERE v.ballot_id = h.ballot_id AND v.voter_id = h.voter_id
                                       AND v.cast_at = h.cast_at),
                  'voter', ${USER('u')}) ORDER BY h.cast_at, h.id), '[]'::json)
                  FROM (SELECT * FROM vote_history h WHERE h.ballot_id = b.id ORDER BY h.cast_at, h.id LIMIT $4) h
                  JOIN users u ON u.id = h.voter_id)) FROM b),
  'current', (SELECT json_build_object('revision', d.revision, 'document', d.document) FROM draft_revisions d ORDER BY d.revision DESC LIMIT 1),
  'base', (SELECT d.document FROM draft_revisions d WHERE d.revision = (SELECT base_revision FROM p)),
  'mergedBefore', (SELECT d.document FROM draft_revisions d WHERE d.revision = (SELECT merged_revision - 1 FROM p)),
  'mergedAfter', (SELECT d.document FROM draft_revisions d WHERE d.revision = (SELECT merged_revision FROM p)),
  'settings', (SELECT json_build_object(
      'votingWindowSeconds', g.voting_window_seconds, 'minimumWindowSeconds', g.minimum_window_seconds,
      'quorumPercent', g.quorum_percent, 'thresholdNumerator', g.threshold_numerator,
      'thresholdDenominator', g.threshold_denominator, 'hideResultsUntilClose', g.hide_results_until_close,
      'updatedAt', ${ISO('g.updated_at')}) FROM governance_settings g WHERE g.id = 1)
)::text AS body`;

type Row = Record<string, unknown>;
type User = Row;
type ProposalRows = {
  proposal: (Row & { number: number; summary: string; mergedRevision: number | null; changeSet: Change[] }) | null;
  comments: (Row & { id: string; body: string; hiddenAt: string | null; revisions: { body: string; writtenAt: string }[]; author: User })[];
  commentCount: number;
  evidence: Row[];
  impact: Row[];
  history: Row[];
  ballot:
    | (Row & {
        closesAt: string;
        closedAt: string | null;
        electorate: number;
        quorumPercent: number;
        hideResultsUntilClose: boolean;
        approvals: number | null;
        rejections: number | null;
        abstentions: number | null;
        outcome: string | null;
        live: { approvals: number; rejections: number; abstentions: number };
        votes: Row[];
        historyTotal: number;
        historyVoters: number;
        history: (Row & { id: string })[];
      })
    | null;
  current: { revision: number; document: FrameworkDocument };
  base: FrameworkDocument | null;
  mergedBefore: FrameworkDocument | null;
  mergedAfter: FrameworkDocument | null;
  settings: Row;
};

type Markdown = (source: string) => string;

const app = await loadAppModules();
const cache = new Map<string, string>();
const renderOnce: Markdown = (source) => {
  let html = cache.get(source);
  if (html === undefined) cache.set(source, (html = app.renderMarkdown(source)));
  return html;
};

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const shapes: Record<string, Shape> = { Home: shapeOf(webOperation('Home')), Proposal: shapeOf(webOperation('Proposal')) };
const COMMENT_PAGE = pageSize(webOperation('Proposal'), 'commentPage', 50);
const HISTORY_PAGE = pageSize(webOperation('Proposal'), 'historyPage', 20);

/** The `first` the web app's Proposal document asks of the page field `name` (the app's default when it asks none). */
function pageSize(operation: WebOperation, name: string, defaultSize: number): number {
  let first = defaultSize;
  visit(operation.document, {
    Field(field) {
      if (field.name.value !== name) return;
      const argument = field.arguments?.find((a) => a.name.value === 'first');
      if (argument?.value.kind === Kind.INT) first = Math.min(Math.max(Number(argument.value.value), 1), 100);
    },
  });
  return first;
}

async function home(): Promise<unknown> {
  const { rows } = await pool.query<{ body: string }>(HOME_SQL);
  const data = JSON.parse(rows[0]!.body) as { draft: Row & { document: FrameworkDocument }; releases: Row[]; usageCounts: Row };
  const draft = data.draft;
  return { draft: draft && { ...draft, ...app.documentView(draft.document) }, releases: data.releases, usageCounts: data.usageCounts };
}

async function proposal(number: number, md: Markdown): Promise<unknown> {
  // One comment past the page says whether there is a next one.
  const { rows } = await pool.query<{ body: string }>(PROPOSAL_SQL, [number, COMMENT_PAGE + 1, ANONYMOUS_ORGANIZATION, HISTORY_PAGE + 1]);
  const data = JSON.parse(rows[0]!.body) as ProposalRows;
  const p = data.proposal;
  if (!p) throw new Error(`No proposal #${number}`);
  const merged = p.mergedRevision !== null;
  return {
    me: null,
    governanceSettings: data.settings,
    proposal: {
      ...p,
      viewerCanEdit: false,
      get summaryHtml() {
        return md(p.summary);
      },
      get changes() {
        // GraphQL serialises the ChangeKind enum by its names (ADDED, CHANGED, …), the upper-cased internal values.
        return app
          .changesToType(p.changeSet, merged ? data.mergedBefore! : data.current.document)
          .map((change) => ({ ...change, kind: String(change.kind).toUpperCase() }));
      },
      get preview() {
        if (merged) {
          return {
            applies: true,
            againstRevision: p.mergedRevision! - 1,
            conflicts: [],
            issues: [],
            before: data.mergedBefore,
            after: data.mergedAfter,
          };
        }
        const result = applyChanges(data.current.document, p.changeSet, { base: data.base! });
        return {
          applies: result.ok,
          againstRevision: data.current.revision,
          conflicts: result.ok ? [] : result.conflicts,
          issues: result.ok ? [] : result.issues.filter((issue) => issue.code !== 'CONFLICT'),
          before: data.current.document,
          after: result.document,
        };
      },
      history: data.history,
      voting: data.ballot && voting(data.ballot),
      evidence: data.evidence.map((e) => ({ ...e, viewerCanRemove: false })),
      impact: { caseStudies: data.impact },
      commentPage: commentPage(data, p.number, md),
    },
  };
}

/** The first page of the discussion, as `commentPage(first: COMMENT_PAGE)` answers it to an anonymous reader. */
function commentPage(data: ProposalRows, proposalNumber: number, md: Markdown): Row {
  const comments = data.comments.slice(0, COMMENT_PAGE);
  return {
    totalCount: data.commentCount,
    hasNextPage: data.comments.length > COMMENT_PAGE,
    endCursor: comments.at(-1)?.id ?? null,
    nodes: comments.map((c) => {
      const hidden = c.hiddenAt !== null;
      return {
        ...c,
        proposalNumber,
        hidden,
        body: hidden ? null : c.body,
        get bodyHtml() {
          return hidden ? null : md(c.body);
        },
        openFlagCount: 0,
        viewerHasFlagged: false,
        viewerCanEdit: false,
        get revisions() {
          return hidden ? [] : c.revisions.map((r) => ({ ...r, bodyHtml: md(r.body) }));
        },
      };
    }),
  };
}

function voting(ballot: NonNullable<ProposalRows['ballot']>): Row {
  if (ballot.outcome !== null) throw new Error('The baseline serves open votes only');
  const resultsHidden = ballot.hideResultsUntilClose && ballot.closedAt === null;
  const counts =
    ballot.closedAt === null
      ? ballot.live
      : { approvals: ballot.approvals!, rejections: ballot.rejections!, abstentions: ballot.abstentions! };
  return {
    ...ballot,
    isOpen: ballot.closedAt === null && Date.parse(ballot.closesAt) > Date.now(),
    quorumVotesNeeded: Math.ceil((ballot.quorumPercent * ballot.electorate) / 100),
    resultsHidden,
    tally: resultsHidden ? null : { ...counts, voted: counts.approvals + counts.rejections + counts.abstentions },
    outcomeReason: null,
    viewerCanVote: false,
    viewerVote: null,
    votes: resultsHidden ? [] : ballot.votes,
    historyPage: resultsHidden
      ? { totalCount: 0, changedCount: 0, hasNextPage: false, endCursor: null, nodes: [] }
      : {
          totalCount: ballot.historyTotal,
          changedCount: ballot.historyTotal - ballot.historyVoters,
          hasNextPage: ballot.history.length > HISTORY_PAGE,
          endCursor: ballot.history.slice(0, HISTORY_PAGE).at(-1)?.id ?? null,
          nodes: ballot.history.slice(0, HISTORY_PAGE),
        },
  };
}

const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    const md: Markdown | null = req.url === '/per-request/graphql' ? app.renderMarkdown : req.url === '/once/graphql' ? renderOnce : null;
    const answer = async () => {
      if (!md || req.method !== 'POST') return { status: 404, body: { errors: [{ message: `No ${req.method} ${req.url}` }] } };
      const { operationName, variables } = JSON.parse(Buffer.concat(chunks).toString()) as { operationName: string; variables?: Row };
      const shape = shapes[operationName];
      if (!shape) return { status: 400, body: { errors: [{ message: `The baseline does not serve ${operationName}` }] } };
      const root = operationName === 'Home' ? await home() : await proposal(Number(variables?.number), md);
      return { status: 200, body: { data: project(root, shape) } };
    };
    void answer()
      .catch((error: unknown) => ({ status: 500, body: { errors: [{ message: error instanceof Error ? error.message : String(error) }] } }))
      .then(({ status, body }) => {
        const text = JSON.stringify(body);
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
        res.end(text);
      });
  });
});

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  console.log(`baseline listening on ${typeof address === 'object' && address ? address.port : address}`);
});
process.once('SIGTERM', () => {
  server.close();
  void pool.end().then(() => process.exit(0));
});
