import type { Industry, OrganizationSize } from '@ocmf/standard';
import { isIndustry, isOrganizationSize } from './case-study-form';

export type CaseStudyFilters = {
  measureKey: string | null;
  categoryKey: string | null;
  industry: Industry | null;
  organizationSize: OrganizationSize | null;
  releaseVersion: string | null;
};

const PARAMS = {
  measureKey: 'measure',
  categoryKey: 'category',
  industry: 'industry',
  organizationSize: 'size',
  releaseVersion: 'release',
} as const;

/** The filters in the address (`?measure=time-to-smile&industry=RETAIL`), unknown values dropped. */
export function filtersFromSearch(search: URLSearchParams): CaseStudyFilters {
  const industry = search.get(PARAMS.industry) ?? '';
  const size = search.get(PARAMS.organizationSize) ?? '';
  return {
    measureKey: search.get(PARAMS.measureKey) || null,
    categoryKey: search.get(PARAMS.categoryKey) || null,
    industry: isIndustry(industry) ? industry : null,
    organizationSize: isOrganizationSize(size) ? size : null,
    releaseVersion: search.get(PARAMS.releaseVersion) || null,
  };
}

export function searchFromFilters(filters: CaseStudyFilters): URLSearchParams {
  const search = new URLSearchParams();
  for (const [field, param] of Object.entries(PARAMS) as [keyof CaseStudyFilters, string][]) {
    const value = filters[field];
    if (value) search.set(param, value);
  }
  return search;
}

export const hasFilters = (filters: CaseStudyFilters): boolean => Object.values(filters).some((value) => value !== null);

/** The list's address for some filters, e.g. a measure's case studies. */
export const caseStudiesHref = (filters: Partial<CaseStudyFilters>): string => {
  const search = searchFromFilters({
    measureKey: null,
    categoryKey: null,
    industry: null,
    organizationSize: null,
    releaseVersion: null,
    ...filters,
  });
  const query = search.toString();
  return query ? `/case-studies?${query}` : '/case-studies';
};
