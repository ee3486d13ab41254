import { Inject, Injectable } from '@nestjs/common';
import { canonicalJson, DECIDED_STATUSES, type ProposalStatus } from '@ocmf/standard';
import { CaseStudiesService } from '../case-studies/case-studies.service.js';
import type { CaseStudyType } from '../case-studies/case-study.types.js';
import type { RequestContext } from '../common/request-context.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { renderMarkdown } from '../markdown/markdown.js';
import type { ReleaseEntity } from '../releases/release.entity.js';
import { ReleasesService } from '../releases/releases.service.js';
import { escapeHtml, type FeedDefinition, type FeedEntry } from './feed-documents.js';

const ENTRIES = 50;
const AUTHOR = { name: 'OCMF Commons', link: 'https://ocmfgroup.org' };
const COPYRIGHT = 'The OCMF content is licensed CC BY 4.0; see https://ocmfgroup.org for the latest version.';

const DECISION_WORDS: Partial<Record<ProposalStatus, string>> = {
  ACCEPTED: 'accepted',
  REJECTED: 'rejected',
  MERGED: 'merged into the working draft',
  RELEASED: 'released',
};

type DecisionRow = {
  id: string;
  number: number;
  title: string;
  from_state: ProposalStatus | null;
  to_state: ProposalStatus;
  reason: string | null;
  created_at: Date;
};

