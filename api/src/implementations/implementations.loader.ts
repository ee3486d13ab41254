import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { defineLoader } from '../common/loaders.js';
import type { ImplementationStatus } from '@ocmf/standard';
import type { MeasureImplementationType, ProductType } from './implementation.types.js';

type ProductRow = {
  id: string;
  organization_id: string;
  name: string;
  url: string | null;
  created_at: Date;
  release_version: string | null;
  reported_at: Date | null;
};

export const PRODUCT_SELECT = `SELECT p.id, p.organization_id, p.name, p.url, p.created_at, r.release_version, r.reported_at
  FROM products p LEFT JOIN implementation_reports r ON r.product_id = p.id`;

export const toProduct = (row: ProductRow): ProductType => ({
  id: row.id,
  organizationId: row.organization_id,
  name: row.name,
  url: row.url,
  createdAt: row.created_at,
  releaseVersion: row.release_version,
  reportedAt: row.reported_at,
});

export async function queryProducts(manager: EntityManager, where: string, params: unknown[]): Promise<ProductType[]> {
  const rows = (await manager.query(`${PRODUCT_SELECT} ${where}`, params)) as ProductRow[];
  return rows.map(toProduct);
}

/** Products by id, with their current report's release. */
export const ProductsById = defineLoader(
  'products',
  (manager) =>
    new DataLoader<string, ProductType | null>(async (ids) => {
      const products = await queryProducts(manager, 'WHERE p.id = ANY($1::uuid[])', [[...ids]]);
      return ids.map((id) => products.find((product) => product.id === id) ?? null);
    }),
);

/** Each organisation's products, by name. */
export const ProductsByOrganization = defineLoader(
  'organization-products',
  (manager) =>
    new DataLoader<string, ProductType[]>(async (ids) => {
      const products = await queryProducts(manager, 'WHERE p.organization_id = ANY($1::uuid[]) ORDER BY p.name, p.id', [[...ids]]);
      return ids.map((id) => products.filter((product) => product.organizationId === id));
    }),
);

/** Each product's reported measures, in the order they were saved. */
export const MeasuresByProduct = defineLoader(
  'implementation-measures',
  (manager) =>
    new DataLoader<string, MeasureImplementationType[]>(async (ids) => {
      const rows = (await manager.query(
        `SELECT product_id, measure_key, status, note, link FROM implementation_measures
          WHERE product_id = ANY($1::uuid[]) ORDER BY position`,
        [[...ids]],
      )) as { product_id: string; measure_key: string; status: ImplementationStatus; note: string | null; link: string | null }[];
      return ids.map((id) =>
        rows
          .filter((row) => row.product_id === id)
          .map((row) => ({ measureKey: row.measure_key, status: row.status, note: row.note, link: row.link })),
      );
    }),
);

export type MeasureImplementationRow = ProductRow & {
  status: ImplementationStatus;
  note: string | null;
  link: string | null;
  measure_key: string;
};

/**
 * The products that implement each measure (SUPPORTED or PARTIAL in their current report), of organisations not
 * hidden: one statement for every measure asked about.
 */
export const ImplementationsByMeasure = defineLoader(
  'measure-implementations',
  (manager) =>
    new DataLoader<string, MeasureImplementationRow[]>(async (keys) => {
      const rows = (await manager.query(
        `SELECT p.id, p.organization_id, p.name, p.url, p.created_at, r.release_version, r.reported_at,
                m.measure_key, m.status, m.note, m.link
           FROM implementation_measures m
           JOIN implementation_reports r ON r.product_id = m.product_id
           JOIN products p ON p.id = m.product_id
           JOIN organizations o ON o.id = p.organization_id AND o.hidden_at IS NULL
          WHERE m.measure_key = ANY($1::text[]) AND m.status IN ('SUPPORTED', 'PARTIAL')
          ORDER BY p.name, p.id`,
        [[...keys]],
      )) as MeasureImplementationRow[];
      return keys.map((key) => rows.filter((row) => row.measure_key === key));
    }),
);

/** How many products (of organisations not hidden) report implementing each release, counted in SQL. */
export const ProductCountByRelease = defineLoader(
  'release-product-counts',
  (manager) =>
    new DataLoader<string, number>(async (versions) => {
      const rows = (await manager.query(
        `SELECT r.release_version, count(*)::int AS products
           FROM implementation_reports r
           JOIN products p ON p.id = r.product_id
           JOIN organizations o ON o.id = p.organization_id AND o.hidden_at IS NULL
          WHERE r.release_version = ANY($1::text[])
          GROUP BY r.release_version`,
        [[...versions]],
      )) as { release_version: string; products: number }[];
      return versions.map((version) => rows.find((row) => row.release_version === version)?.products ?? 0);
    }),
);
