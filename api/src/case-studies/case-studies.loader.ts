import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { defineLoader } from '../common/loaders.js';
import { CaseStudyEntity, CaseStudyRevisionEntity, EvidenceEntity } from './case-study.entity.js';

/** Published case studies with an outcome for each measure key, newest first, authors joined, batched per request. */
export const CaseStudiesByMeasure = defineLoader(
  'case-studies-by-measure',
  (manager) =>
    new DataLoader<string, CaseStudyEntity[]>(async (keys) => {
      const rows = await manager
        .createQueryBuilder(CaseStudyEntity, 'c')
        .innerJoinAndSelect('c.author', 'author')
        .where("c.status = 'PUBLISHED'")
        .andWhere('c.measure_keys && :keys', { keys: [...keys] })
        .orderBy('c.published_at', 'DESC')
        .addOrderBy('c.id', 'DESC')
        .getMany();
      return keys.map((key) => rows.filter((row) => row.measureKeys.includes(key)));
    }),
);

/** Published case studies per category key, batched per request (category pages count them). */
export const CaseStudyCountsByCategory = defineLoader(
  'case-study-counts-by-category',
  (manager) =>
    new DataLoader<string, number>(async (keys) => {
      const rows = (await manager.query(
        `SELECT k.key, COUNT(c.id)::int AS count
           FROM unnest($1::text[]) AS k(key)
           LEFT JOIN case_studies c ON c.status = 'PUBLISHED' AND k.key = ANY(c.category_keys)
          GROUP BY k.key`,
        [[...keys]],
      )) as { key: string; count: number }[];
      const byKey = new Map(rows.map((row) => [row.key, Number(row.count)]));
      return keys.map((key) => byKey.get(key) ?? 0);
    }),
);

/** A proposal's evidence and impact: the case studies linked to it, and the published ones using a measure it touches. */
export type ProposalCaseStudies = { evidence: EvidenceEntity[]; impact: CaseStudyEntity[] };

/** The loader's key for a proposal: its id and its touched measure keys. */
export const proposalCaseStudiesKey = (proposal: { id: string; touchedMeasures: readonly string[] }): string =>
  `${proposal.id}|${[...proposal.touchedMeasures].sort().join(',')}`;

/**
 * Evidence and impact of proposals in one statement for any number of them (the proposal page has a statement
 * budget): the case studies either linked to one of the proposals or published with an outcome for a measure one
 * of them touches, each with its author, its evidence rows for these proposals and their makers.
 */
export const ProposalCaseStudiesLoader = defineLoader(
  'proposal-case-studies',
  (manager) =>
    new DataLoader<string, ProposalCaseStudies>(async (keys) => {
      const wanted = keys.map((key) => {
        const [proposalId = '', measureKeys = ''] = key.split('|');
        return { proposalId, measureKeys: measureKeys === '' ? [] : measureKeys.split(',') };
      });
      const rows = await manager
        .createQueryBuilder(CaseStudyEntity, 'c')
        .innerJoinAndSelect('c.author', 'author')
        .leftJoinAndMapMany('c.evidence', EvidenceEntity, 'e', 'e.case_study_id = c.id AND e.proposal_id IN (:...ids)', {
          ids: wanted.map((w) => w.proposalId),
        })
        .leftJoinAndSelect('e.linkedBy', 'linkedBy')
        .where("e.id IS NOT NULL OR (c.status = 'PUBLISHED' AND c.measure_keys && :keys)", {
          keys: [...new Set(wanted.flatMap((w) => w.measureKeys))],
        })
        .orderBy('c.published_at', 'DESC', 'NULLS LAST')
        .addOrderBy('c.id', 'DESC')
        .getMany();
      return wanted.map(({ proposalId, measureKeys }) => ({
        evidence: rows
          .flatMap((row) =>
            (row.evidence ?? []).filter((e) => e.proposalId === proposalId).map((e) => Object.assign(e, { caseStudy: row })),
          )
          .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id)),
        impact: rows.filter((row) => row.status === 'PUBLISHED' && row.measureKeys.some((key) => measureKeys.includes(key))),
      }));
    }),
);

/** Earlier versions of case studies, by case study id, oldest first. */
export const CaseStudyRevisions = defineLoader(
  'case-study-revisions',
  (manager) =>
    new DataLoader<string, CaseStudyRevisionEntity[]>(async (ids) => {
      const rows = await manager.find(CaseStudyRevisionEntity, { where: { caseStudyId: In([...ids]) }, order: { writtenAt: 'ASC' } });
      return ids.map((id) => rows.filter((row) => row.caseStudyId === id));
    }),
);