/** The feeds vendors and readers subscribe to: releases, and proposal decisions. */
@Injectable()
export class FeedsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly releases: ReleasesService,
    private readonly caseStudies: CaseStudiesService,
  ) {}

  /** The newest 50 releases: title, version, date, the changelog and notes as HTML, the page and the JSON download. */
  async releasesFeed(ctx: RequestContext): Promise<FeedDefinition> {
    const releases = (await this.releases.list(ctx)).slice(0, ENTRIES);
    const base = this.config.publicUrl;
    return {
      path: '/feeds/releases',
      options: {
        id: `${base}/releases`,
        title: 'OCMF releases',
        description: 'Every published release of the Open Customer Metrics Framework, newest first.',
        link: `${base}/releases`,
        language: 'en',
        author: AUTHOR,
        copyright: COPYRIGHT,
      },
      updated: releases[0]?.publishedAt ?? new Date(0),
      entries: releases.map((release) => this.releaseEntry(release)),
    };
  }

  /** The newest 50 decisions on proposals: accepted, rejected, merged, released; each links its proposal. */
  async decisionsFeed(ctx: RequestContext): Promise<FeedDefinition> {
    const rows = (await ctx.manager.query(
      `SELECT a.id, p.number, p.title, a.from_state, a.to_state, a.reason, a.created_at
         FROM audit_events a JOIN proposals p ON p.id::text = a.subject_id
        WHERE a.subject_type = 'proposal' AND a.action = 'proposal.status_changed' AND a.to_state = ANY($1)
        ORDER BY a.created_at DESC, a.id DESC
        LIMIT $2`,
      [DECIDED_STATUSES, ENTRIES],
    )) as DecisionRow[];
    const base = this.config.publicUrl;
    return {
      path: '/feeds/decisions',
      options: {
        id: `${base}/proposals`,
        title: 'OCMF proposal decisions',
        description: 'Proposals to change the Open Customer Metrics Framework as they are accepted, rejected, merged and released.',
        link: `${base}/proposals`,
        language: 'en',
        author: AUTHOR,
        copyright: COPYRIGHT,
      },
      updated: rows[0]?.created_at ?? new Date(0),
      entries: rows.map((row) => this.decisionEntry(row)),
    };
  }

  /** The newest 50 published case studies: title, organisation, release used, summary, outcomes and the narrative. */
  async caseStudiesFeed(ctx: RequestContext): Promise<FeedDefinition> {
    const caseStudies = await this.caseStudies.latest(ctx, ENTRIES);
    const base = this.config.publicUrl;
    return {
      path: '/feeds/case-studies',
      options: {
        id: `${base}/case-studies`,
        title: 'OCMF case studies',
        description: 'Practitioners’ case studies of the Open Customer Metrics Framework in use, with before/after outcomes, newest first.',
        link: `${base}/case-studies`,
        language: 'en',
        author: AUTHOR,
        copyright: COPYRIGHT,
      },
      updated: caseStudies.reduce((newest, c) => {
        const at = c.editedAt ?? c.publishedAt ?? newest;
        return at > newest ? at : newest;
      }, new Date(0)),
      entries: caseStudies.map((caseStudy) => this.caseStudyEntry(caseStudy)),
    };
  }

  private caseStudyEntry(caseStudy: CaseStudyType): FeedEntry {
    const page = `${this.config.publicUrl}/case-studies/${caseStudy.id}`;
    const outcomes = caseStudy.outcomes
      .map((outcome) => {
        const change =
          outcome.improvementPercent === null
            ? ''
            : ` (${outcome.improvementPercent > 0 ? '+' : ''}${outcome.improvementPercent}% ${outcome.improvementPercent >= 0 ? 'better' : 'worse'})`;
        return `<li>${escapeHtml(`${outcome.measureName}: ${outcome.before} → ${outcome.after} ${outcome.unit}${change}`)}</li>`;
      })
      .join('');
    const published = caseStudy.publishedAt ?? caseStudy.createdAt;
    const author = { name: caseStudy.author?.displayName ?? 'OCMF Commons' };
    return {
      id: page,
      title: caseStudy.title,
      link: page,
      date: caseStudy.editedAt ?? published,
      published,
      description: caseStudy.summary,
      content: [
        `<p>${escapeHtml(`${caseStudy.organizationName}, using OCMF ${caseStudy.releaseVersion}.`)}</p>`,
        `<p>${escapeHtml(caseStudy.summary)}</p>`,
        outcomes ? `<h2>Outcomes</h2><ul>${outcomes}</ul>` : '',
        caseStudy.bodyHtml ?? '',
        `<p><a href="${escapeHtml(page)}">Read the case study</a></p>`,
      ].join(''),
      author: [author],
    };
  }

  private releaseEntry(release: ReleaseEntity): FeedEntry {
    const base = this.config.publicUrl;
    const page = `${base}/releases/${release.version}`;
    const json = `${page}.json`;
    const changelog = release.changelog
      .map(
        (entry) =>
          `<li><a href="${escapeHtml(`${base}/proposals/${entry.proposalNumber}`)}">#${entry.proposalNumber} ${escapeHtml(entry.title)}</a><ul>${entry.changes
            .map((change) => `<li>${escapeHtml(change.description)}</li>`)
            .join('')}</ul></li>`,
      )
      .join('');
    const summary =
      release.changelog.length > 0
        ? `Version ${release.version}: ${release.changelog.length} proposal${release.changelog.length === 1 ? '' : 's'} released.`
        : `Version ${release.version}.`;
    const content = [
      `<p>${escapeHtml(summary)}</p>`,
      changelog ? `<h2>Changelog</h2><ul>${changelog}</ul>` : '',
      release.notes ? `<h2>Notes</h2>${renderMarkdown(release.notes)}` : '',
      `<p><a href="${escapeHtml(page)}">Release page</a> · <a href="${escapeHtml(json)}">JSON</a> · <a href="${escapeHtml(`${page}.csv`)}">CSV</a> · <a href="${escapeHtml(`${page}.md`)}">Markdown</a></p>`,
      `<p>Content hash (SHA-256 of the JSON): <code>${escapeHtml(release.contentHash.trim())}</code></p>`,
    ].join('');
    return {
      id: page,
      title: `${release.title} (${release.version})`,
      link: page,
      date: release.publishedAt,
      published: release.publishedAt,
      description: summary,
      content,
      author: [AUTHOR],
      attachment: { url: json, mimeType: 'application/json', sizeInBytes: Buffer.byteLength(canonicalJson(release.document)) },
    };
  }

  private decisionEntry(row: DecisionRow): FeedEntry {
    const page = `${this.config.publicUrl}/proposals/${row.number}`;
    const word = DECISION_WORDS[row.to_state] ?? row.to_state.toLowerCase();
    const summary = `Proposal #${row.number} “${row.title}” was ${word}.`;
    return {
      id: `${page}#decision-${row.id}`,
      title: `#${row.number} ${word}: ${row.title}`,
      link: page,
      date: row.created_at,
      published: row.created_at,
      description: summary,
      content: `<p>${escapeHtml(summary)}</p>${row.reason ? `<p>${escapeHtml(row.reason)}</p>` : ''}<p><a href="${escapeHtml(page)}">Read the proposal and its history</a></p>`,
      author: [AUTHOR],
    };
  }
}
