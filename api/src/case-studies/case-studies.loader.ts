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

/**
 * What a proposal's change set touches: for each list of measure keys (a proposal's touched measures, joined
 * with commas), the published case studies using any of them. One statement for any number of proposals.
 */
export const CaseStudiesTouching = defineLoader(
  'case-studies-touching',
  (manager) =>
    new DataLoader<string, CaseStudyEntity[]>(async (keyLists) => {
      const lists = keyLists.map((list) => (list === '' ? [] : list.split(',')));
      const all = [...new Set(lists.flat())];
      const rows =
        all.length === 0
          ? []
          : await manager
              .createQueryBuilder(CaseStudyEntity, 'c')
              .innerJoinAndSelect('c.author', 'author')
              .where("c.status = 'PUBLISHED'")
              .andWhere('c.measure_keys && :keys', { keys: all })
              .orderBy('c.published_at', 'DESC')
              .addOrderBy('c.id', 'DESC')
              .getMany();
      return lists.map((keys) => rows.filter((row) => row.measureKeys.some((key) => keys.includes(key))));
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

/** Evidence by proposal id, oldest first, its case study and maker joined: one statement per request. */
export const EvidenceByProposal = defineLoader(
  'evidence-by-proposal',
  (manager) =>
    new DataLoader<string, EvidenceEntity[]>(async (proposalIds) => {
      const rows = await manager
        .createQueryBuilder(EvidenceEntity, 'e')
        .innerJoinAndSelect('e.caseStudy', 'c')
        .innerJoinAndSelect('c.author', 'author')
        .innerJoinAndSelect('e.linkedBy', 'linkedBy')
        .where('e.proposal_id IN (:...ids)', { ids: [...proposalIds] })
        .orderBy('e.created_at', 'ASC')
        .addOrderBy('e.id', 'ASC')
        .getMany();
      return proposalIds.map((id) => rows.filter((row) => row.proposalId === id));
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
