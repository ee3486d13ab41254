import { categoriesInOrder, cloneDocument } from './document-access.js';
import type { Category, FrameworkDocument, Measure } from './document.js';

export const RELEASE_SCHEMA_VERSION = 1;

export const FRAMEWORK_IDENTITY = {
  name: 'Open Customer Metrics Framework',
  abbreviation: 'OCMF',
  source: 'https://ocmfgroup.org',
} as const;

export type License = {
  /** SPDX identifier, e.g. CC-BY-4.0. */
  id: string;
  name: string;
  url: string;
  /** The line every copy carries, pointing back to the source for the latest version. */
  attribution: string;
};

/** What a release adds to the document: its number, title, date and licence. */
export type ReleaseMeta = {
  version: string;
  title: string;
  /** ISO 8601 date-time. */
  publishedAt: string;
  license: License;
};

/** A published release as vendors download it; its canonical JSON is what the content hash covers. */
export type ReleaseDocument = {
  schemaVersion: typeof RELEASE_SCHEMA_VERSION;
  framework: typeof FRAMEWORK_IDENTITY;
  version: string;
  title: string;
  publishedAt: string;
  license: License;
  categories: Category[];
  measures: Measure[];
};

/** The release document of `doc`: categories in position order, measures in document order, nothing shared. */
export const toReleaseDocument = (meta: ReleaseMeta, doc: FrameworkDocument): ReleaseDocument => {
  const copy = cloneDocument(doc);
  return {
    schemaVersion: RELEASE_SCHEMA_VERSION,
    framework: { ...FRAMEWORK_IDENTITY },
    version: meta.version,
    title: meta.title,
    publishedAt: meta.publishedAt,
    license: { ...meta.license },
    categories: categoriesInOrder(copy),
    measures: copy.measures,
  };
};

/** The framework document inside a release, e.g. to diff two releases or to start a draft from one. */
export const fromReleaseDocument = (release: ReleaseDocument): FrameworkDocument =>
  cloneDocument({ categories: release.categories, measures: release.measures });
