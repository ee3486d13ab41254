import { Injectable } from '@nestjs/common';
import { CommonErrors } from '../common/domain-error.js';
import type { RequestContext } from '../common/request-context.js';
import { SEARCH_KINDS, type SearchArgs, type SearchConnection, type SearchKind } from './search.types.js';

const MAX_PAGE = 50;
const MAX_QUERY = 200;
// ts_headline marks matches with these; they cannot come from stored text (control characters are refused on input).
const START = '\u0002';
const STOP = '\u0003';
const HEADLINE = `StartSel=${START}, StopSel=${STOP}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;

type Row = { kind: SearchKind; title: string; headline: string; url: string; rank: number; total: number };

/**
 * PostgreSQL full-text search (English): proposals, comments and case studies through their generated, GIN-indexed
 * `search_vector` columns, the working draft's measures (name and aliases weigh like a title, the definition like a body) read from
 * its document. `websearch_to_tsquery` parses what people type; results are ranked with `ts_rank` and shown with
 * `ts_headline` snippets. What the reader may not see never matches: other people's drafts, hidden comments, comments
 * on drafts, case studies that are drafts or hidden (only published ones match).
 */
@Injectable()
export class SearchService {
  async search(ctx: RequestContext, args: SearchArgs): Promise<SearchConnection> {
    const text = args.query.trim();
    if (text.length === 0) throw CommonErrors.badInput([{ path: 'query', message: 'must not be empty' }]);
    if (text.length > MAX_QUERY) throw CommonErrors.badInput([{ path: 'query', message: `must be at most ${MAX_QUERY} characters` }]);
    const kinds = args.kinds && args.kinds.length > 0 ? args.kinds : [...SEARCH_KINDS];
    const first = Math.min(Math.max(args.first, 1), MAX_PAGE);
    const offset = args.after ? decodeCursor(args.after) : 0;
    const rows = (await ctx.manager.query(
      `WITH q AS (SELECT websearch_to_tsquery('english', $1) AS query),
       draft AS (SELECT document FROM draft_revisions ORDER BY revision DESC LIMIT 1),
       hits AS (
         SELECT 'MEASURE' AS kind, 1 AS kind_order, m->>'name' AS title,
                ts_headline('english', m->>'definition', q.query, $5) AS headline,
                '/measures/' || (m->>'key') AS url,
                ts_rank(setweight(to_tsvector('english', (m->>'name') || ' ' || coalesce((SELECT string_agg(a, ' ') FROM jsonb_array_elements_text(m->'aliases') a), '')), 'A')
                        || setweight(to_tsvector('english', m->>'definition'), 'B'), q.query) AS rank
           FROM draft, q, jsonb_array_elements(draft.document->'measures') m
          WHERE 'MEASURE' = ANY($2::text[])
            AND (setweight(to_tsvector('english', (m->>'name') || ' ' || coalesce((SELECT string_agg(a, ' ') FROM jsonb_array_elements_text(m->'aliases') a), '')), 'A')
                 || setweight(to_tsvector('english', m->>'definition'), 'B')) @@ q.query
         UNION ALL
         SELECT 'PROPOSAL', 2, '#' || p.number || ' ' || p.title,
                ts_headline('english', p.summary, q.query, $5), '/proposals/' || p.number, ts_rank(p.search_vector, q.query)
           FROM proposals p, q
          WHERE 'PROPOSAL' = ANY($2::text[]) AND p.search_vector @@ q.query
            AND (p.status <> 'DRAFT' OR p.author_id = $3)
         UNION ALL
         SELECT 'COMMENT', 3, u.display_name || ' on #' || p.number || ' ' || p.title,
                ts_headline('english', c.body, q.query, $5), '/proposals/' || p.number || '#comment-' || c.id, ts_rank(c.search_vector, q.query)
           FROM comments c JOIN proposals p ON p.id = c.proposal_id JOIN users u ON u.id = c.author_id, q
          WHERE 'COMMENT' = ANY($2::text[]) AND c.search_vector @@ q.query
            AND c.hidden_at IS NULL AND p.status <> 'DRAFT'
         UNION ALL
         SELECT 'CASE_STUDY', 4, cs.title,
                ts_headline('english', cs.summary || ' ' || cs.body, q.query, $5), '/case-studies/' || cs.id, ts_rank(cs.search_vector, q.query)
           FROM case_studies cs, q
          WHERE 'CASE_STUDY' = ANY($2::text[]) AND cs.search_vector @@ q.query AND cs.status = 'PUBLISHED'
       )
       SELECT kind, title, headline, url, rank::float8 AS rank, count(*) OVER (PARTITION BY kind)::int AS total
         FROM hits ORDER BY kind_order, rank DESC, url LIMIT $4 OFFSET $6`,
      [text, kinds, ctx.user?.id ?? null, first + 1, HEADLINE, offset],
    )) as Row[];
    const counts = (await ctx.manager.query(
      `WITH q AS (SELECT websearch_to_tsquery('english', $1) AS query),
       draft AS (SELECT document FROM draft_revisions ORDER BY revision DESC LIMIT 1)
       SELECT 'MEASURE' AS kind, count(*)::int AS count FROM draft, q, jsonb_array_elements(draft.document->'measures') m
        WHERE 'MEASURE' = ANY($2::text[]) AND to_tsvector('english', (m->>'name') || ' ' || coalesce((SELECT string_agg(a, ' ') FROM jsonb_array_elements_text(m->'aliases') a), '') || ' ' || (m->>'definition')) @@ q.query
       UNION ALL
       SELECT 'PROPOSAL', count(*)::int FROM proposals p, q
        WHERE 'PROPOSAL' = ANY($2::text[]) AND p.search_vector @@ q.query AND (p.status <> 'DRAFT' OR p.author_id = $3)
       UNION ALL
       SELECT 'COMMENT', count(*)::int FROM comments c JOIN proposals p ON p.id = c.proposal_id, q
        WHERE 'COMMENT' = ANY($2::text[]) AND c.search_vector @@ q.query AND c.hidden_at IS NULL AND p.status <> 'DRAFT'
       UNION ALL
       SELECT 'CASE_STUDY', count(*)::int FROM case_studies cs, q
        WHERE 'CASE_STUDY' = ANY($2::text[]) AND cs.search_vector @@ q.query AND cs.status = 'PUBLISHED'`,
      [text, kinds, ctx.user?.id ?? null],
    )) as { kind: SearchKind; count: number }[];
    const page = rows.slice(0, first);
    const totalCount = counts.reduce((sum, row) => sum + row.count, 0);
    return {
      nodes: page.map((row) => ({
        kind: row.kind,
        title: row.title,
        snippet: row.headline.replaceAll(START, '').replaceAll(STOP, ''),
        snippetHtml: markHtml(row.headline),
        url: row.url,
        rank: row.rank,
      })),
      pageInfo: { hasNextPage: rows.length > first, endCursor: page.length > 0 ? encodeCursor(offset + page.length) : null },
      totalCount,
      counts: counts.filter((row) => kinds.includes(row.kind)),
    };
  }
}

/** The headline HTML-escaped, with each match (between START and STOP) in <mark>. */
export function markHtml(headline: string): string {
  const escape = (text: string) =>
    text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
  return headline
    .split(START)
    .map((part, index) => {
      if (index === 0) return escape(part.replaceAll(STOP, ''));
      const [marked = '', ...rest] = part.split(STOP);
      return `<mark>${escape(marked)}</mark>${escape(rest.join(''))}`;
    })
    .join('');
}

function encodeCursor(offset: number): string {
  return Buffer.from(`o${offset}`).toString('base64url');
}

function decodeCursor(cursor: string): number {
  const match = /^o(\d{1,6})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw CommonErrors.badInput([{ path: 'after', message: 'is not a cursor this API returned' }]);
  return Number(match[1]);
}
