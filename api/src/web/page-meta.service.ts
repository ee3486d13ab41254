import { Inject, Injectable } from '@nestjs/common';
import { findCategory, findMeasure, type FrameworkDocument } from '@ocmf/standard';
import { DataSource } from 'typeorm';
import { type MetaRoute, type PageMeta, plainSummary } from './page-meta.js';

/** Looks up what a shared link's preview says (see page-meta.ts): one short statement, public data only. */
@Injectable()
export class PageMetaService {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async lookup(route: MetaRoute): Promise<PageMeta | null> {
    switch (route.kind) {
      case 'proposal': {
        // Drafts are their author's alone: a link to one previews as the site.
        const [row] = (await this.dataSource.query(`SELECT number, title, summary FROM proposals WHERE number = $1 AND status <> 'DRAFT'`, [
          route.number,
        ])) as { number: number; title: string; summary: string }[];
        if (!row) return null;
        return { title: `#${row.number} ${row.title}`, description: plainSummary(row.summary), type: 'article' };
      }
      case 'measure': {
        const [row] = (await this.dataSource.query('SELECT document FROM draft_revisions ORDER BY revision DESC LIMIT 1')) as {
          document: FrameworkDocument;
        }[];
        const measure = row ? findMeasure(row.document, route.key) : undefined;
        if (!row || !measure) return null;
        const category = findCategory(row.document, measure.categoryKey)?.name ?? measure.categoryKey;
        return { title: measure.name, description: plainSummary(`${category}: ${measure.definition}`), type: 'article' };
      }
      case 'release': {
        const [row] = (await this.dataSource.query(
          route.version === 'latest'
            ? 'SELECT version, title, notes FROM releases ORDER BY major DESC, minor DESC, patch DESC LIMIT 1'
            : 'SELECT version, title, notes FROM releases WHERE version = $1',
          route.version === 'latest' ? [] : [route.version],
        )) as { version: string; title: string; notes: string }[];
        if (!row) return null;
        const notes = plainSummary(row.notes);
        return {
          title: `v${row.version}, ${row.title}`,
          description: notes || `Release ${row.version} of the Open Customer Metrics Framework.`,
          type: 'article',
        };
      }
    }
  }
}
